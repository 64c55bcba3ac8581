/// One cell of a log row as its format gives it.
enum Cell: Equatable {
    case empty
    case text(String)
    /// An `.xlsx` number (dates are serial numbers).
    case number(Double)
    /// Bytes that are not text in the log's encoding.
    case undecodable
}

/// Why reading a file stopped before its end.
struct RowFailure: Error {
    var code: DiagnosticCodeName
    var row: Int
    var message: String
    var help: String
}

enum DiagnosticCodeName { case limit, encoding, file }

/// Rows of a log, CSV or `.xlsx`, one at a time. Until `keep(columns:)` every column is given
/// (the header row is being looked for); after it, only those columns, in that order.
protocol CaseLogRows {
    /// The row number of the row last read, as a spreadsheet shows it.
    var row: Int { get }
    mutating func keep(columns: [Int])
    /// Bytes of the file read so far, where the format streams (for sizing the duplicate check).
    var consumed: Int? { get }
    /// The next row's cells (by column until `keep`, then by slot); nil at the end.
    mutating func next() throws(RowFailure) -> [Cell]?
    /// The next row, as a record straight from its bytes where `plain` can read it so, or else
    /// as its cells; nil at the end.
    mutating func next(plain: PlainRowReader) throws(RowFailure) -> RowRead?
}

/// A row as `CaseLogRows.next(plain:)` gives it.
enum RowRead {
    /// A plain row's record and the hash of its case id (`CaseLogReader.hash`).
    case plain(CaseRecord, caseID: UInt64)
    case cells([Cell])
}

extension CaseLogRows {
    mutating func next(plain: PlainRowReader) throws(RowFailure) -> RowRead? {
        try next().map(RowRead.cells)
    }
}

/// A CSV file through `CSVTokenizer`, each kept field decoded in the log's encoding.
struct CSVRows: CaseLogRows {
    var tokenizer: CSVTokenizer
    var encoding: CaseLogSettings.TextEncoding
    var row: Int { tokenizer.row }
    var consumed: Int? { tokenizer.consumed }

    /// Reads the byte-order mark, which decides the encoding when there is one.
    init(_ input: CSVTokenizer.Input, encoding: CaseLogSettings.TextEncoding, limits: CSVTokenizer.Limits) throws(RowFailure) {
        tokenizer = CSVTokenizer(input, limits: limits)
        self.encoding = encoding
        do {
            switch try tokenizer.byteOrderMark() {
            case .utf8: self.encoding = .utf8
            case .utf16:
                throw RowFailure(code: .encoding, row: 0, message: "the file is in UTF-16, which escalate does not read",
                                 help: "save it from Excel as 'CSV UTF-8 (Comma delimited)'")
            case nil: break
            }
        } catch let failure as RowFailure {
            throw failure
        } catch {
            throw Self.failure(error)
        }
    }

    mutating func keep(columns: [Int]) { tokenizer.keep(columns: columns) }

    mutating func next() throws(RowFailure) -> [Cell]? {
        do {
            guard try tokenizer.next() else { return nil }
        } catch {
            throw Self.failure(error)
        }
        return cells()
    }

    mutating func next(plain: PlainRowReader) throws(RowFailure) -> RowRead? {
        do {
            guard try tokenizer.next() else { return nil }
        } catch {
            throw Self.failure(error)
        }
        if let (record, id) = plain.record(tokenizer) { return .plain(record, caseID: id) }
        return .cells(cells())
    }

    /// The kept fields of the row last read, decoded.
    private func cells() -> [Cell] {
        (0..<tokenizer.slotCount).map { slot in
            let range = tokenizer.range(slot: slot)
            if range.isEmpty { return .empty }
            guard let text = FieldText.decode(tokenizer.text[range], encoding) else { return .undecodable }
            return .text(text)
        }
    }

    static func failure(_ error: Error) -> RowFailure {
        switch error as? CSVTokenizer.Failure {
        case .unclosedQuote(let row)?:
            return RowFailure(code: .file, row: row, message: "a quoted field opened in this row is never closed, so the rest of the file is one field",
                              help: "close the quote (a quote inside a quoted field is written twice: \"\")")
        case .rowTooLong(let row)?:
            return RowFailure(code: .limit, row: row, message: "this row (or one of its fields) is longer than escalate reads; the rest of the file was not read",
                              help: "check the file is a CSV export of the log; a field may hold at most 32 KiB and a row 1 MiB")
        case .tooManyFields(let row)?:
            return RowFailure(code: .limit, row: row, message: "this row has more than 1,000 columns; the rest of the file was not read",
                              help: "export only the log's own sheet, without the empty columns to its right")
        case .read(let row)?:
            return RowFailure(code: .file, row: row, message: "the file could not be read past this row", help: "check the disk and the file's permissions")
        case nil:
            return RowFailure(code: .file, row: 0, message: "the file could not be read", help: "check the file's permissions")
        }
    }
}
