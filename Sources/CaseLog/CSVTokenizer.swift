#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// RFC 4180 CSV as Excel and case systems write it, streamed: quoted fields with commas,
/// doubled quotes and line breaks; LF, CRLF or CR line ends. Written by hand because neither
/// listed CSV package streams with what a case log needs (docs/architecture.md): bytes read in
/// 256 KiB chunks, only the columns asked for kept (the rest are scanned past, never stored or
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
    /// The kept fields of the record last read, one after another (quotes undone): slot i's
    /// text is `text[bounds[2 i] ..< bounds[2 i + 1]]`. One flat array rather than an array per
    /// field, so a record costs no allocation once the first has been read.
    public private(set) var text: [UInt8] = []
    private var bounds: [Int] = []

    /// How many slots a record has: the kept columns, or every column seen so far until `keep`.
    public var slotCount: Int { bounds.count / 2 }

    /// The kept fields of the record last read, by slot.
    public var fields: [[UInt8]] { (0..<slotCount).map(field(slot:)) }

    /// `chunk` is how many bytes are asked of `read` at a time (small in tests, to put every
    /// shape of record across a boundary).
    public init(_ input: Input, limits: Limits = Limits(), chunk: Int = 256 << 10) {
        self.input = input
        self.limits = limits
        switch input {
        case .bytes(let bytes):
            buffer = bytes
            end = bytes.count
            bytesRead = bytes.count
            finished = true
        case .file:
            buffer = [UInt8](repeating: 0, count: max(4, chunk))
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
        bounds = [Int](repeating: 0, count: 2 * columns.count)
    }

    /// The kept text of `column` in the record last read (empty when the record is shorter).
    public func field(slot: Int) -> [UInt8] {
        let r = range(slot: slot)
        return Array(text[r])
    }

    /// Where slot `slot`'s text is in `text` (empty when the record is shorter).
    @inline(__always)
    public func range(slot: Int) -> Range<Int> {
        2 * slot + 1 < bounds.count ? bounds[2 * slot]..<bounds[2 * slot + 1] : 0..<0
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

    /// Where a record's scan stopped.
    private enum Stop {
        /// The record ended (a line end was consumed).
        case record
        /// The buffer ran out mid-record; `pending` says what its last byte left undecided.
        case needMore
    }

    /// What a byte at the end of the buffer left open until the next byte is known.
    private enum Pending { case none, quote, carriageReturn }

    /// The scan's place within a record, kept across buffer refills.
    private struct Scan {
        var column = 0
        var slot = -1
        var inQuotes = false
        var quotedField = false
        var atFieldStart = true
        var fieldStart = 0
        /// Bytes of the record before the buffer's current contents, and where in the buffer
        /// the rest of the record begins (for the row bound).
        var counted = 0
        var segmentStart = 0
        var pending = Pending.none
    }

    /// Reads the next record; false at the end of the input.
    ///
    /// The rules, as Excel reads a file: a quote opens a quoted field only as the field's
    /// first byte; inside one, a doubled quote is a quote and a single one closes it; a quote
    /// elsewhere, or text after a closing quote, is kept as it stands. LF, CRLF and CR end a
    /// record. The row bound counts every byte of the record up to its line end (the LF of a
    /// CRLF and the second quote of a doubled one are not checked), the field bound every
    /// kept byte, and the first bound crossed, in the order of the bytes, is the one reported.
    public mutating func next() throws -> Bool {
        if position >= end, try !fill() { return false }
        row += 1
        fieldCount = 0
        text.removeAll(keepingCapacity: true)
        for i in bounds.indices { bounds[i] = 0 }
        var s = Scan()
        s.slot = slotFor(0)
        s.segmentStart = position
        while true {
            switch try scan(&s) {
            case .record:
                close(&s)
                fieldCount = s.column + 1
                return true
            case .needMore:
                s.counted += end - s.segmentStart
                s.segmentStart = 0
                let more = try fill()
                let pending = s.pending
                s.pending = .none
                if !more {
                    // The end of the input ends the record; a quote last closes its field.
                    if s.inQuotes && pending != .quote { throw Failure.unclosedQuote(row: row) }
                    s.inQuotes = false
                    close(&s)
                    fieldCount = s.column + 1
                    return true
                }
                switch pending {
                case .none: break
                case .quote:
                    if buffer[position] == 0x22 {
                        position += 1
                        try append(quoteOf: &s)
                    } else {
                        s.inQuotes = false
                    }
                case .carriageReturn:
                    if buffer[position] == 0x0A { position += 1 }
                    close(&s)
                    fieldCount = s.column + 1
                    return true
                }
            }
        }
    }

    /// The field in progress ends: its slot's bounds are set.
    @inline(__always)
    private mutating func close(_ s: inout Scan) {
        guard s.slot >= 0 else { return }
        bounds[2 * s.slot] = s.fieldStart
        bounds[2 * s.slot + 1] = text.count
    }

    @inline(__always)
    private mutating func append(quoteOf s: inout Scan) throws {
        guard s.slot >= 0 else { return }
        if text.count - s.fieldStart >= limits.fieldBytes { throw Failure.rowTooLong(row: row) }
        text.append(0x22)
    }

    /// Scans from `position` to the record's end or the buffer's.
    private mutating func scan(_ s: inout Scan) throws -> Stop {
        let buf = buffer
        buffer = []
        defer { buffer = buf }
        let row = self.row
        let fieldBytes = limits.fieldBytes
        let maxFields = limits.fields
        return try buf.withUnsafeBufferPointer { b throws -> Stop in
            let p = b.baseAddress!
            let e = end
            // The first index past the row bound: a byte read there is one too many.
            let cap = s.segmentStart + limits.rowBytes - s.counted
            var i = position
            defer { position = i }

            func keep(_ from: Int, _ to: Int) throws {
                guard s.slot >= 0, to > from else { return }
                if text.count - s.fieldStart + (to - from) > fieldBytes { throw Failure.rowTooLong(row: row) }
                text.append(contentsOf: UnsafeBufferPointer(start: p + from, count: to - from))
            }

            while true {
                let stop = min(e, cap)
                if i >= stop {
                    if i < e { throw Failure.rowTooLong(row: row) }
                    return .needMore
                }
                if s.inQuotes {
                    let found = memchr(p + i, 0x22, stop - i)
                    let j = found.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - p } ?? stop
                    try keep(i, j)
                    i = j
                    if j == stop { continue }
                    i += 1
                    if i == e {
                        s.pending = .quote
                        return .needMore
                    }
                    if p[i] == 0x22 {
                        i += 1
                        guard s.slot >= 0 else { continue }
                        if text.count - s.fieldStart >= fieldBytes { throw Failure.rowTooLong(row: row) }
                        text.append(0x22)
                    } else {
                        s.inQuotes = false
                    }
                    continue
                }
                if s.atFieldStart {
                    s.atFieldStart = false
                    if p[i] == 0x22 && !s.quotedField {
                        s.inQuotes = true
                        s.quotedField = true
                        i += 1
                        continue
                    }
                }
                var j = i
                // Eight bytes at a time while none is a comma or a line end.
                while j + 8 <= stop, !Self.holdsDelimiter(UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self)) { j += 8 }
                while j < stop {
                    let c = p[j]
                    if c == 0x2C || c == 0x0A || c == 0x0D { break }
                    j += 1
                }
                try keep(i, j)
                i = j
                if j == stop { continue }
                i += 1
                switch p[j] {
                case 0x2C:
                    close(&s)
                    s.column += 1
                    if s.column >= maxFields { throw Failure.tooManyFields(row: row) }
                    s.slot = slotFor(s.column)
                    s.quotedField = false
                    s.atFieldStart = true
                    s.fieldStart = text.count
                case 0x0A:
                    return .record
                default:
                    if i == e {
                        s.pending = .carriageReturn
                        return .needMore
                    }
                    if p[i] == 0x0A { i += 1 }
                    return .record
                }
            }
        }
    }

    /// Whether any byte of `w` is a comma, LF or CR (the classic "has a zero byte" test on
    /// `w` xor each of them).
    @inline(__always)
    private static func holdsDelimiter(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        return zero(w ^ (ones &* 0x2C)) | zero(w ^ (ones &* 0x0A)) | zero(w ^ (ones &* 0x0D)) != 0
    }

    @inline(__always)
    private mutating func slotFor(_ column: Int) -> Int {
        if !keepAll { return column < slots.count ? slots[column] : -1 }
        return slotGrowing(column)
    }

    private mutating func slotGrowing(_ column: Int) -> Int {
        if keepAll {
            while bounds.count <= 2 * column + 1 { bounds.append(0) }
            return column
        }
        return column < slots.count ? slots[column] : -1
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
