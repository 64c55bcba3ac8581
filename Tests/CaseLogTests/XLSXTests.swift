@testable import CaseLog
import Foundation
import Testing
import ZIPFoundation

/// `.xlsx` read directly: a workbook written by openpyxl (Fixtures/make_xlsx.py), with its
/// title rows, date cells, numbers, inline strings and skipped empty cells, and the same
/// workbook with shared strings (and a rich-text run), give the records of their CSV twin.
@Suite struct XLSXTests {
    @Test(arguments: ["twin.xlsx", "twin-shared.xlsx"])
    func aWorkbookGivesTheSameRecordsAsItsCSVTwin(_ name: String) async throws {
        let csv = await LogRun.read(LogRun.fixtures.appendingPathComponent("twin.csv"), display: "twin.csv")
        #expect(csv.diagnostics.isEmpty, "\(csv.diagnostics.map(\.message))")
        #expect(csv.records.count == 7)
        let xlsx = await LogRun.read(LogRun.fixtures.appendingPathComponent(name), display: name)
        #expect(xlsx.diagnostics.isEmpty, "\(xlsx.diagnostics.map(\.message))")
        #expect(xlsx.records == csv.records)
    }

    @Test func problemsInAWorkbookNameTheSpreadsheetRow() async throws {
        // The twin's header is on row 3 of the workbook; the configured first stage of herts
        // moved to 4 makes every stage 3 date an error, on the workbook's own row numbers.
        let configuration = LogRun.configuration { $0.firstStage["herts"] = 4 }
        let run = await LogRun.read(LogRun.fixtures.appendingPathComponent("twin.xlsx"), display: "twin.xlsx", configuration: configuration)
        #expect(run.diagnostics.filter { $0.code == "case-log-stage-beyond" }.map(\.location.line) == [4, 5, 6, 10])
        #expect(run.diagnostics.first?.location.column == 8)
    }

    @Test func aFileThatIsNotAWorkbookIsReportedNotCrashedOn() async throws {
        let run = try await LogRun.read(Array("case_id,partnership\n".utf8), name: "log.xlsx")
        #expect(run.diagnostics.map(\.code) == ["case-log-file"])
        #expect(run.diagnostics.first?.message.hasPrefix("the file cannot be read: ") == true)
    }

    /// A workbook of hand-written parts, for what openpyxl does not write: the 1904 date system
    /// and a sheet that is not called sheet1.
    @Test func the1904SystemAndTheFirstSheetByItsRelationship() async throws {
        let folder = try TestFolder()
        let url = folder.url.appendingPathComponent("log.xlsx")
        let archive = try Archive(url: url, accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        try add("xl/workbook.xml", #"<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="Log" sheetId="1" r:id="rId7"/></sheets></workbook>"#)
        try add("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId7" Target="worksheets/log.xml"/></Relationships>"#)
        let header = LogRun.header.dropLast().split(separator: ",")
        let cells = header.enumerated().map { i, name in #"<c r="\#(XLSXRows.columnName(i))1" t="inlineStr"><is><t>\#(name)</t></is></c>"# }.joined()
        // 2024-05-01 is serial 43951 in the 1904 system; stage 3 is 7 days later.
        try add("xl/worksheets/log.xml", #"<worksheet><sheetData><row r="1">\#(cells)</row><row r="2"><c r="A2" t="inlineStr"><is><t>A-1</t></is></c><c r="B2" t="inlineStr"><is><t>herts</t></is></c><c r="C2"><v>43951</v></c><c r="D2" t="inlineStr"><is><t>school</t></is></c><c r="E2" t="inlineStr"><is><t>police</t></is></c><c r="F2" t="inlineStr"><is><r><t>resour</t></r><r><t>ces</t></r></is></c><c r="G2"><v>43958</v></c></row></sheetData></worksheet>"#)
        let run = await LogRun.read(url, display: "log.xlsx")
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.records.first?.raisedOn == .init(year: 2024, month: 5, day: 1))
        #expect(run.records.first?.stageDates == [.init(year: 2024, month: 5, day: 8), nil])
        #expect(run.records.first?.category == "resources")
    }

    @Test func aZipBombIsStoppedAtTheLimit() async throws {
        let folder = try TestFolder()
        let url = folder.url.appendingPathComponent("bomb.xlsx")
        let archive = try Archive(url: url, accessMode: .create)
        let size = 80 << 20
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { _, chunk in
            Data(repeating: 0x20, count: chunk)
        }
        let run = await LogRun.read(url, display: "bomb.xlsx")
        #expect(run.diagnostics.map(\.code) == ["case-log-limit"])
    }

    @Test func columnReferences() {
        #expect(XLSXRows.column(of: "A1") == 0)
        #expect(XLSXRows.column(of: "Z9") == 25)
        #expect(XLSXRows.column(of: "AA10") == 26)
        #expect(XLSXRows.column(of: "ZZZZ1") == nil)
        #expect(XLSXRows.column(of: "12") == nil)
    }
}

extension XLSXRows {
    /// 0 → A, 26 → AA (for writing test workbooks).
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}
