import CaseLog
import Foundation
import Testing

/// The tokenizer against a byte-at-a-time reading of the same rules (the tokenizer as it was
/// before it scanned spans), on random text made of the bytes that matter, whole and read from
/// a file in chunks of a few bytes: the same fields, rows and errors, at the same row.
@Suite struct TokenizerReferenceTests {
    /// One byte at a time: quotes open a field only as its first byte; a doubled quote inside
    /// one is a quote; LF, CRLF and CR end a record; bounds checked byte by byte.
    static func reference(_ bytes: [UInt8], keep: [Int]?, limits: CSVTokenizer.Limits) -> (records: [[String]], failure: CSVTokenizer.Failure?) {
        var records: [[String]] = []
        var position = 0
        var row = 0
        var slots: [Int] = []
        if let keep {
            slots = [Int](repeating: -1, count: (keep.max() ?? -1) + 1)
            for (slot, column) in keep.enumerated() { slots[column] = slot }
        }
        // Until `keep`, a record has as many fields as the widest so far (the old tokenizer kept
        // its field arrays from record to record).
        var width = 1
        while position < bytes.count {
            row += 1
            var fields = [[UInt8]](repeating: [], count: keep?.count ?? width)
            defer { width = max(width, fields.count) }
            var column = 0
            func slot(_ c: Int) -> Int {
                if keep == nil {
                    while fields.count <= c { fields.append([]) }
                    return c
                }
                return c < slots.count ? slots[c] : -1
            }
            var s = slot(0)
            var inQuotes = false, quoted = false, length = 0, rowBytes = 0
            func add(_ b: UInt8) -> Bool {
                guard s >= 0 else { return true }
                if fields[s].count >= limits.fieldBytes { return false }
                fields[s].append(b)
                return true
            }
            record: while true {
                guard position < bytes.count else {
                    if inQuotes { return (records, .unclosedQuote(row: row)) }
                    break record
                }
                let b = bytes[position]
                position += 1
                rowBytes += 1
                if rowBytes > limits.rowBytes { return (records, .rowTooLong(row: row)) }
                if inQuotes {
                    if b == 0x22 {
                        if position >= bytes.count { inQuotes = false; continue }
                        if bytes[position] == 0x22 {
                            position += 1
                            rowBytes += 1
                            length += 1
                            if !add(b) { return (records, .rowTooLong(row: row)) }
                        } else {
                            inQuotes = false
                        }
                    } else {
                        length += 1
                        if !add(b) { return (records, .rowTooLong(row: row)) }
                    }
                    continue
                }
                switch b {
                case 0x2C:
                    column += 1
                    if column >= limits.fields { return (records, .tooManyFields(row: row)) }
                    s = slot(column)
                    quoted = false
                    length = 0
                case 0x0A:
                    break record
                case 0x0D:
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                    break record
                case 0x22 where !quoted && length == 0:
                    inQuotes = true
                    quoted = true
                default:
                    length += 1
                    if !add(b) { return (records, .rowTooLong(row: row)) }
                }
            }
            records.append(fields.map { String(decoding: $0, as: UTF8.self) } + ["#\(row)"])
        }
        return (records, nil)
    }

    static func tokenized(_ t: inout CSVTokenizer, keep: [Int]?) -> (records: [[String]], failure: CSVTokenizer.Failure?) {
        if let keep { t.keep(columns: keep) }
        var records: [[String]] = []
        do {
            while try t.next() {
                records.append((0..<t.slotCount).map { String(decoding: t.field(slot: $0), as: UTF8.self) } + ["#\(t.row)"])
            }
        } catch {
            return (records, error as? CSVTokenizer.Failure)
        }
        return (records, nil)
    }

    @Test func randomTextTokenizesAsByteAtATime() throws {
        let alphabet: [UInt8] = Array("ab,,\"\"\n\r ".utf8)
        var state: UInt64 = 42
        func random(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let folder = try TestFolder()
        let limitsChoices = [CSVTokenizer.Limits(), CSVTokenizer.Limits(fieldBytes: 5, rowBytes: 14, fields: 6),
                             CSVTokenizer.Limits(fieldBytes: 3, rowBytes: 40, fields: 3)]
        for trial in 0..<400 {
            let bytes = (0..<random(60)).map { _ in alphabet[random(alphabet.count)] }
            let limits = limitsChoices[trial % limitsChoices.count]
            let keep: [Int]? = trial % 2 == 0 ? nil : [2, 0]
            let expected = Self.reference(bytes, keep: keep, limits: limits)
            var whole = CSVTokenizer(.bytes(bytes), limits: limits)
            let got = Self.tokenized(&whole, keep: keep)
            let shown = String(decoding: bytes, as: UTF8.self).debugDescription
            #expect(got.records == expected.records, "\(shown)")
            #expect(got.failure == expected.failure, "\(shown)")
            try folder.write("t.csv", String(decoding: bytes, as: UTF8.self))
            for chunk in [4, 5, 7, 16] {
                let fd = open(folder.url.appendingPathComponent("t.csv").path, O_RDONLY)
                defer { close(fd) }
                var file = CSVTokenizer(.file(fd), limits: limits, chunk: chunk)
                let read = Self.tokenized(&file, keep: keep)
                #expect(read.records == expected.records, "\(shown), chunks of \(chunk)")
                #expect(read.failure == expected.failure, "\(shown), chunks of \(chunk)")
            }
        }
    }
}
