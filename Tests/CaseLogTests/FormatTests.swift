@testable import CaseLog
import Diagnostics
import Foundation
import Testing
import WorkingDays

/// What exports really look like: encodings, line ends, quoting, header rows, date formats.
@Suite struct FormatTests {
    /// A log with accented text in a mapped spelling (so its decoding decides the record) and
    /// in a personal column.
    static let accented = LogRun.header.replacingOccurrences(of: "outcome\n", with: "outcome,child_name\n")
        + "A-1,herts,2024-05-01,Crèche,police,resources,2024-05-08,,2024-05-10,3,agreed,Zoë Brontë\n"
        + "A-2,herts,2024-05-02,school,Crèche,capacity,2024-05-09,,,,,“Quoted” – name\n"
    static let crecheMapped = LogRun.configuration {
        $0.agencySpellings = [.init(text: "Crèche", id: "early-years", location: SourceLocation(file: "case-log.yml"))]
    }

    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { s -> UInt8 in
            if s.value < 0x80 || (0xA0...0xFF).contains(s.value) { return UInt8(s.value) }
            return UInt8(FieldText.windows1252.firstIndex(of: s)! + 0x80)
        }
    }

    @Test func windows1252AndUTF8WithBOMAndCRLFReadTheSameAsCleanUTF8() async throws {
        let clean = try await LogRun.read(Self.accented, configuration: Self.crecheMapped)
        #expect(clean.diagnostics.isEmpty, "\(clean.diagnostics.map(\.message))")
        #expect(clean.records.count == 2)
        #expect(clean.records.map(\.raisingAgency) == ["early-years", "school"])
        #expect(clean.records.map(\.receivingAgency) == ["police", "early-years"])

        var windowsSettings = Self.crecheMapped
        windowsSettings.settings.encoding = .windows1252
        let windows = try await LogRun.read(Self.windows1252(Self.accented), configuration: windowsSettings)
        #expect(windows.diagnostics.isEmpty, "\(windows.diagnostics.map(\.message))")
        #expect(windows.records == clean.records)

        // A byte-order mark means UTF-8 whatever the setting says.
        let bom = [0xEF, 0xBB, 0xBF] + Array(Self.accented.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let withBOM = try await LogRun.read(bom, configuration: windowsSettings)
        #expect(withBOM.diagnostics.isEmpty, "\(withBOM.diagnostics.map(\.message))")
        #expect(withBOM.records == clean.records)
    }

    @Test func windows1252ReadAsUTF8IsAnEncodingErrorAtTheCell() async throws {
        let run = try await LogRun.read(Self.windows1252(Self.accented), configuration: Self.crecheMapped)
        let d = try #require(run.diagnostics.first)
        #expect(d.code == "case-log-encoding")
        #expect(d.message == "row 2, column 'raising_agency': the cell is not UTF-8 text")
        // The personal column is never decoded, so its bytes cannot be an error.
        #expect(run.diagnostics.count == 2)
    }

    @Test func utf16IsRefused() async throws {
        let run = try await LogRun.read([0xFF, 0xFE] + Array("c\0a\0".utf8))
        #expect(run.diagnostics.map(\.code) == ["case-log-encoding"])
        // A problem with the whole file has no row (found by the fuzzer: it said row 1).
        #expect(run.diagnostics.first?.location.line == 0)
        #expect(run.diagnostics.first?.message.hasPrefix("the file is in UTF-16") == true)
    }

    @Test func theHeaderNeedNotBeTheFirstRow() async throws {
        let text = "Escalation log 2024-25,,,\nExported from the case system,,\n\n" + LogRun.header + LogRun.good
            + "A-2,herts,never,school,police,resources,,,,,\n"
        let run = try await LogRun.read(text)
        #expect(run.records.count == 1)
        #expect(run.diagnostics.map(\.message) == ["row 6, column 'raised_on': the date cannot be read as YYYY-MM-DD"])
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsAreCountedAsRecords() async throws {
        let header = LogRun.header.replacingOccurrences(of: "outcome\n", with: "outcome,notes\n")
        let text = header
            + "A-1,herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,3,agreed,\"line one, with a comma\nline \"\"two\"\"\r\nline three\"\n"
            + "\"A-2\",\"herts\",2024-05-02,school,police,\"resources\",2024-05-09,,,,,\"\"\n"
            + "A-3,herts,bad,school,police,resources,,,,,,x\n"
        let run = try await LogRun.read(text)
        #expect(run.records.count == 2)
        // The third record starts on the file's sixth line but is the spreadsheet's row 4.
        #expect(run.diagnostics.map(\.message) == ["row 4, column 'raised_on': the date cannot be read as YYYY-MM-DD"])
    }

    @Test func anUnclosedQuoteIsReportedAtTheRowItOpensIn() async throws {
        let run = try await LogRun.read(LogRun.header + LogRun.good + "A-2,herts,\"2024-05-02,school\n")
        let d = try #require(run.diagnostics.first)
        #expect(d.code == "case-log-file")
        #expect(d.location.line == 3)
        #expect(run.records.count == 1)
    }

    @Test func ukDatesAreReadDayFirstAndNeverGuessed() async throws {
        let uk = LogRun.configuration { $0.dateFormat = .dayMonthYear }
        let text = LogRun.header + "A-1,herts,03/04/2025,school,police,resources,10/04/2025,,11/4/2025 00:00,3,agreed\n"
        let run = try await LogRun.read(text, configuration: uk)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.records.first?.raisedOn == Day(year: 2025, month: 4, day: 3))
        #expect(run.records.first?.resolvedOn == Day(year: 2025, month: 4, day: 11))
        // The same file read as ISO is unreadable, not reinterpreted.
        let iso = try await LogRun.read(text)
        #expect(iso.records.isEmpty)
        #expect(iso.diagnostics.first?.message == "row 2, column 'raised_on': the date cannot be read as YYYY-MM-DD")
        // And ISO dates are not accepted under dd/mm/yyyy.
        let isoUnderUK = try await LogRun.read(LogRun.header + LogRun.good, configuration: uk)
        #expect(isoUnderUK.records.isEmpty)
        #expect(isoUnderUK.diagnostics.first?.message == "row 2, column 'raised_on': the date cannot be read as DD/MM/YYYY")
    }

    @Test func datesAreReadOnlyInTheirFormat() {
        #expect(CaseDate.read("2025-04-03", .iso) == .day(Day(year: 2025, month: 4, day: 3)))
        #expect(CaseDate.read("2025-04-03T00:00:00", .iso) == .day(Day(year: 2025, month: 4, day: 3)))
        #expect(CaseDate.read("2025-4-3", .iso) == .unreadable)
        #expect(CaseDate.read("03/04/2025", .iso) == .unreadable)
        #expect(CaseDate.read("2025-02-29", .iso) == .impossible)
        #expect(CaseDate.read("2024-02-29", .iso) == .day(Day(year: 2024, month: 2, day: 29)))
        #expect(CaseDate.read("31/06/2025", .dayMonthYear) == .impossible)
        #expect(CaseDate.read("3/4/2025", .dayMonthYear) == .day(Day(year: 2025, month: 4, day: 3)))
        #expect(CaseDate.read("03/04/25", .dayMonthYear) == .unreadable)
        #expect(CaseDate.read("1899-12-31", .iso) == .impossible)
    }

    @Test func excelSerialsFollowThe1900SystemAndItsLeapYearBug() {
        func day(_ y: Int, _ m: Int, _ d: Int) -> CaseDate.Reading { .day(Day(year: y, month: m, day: d)) }
        // Only the mapping of serials matters here; the years 1990–2100 bound real logs.
        #expect(CaseDate.serial(45658, date1904: false) == day(2025, 1, 1))
        #expect(CaseDate.serial(45658.75, date1904: false) == day(2025, 1, 1))
        #expect(CaseDate.serial(32874, date1904: false) == day(1990, 1, 1))
        #expect(CaseDate.serial(60, date1904: false) == .impossible)
        #expect(CaseDate.serial(0, date1904: false) == .impossible)
        #expect(CaseDate.serial(44196, date1904: true) == day(2025, 1, 1))
        #expect(CaseDate.serial(-1, date1904: false) == .impossible)
        #expect(CaseDate.serial(.nan, date1904: false) == .impossible)
    }

    @Test func serialsBeforeAndAfterTheFictitiousDay() {
        // 59 is 28 February 1900 and 61 is 1 March 1900: between them Excel counts a 29 February
        // that never was. (Outside the years a log may hold, so checked on the arithmetic.)
        let base = Day(year: 1899, month: 12, day: 31)
        #expect(base.adding(days: 59) == Day(year: 1900, month: 2, day: 28))
        #expect(Day(year: 1899, month: 12, day: 30).adding(days: 61) == Day(year: 1900, month: 3, day: 1))
    }
}

/// The tokenizer alone, on the shapes of CSV it must take apart.
@Suite struct CSVTokenizerTests {
    func records(_ text: String, keep: [Int]? = nil, limits: CSVTokenizer.Limits = .init()) throws -> [[String]] {
        var t = CSVTokenizer(.bytes(Array(text.utf8)), limits: limits)
        if let keep { t.keep(columns: keep) }
        var out: [[String]] = []
        while try t.next() {
            out.append((0..<(keep?.count ?? t.fieldCount)).map { String(decoding: t.field(slot: $0), as: UTF8.self) })
        }
        return out
    }

    @Test func lineEndsOfEveryKind() throws {
        #expect(try records("a,b\nc,d\r\ne,f\rg,h") == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
    }

    @Test func quotingAsExcelWritesIt() throws {
        #expect(try records("\"a,b\",\"c\"\"d\",\"e\nf\"\n") == [["a,b", "c\"d", "e\nf"]])
        #expect(try records("a\"b,\"c\"d\n") == [["a\"b", "cd"]])
        #expect(try records(",\n\"\"\n") == [["", ""], [""]])
    }

    @Test func onlyKeptColumnsAreStored() throws {
        #expect(try records("a,b,c,d\n1,2,3\n", keep: [2, 0]) == [["c", "a"], ["3", "1"]])
    }

    @Test func boundsStopReading() throws {
        #expect(throws: CSVTokenizer.Failure.tooManyFields(row: 2)) {
            try records("a\n" + String(repeating: ",", count: 5) + "\n", limits: .init(fields: 5))
        }
        #expect(throws: CSVTokenizer.Failure.rowTooLong(row: 1)) {
            try records(String(repeating: "x", count: 100), limits: .init(fieldBytes: 10, rowBytes: 50))
        }
        #expect(throws: CSVTokenizer.Failure.rowTooLong(row: 1)) {
            try records(String(repeating: "x", count: 20), limits: .init(fieldBytes: 10))
        }
        #expect(throws: CSVTokenizer.Failure.unclosedQuote(row: 2)) { try records("a\n\"b\nc") }
    }

    @Test func aFileIsReadInChunksAcrossTheirBoundaries() throws {
        // Quotes, CRLFs and fields that straddle the 64 KiB reads.
        var text = ""
        for i in 0..<20_000 { text += "\(i),\"x,\r\n\"\"\(i)\"\"\"\r\n" }
        let folder = try TestFolder()
        try folder.write("big.csv", text)
        let fd = open(folder.url.appendingPathComponent("big.csv").path, O_RDONLY)
        defer { close(fd) }
        var t = CSVTokenizer(.file(fd))
        var n = 0
        while try t.next() {
            #expect(String(decoding: t.field(slot: 0), as: UTF8.self) == "\(n)")
            #expect(String(decoding: t.field(slot: 1), as: UTF8.self) == "x,\r\n\"\(n)\"")
            n += 1
        }
        #expect(n == 20_000)
    }
}
