#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// RFC 4180 CSV as Excel and case systems write it, streamed: quoted fields with commas,
/// doubled quotes and line breaks; LF, CRLF or CR line ends. Written by hand because neither
/// listed CSV package streams with what a case log needs (docs/architecture.md): bytes read in
/// 64 KiB chunks, only the columns asked for kept (the rest are scanned past, never stored or
/// decoded), every record's row number, and bounds on field, row and column counts.
public struct CSVTokenizer {
    public struct Limits: Sendable, Hashable {
        public var fieldBytes: Int
        public var rowBytes: Int
        public var fields: Int

        public init(fieldBytes: Int = 32 << 10, rowBytes: Int = 1 << 20, fields: Int = 1_000) {
            self.fieldBytes = fieldBytes
            self.rowBytes = rowBytes
            self.fields = fields
        }
    }

    public enum Failure: Error, Sendable, Hashable {
        /// A quoted field still open at the end of the file, opened in this row.
        case unclosedQuote(row: Int)
        case rowTooLong(row: Int)
        case tooManyFields(row: Int)
        case read(row: Int)
    }

    public enum Input {
        case file(Int32)
        case bytes([UInt8])
    }

    private var input: Input
    private var buffer: [UInt8]
    private var position = 0
    private var end = 0
    private var finished = false
    public let limits: Limits

    /// 1-based number of the record last read, counting every record (blank ones too), as a
    /// spreadsheet numbers its rows.
    public private(set) var row = 0
    /// Number of fields in the record last read.
    public private(set) var fieldCount = 0
    /// Per column, the slot its text is kept in, or -1 (dropped unread). Columns beyond the
    /// table are kept when `keepAll` is set.
    private var slots: [Int] = []
    private var keepAll = true
    /// Bytes taken from the input so far, and how many of them are not yet tokenized.
    private var bytesRead = 0
    /// Bytes of the input tokenized so far.
    public var consumed: Int { bytesRead - (end - position) }
    /// The kept fields of the record last read, by slot.
    public private(set) var fields: [[UInt8]] = []

    public init(_ input: Input, limits: Limits = Limits()) {
        self.input = input
        self.limits = limits
        switch input {
        case .bytes(let bytes):
            buffer = bytes
            end = bytes.count
            bytesRead = bytes.count
            finished = true
        case .file:
            buffer = [UInt8](repeating: 0, count: 64 << 10)
        }
    }

    /// Keep every column (while the header row is looked for); slot = column.
    public mutating func keepEveryColumn() {
        keepAll = true
        slots = []
    }

    /// Keep only these columns; `columns[i]` goes to slot i.
    public mutating func keep(columns: [Int]) {
        keepAll = false
        let count = (columns.max() ?? -1) + 1
        slots = [Int](repeating: -1, count: count)
        for (slot, column) in columns.enumerated() { slots[column] = slot }
        fields = [[UInt8]](repeating: [], count: columns.count)
    }

    /// The kept text of `column` in the record last read (empty when the record is shorter).
    public func field(slot: Int) -> [UInt8] {
        slot < fields.count ? fields[slot] : []
    }

    /// Whether the input starts with a byte-order mark, which is skipped. Call before reading.
    public mutating func byteOrderMark() throws -> ByteOrderMark? {
        while end - position < 3, try fill() {}
        let b = buffer[position..<end]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { position += 3; return .utf8 }
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) { return .utf16 }
        return nil
    }

    public enum ByteOrderMark: Sendable { case utf8, utf16 }

    /// Reads the next record; false at the end of the input.
    public mutating func next() throws -> Bool {
        if position >= end, try !fill() { return false }
        row += 1
        fieldCount = 0
        for i in fields.indices { fields[i].removeAll(keepingCapacity: true) }
        var rowBytes = 0
        let startRow = row
        var column = 0
        var slot = slotFor(0)
        var inQuotes = false
        var quotedField = false
        // Bytes of the current field, kept or not: a quote opens a field only at its start.
        var fieldLength = 0
        while true {
            if position >= end {
                guard try fill() else {
                    if inQuotes { throw Failure.unclosedQuote(row: startRow) }
                    fieldCount = column + 1
                    return true
                }
            }
            let byte = buffer[position]
            position += 1
            rowBytes += 1
            if rowBytes > limits.rowBytes { throw Failure.rowTooLong(row: startRow) }
            if inQuotes {
                if byte == 0x22 {
                    // A doubled quote is a quote; a single one closes the field.
                    if position >= end, try !fill() { inQuotes = false; continue }
                    if buffer[position] == 0x22 {
                        position += 1
                        rowBytes += 1
                        fieldLength += 1
                        try append(byte, slot)
                    } else {
                        inQuotes = false
                    }
                } else {
                    fieldLength += 1
                    try append(byte, slot)
                }
                continue
            }
            switch byte {
            case 0x2C:
                column += 1
                if column >= limits.fields { throw Failure.tooManyFields(row: startRow) }
                slot = slotFor(column)
                quotedField = false
                fieldLength = 0
            case 0x0A:
                fieldCount = column + 1
                return true
            case 0x0D:
                if position >= end { _ = try fill() }
                if position < end, buffer[position] == 0x0A { position += 1 }
                fieldCount = column + 1
                return true
            case 0x22 where !quotedField && fieldLength == 0:
                inQuotes = true
                quotedField = true
            default:
                // A quote inside an unquoted field, or text after a closing quote, is kept as
                // it stands, as Excel reads it.
                fieldLength += 1
                try append(byte, slot)
            }
        }
    }

    private mutating func slotFor(_ column: Int) -> Int {
        if keepAll {
            while fields.count <= column { fields.append([]) }
            return column
        }
        return column < slots.count ? slots[column] : -1
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8, _ slot: Int) throws {
        guard slot >= 0 else { return }
        if fields[slot].count >= limits.fieldBytes { throw Failure.rowTooLong(row: row) }
        fields[slot].append(byte)
    }

    /// Reads more bytes; false when there are none.
    private mutating func fill() throws -> Bool {
        guard !finished, case .file(let fd) = input else { return false }
        // Keep what is unread at the front.
        if position < end {
            let rest = end - position
            buffer.withUnsafeMutableBufferPointer { p in
                _ = memmove(p.baseAddress!, p.baseAddress! + position, rest)
            }
            end = rest
        } else {
            end = 0
        }
        position = 0
        let capacity = buffer.count - end
        let n = buffer.withUnsafeMutableBufferPointer { p in
            read(fd, p.baseAddress! + end, capacity)
        }
        if n < 0 { throw Failure.read(row: row) }
        if n == 0 { finished = true; return end > 0 }
        end += n
        bytesRead += n
        return true
    }
}
