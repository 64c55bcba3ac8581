import Foundation
import SWXMLHash
import ZIPFoundation

/// The first worksheet of an `.xlsx` workbook (ZIPFoundation for the container, SWXMLHash for
/// the XML): shared strings, inline strings, numbers (date serial numbers in the workbook's
/// 1900 or 1904 system), empty cells skipped. The sheet's XML is held while it is read, so a
/// workbook is read up to `Limits` (docs/case-log.md); larger logs are exported as CSV.
struct XLSXRows: CaseLogRows {
    /// Foundation's XML parser on Linux (libxml2) refuses a document of more than about 10 MB
    /// ("huge input"), and the parsed tree takes some 20 times the XML's size in memory (a 3 MB
    /// sheet of 3,000 rows: 89 MiB resident), so a sheet is read up to 8 MiB of XML.
    struct Limits: Sendable, Hashable {
        /// The worksheet's XML, and the shared strings' XML, once unzipped.
        var sheetBytes = 8 << 20
        var stringsBytes = 8 << 20
        var rows = 100_000
        var columns = 1_000
    }

    private var rows: [XMLIndexer] = []
    private var index = 0
    private var sharedStrings: [String] = []
    private(set) var date1904 = false
    private var kept: [Int]?
    private(set) var row = 0
    var consumed: Int? { nil }

    init(file: URL, limits: Limits = Limits()) throws(RowFailure) {
        let archive: Archive
        do {
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            throw Self.broken("it is not a readable .xlsx workbook (the zip container could not be opened)")
        }
        let workbook = try Self.xml(archive, "xl/workbook.xml", limit: limits.stringsBytes)
        date1904 = ["1", "true"].contains(workbook?["workbook"]["workbookPr"].element?.attribute(by: "date1904")?.text ?? "")
        let sheetPath = Self.firstSheetPath(archive, workbook: workbook, limit: limits.stringsBytes)
        guard let sheet = try Self.xml(archive, sheetPath, limit: limits.sheetBytes) else {
            throw Self.broken("the workbook has no worksheet at \(sheetPath)")
        }
        if let strings = try Self.xml(archive, "xl/sharedStrings.xml", limit: limits.stringsBytes) {
            sharedStrings = strings["sst"]["si"].all.map(Self.text(of:))
        }
        rows = sheet["worksheet"]["sheetData"]["row"].all
        guard rows.count <= limits.rows else {
            throw RowFailure(code: .limit, row: 0, message: "the worksheet has \(rows.count) rows, more than the \(limits.rows) escalate reads from an .xlsx file",
                             help: "save the log as CSV (UTF-8), which escalate reads row by row at any size")
        }
        self.limits = limits
    }

    private var limits = Limits()

    mutating func keep(columns: [Int]) { kept = columns }

    mutating func next() throws(RowFailure) -> [Cell]? {
        guard index < rows.count else { return nil }
        let element = rows[index]
        index += 1
        row = element.element?.attribute(by: "r").flatMap { Int($0.text) } ?? row + 1
        var byColumn: [Int: Cell] = [:]
        var column = -1
        for c in element["c"].all {
            guard let cell = c.element else { continue }
            column = cell.attribute(by: "r").flatMap { Self.column(of: $0.text) } ?? column + 1
            guard column < limits.columns else {
                throw RowFailure(code: .limit, row: row, message: "this row has a cell beyond column \(limits.columns); the rest of the sheet was not read",
                                 help: "delete the sheet's empty columns to the right of the log, or save it as CSV")
            }
            let value: Cell
            switch cell.attribute(by: "t")?.text ?? "n" {
            case "s":
                guard let i = Int(c["v"].element?.text ?? ""), sharedStrings.indices.contains(i) else { value = .undecodable; break }
                value = sharedStrings[i].isEmpty ? .empty : .text(sharedStrings[i])
            case "inlineStr":
                let t = Self.text(of: c["is"])
                value = t.isEmpty ? .empty : .text(t)
            case "str", "b", "e":
                let t = c["v"].element?.text ?? ""
                value = t.isEmpty ? .empty : .text(t)
            default:
                let t = c["v"].element?.text ?? ""
                if t.isEmpty { value = .empty } else if let d = Double(t) { value = .number(d) } else { value = .undecodable }
            }
            byColumn[column] = value
        }
        if let kept {
            return kept.map { byColumn[$0] ?? .empty }
        }
        let width = (byColumn.keys.max() ?? -1) + 1
        return (0..<width).map { byColumn[$0] ?? .empty }
    }

    /// `AB12` → 27 (0-based column).
    static func column(of reference: String) -> Int? {
        var n = 0
        var letters = 0
        for ch in reference.utf8 {
            guard ch >= 65 && ch <= 90 else { break }
            n = n * 26 + Int(ch - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : n - 1
    }

    /// A string item's text: its `<t>`, or its rich-text runs' `<t>`s; phonetic runs left out.
    static func text(of item: XMLIndexer) -> String {
        if let t = item["t"].element { return t.text }
        return item["r"].all.map { $0["t"].element?.text ?? "" }.joined()
    }

    /// The first sheet the workbook lists, through its relationships; `sheet1.xml` if they are missing.
    static func firstSheetPath(_ archive: Archive, workbook: XMLIndexer?, limit: Int) -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let id = workbook?["workbook"]["sheets"]["sheet"].all.first?.element?.attribute(by: "r:id")?.text,
              let rels = try? xml(archive, "xl/_rels/workbook.xml.rels", limit: limit),
              let target = rels["Relationships"]["Relationship"].all.first(where: { $0.element?.attribute(by: "Id")?.text == id })?
                  .element?.attribute(by: "Target")?.text else { return fallback }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        // Only a part inside the package's own folders; `..` is not followed.
        return path.contains("..") ? fallback : path
    }

    /// A part of the package, parsed; nil when the part is absent.
    static func xml(_ archive: Archive, _ path: String, limit: Int) throws(RowFailure) -> XMLIndexer? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: false) { chunk in
                // The declared size may lie (a zip bomb): what is unzipped is counted.
                guard data.count + chunk.count <= limit else { throw TooLarge() }
                data.append(chunk)
            }
        } catch is TooLarge {
            throw RowFailure(code: .limit, row: 0, message: "the workbook's \(path) is larger than the \(limit >> 20) MiB escalate reads from an .xlsx file once unzipped",
                             help: "save the log as CSV (UTF-8), which escalate reads row by row at any size")
        } catch {
            throw broken("its \(path) could not be unzipped")
        }
        let parsed = XMLHash.config { $0.detectParsingErrors = true }.parse(data)
        if case .parsingError = parsed { throw broken("its \(path) is not well-formed XML") }
        return parsed
    }

    private struct TooLarge: Error {}

    static func broken(_ why: String) -> RowFailure {
        RowFailure(code: .file, row: 0, message: "the file cannot be read: \(why)",
                   help: "open it in Excel and save it again as an .xlsx workbook, or save it as CSV (UTF-8)")
    }
}
