@testable import CaseLog
import Diagnostics
import Foundation
import Testing

/// Every validation error, reported at its row and column (by the log's own header), and the
/// row left out.
@Suite struct ValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var row: String
        var code: DiagnosticCode
        var column: String
        var testDescription: String { "\(code.rawValue) in \(column)" }
    }

    static let cases: [Case] = [
        Case(row: "A-2,herts,2024-13-01,school,police,resources,2024-05-09,,2024-05-13,3,agreed", code: .caseLogDate, column: "raised_on"),
        Case(row: "A-2,herts,2024-02-30,school,police,resources,2024-05-09,,2024-05-13,3,agreed", code: .caseLogDate, column: "raised_on"),
        Case(row: "A-2,herts,02/05/2024,school,police,resources,2024-05-09,,2024-05-13,3,agreed", code: .caseLogDate, column: "raised_on"),
        Case(row: "A-2,herts,2024-05-02,school,police,resources,2024-05-09,,soon,3,agreed", code: .caseLogDate, column: "resolved_on"),
        Case(row: "A-2,herts,2024-05-02,school,police,resources,2024-05-09,,2024-04-13,3,agreed", code: .caseLogDateOrder, column: "resolved_on"),
        Case(row: "A-2,herts,2024-05-02,school,police,resources,2024-05-09,2024-05-06,2024-05-13,4,agreed", code: .caseLogDateOrder, column: "stage4_on"),
        Case(row: "A-2,herts,2024-05-02,school,police,resources,2024-04-09,,2024-05-13,3,agreed", code: .caseLogDateOrder, column: "stage3_on"),
        Case(row: "A-2,herts,2024-05-02,school,police,resources,2024-05-20,,2024-05-13,3,agreed", code: .caseLogDateOrder, column: "resolved_on"),
        Case(row: "A-2,herts,2024-05-02,school,police,resources,,2024-05-20,2024-05-23,4,agreed", code: .caseLogStageSkipped, column: "stage3_on"),
        Case(row: "A-2,herts,2024-05-02,school,police,resources,2024-05-09,,2024-05-13,7,agreed", code: .caseLogStageBeyond, column: "resolved_stage"),
        Case(row: "A-2,notts-city,2024-05-02,school,police,other,2024-05-09,,2024-05-13,,agreed", code: .caseLogStageBeyond, column: "stage3_on"),
        // Resolved at stage 3, but stage 4 began: a case is resolved at the last stage it reached.
        Case(row: "A-2,herts,2024-05-02,school,police,resources,2024-05-09,2024-05-10,2024-05-13,3,agreed", code: .caseLogStageBeyond, column: "resolved_stage"),
        Case(row: "A-2,hertz,2024-05-02,school,police,resources,2024-05-09,,2024-05-13,3,agreed", code: .caseLogUnknown, column: "partnership"),
        Case(row: "A-2,herts,2024-05-02,Skool,police,resources,2024-05-09,,2024-05-13,3,agreed", code: .caseLogUnknown, column: "raising_agency"),
        Case(row: "A-2,herts,2024-05-02,school,polise,resources,2024-05-09,,2024-05-13,3,agreed", code: .caseLogUnknown, column: "receiving_agency"),
        Case(row: "A-2,herts,2024-05-02,school,police,money,2024-05-09,,2024-05-13,3,agreed", code: .caseLogUnknown, column: "category"),
        Case(row: "A-2,herts,2024-05-02,school,police,resources,2024-05-09,,2024-05-13,3,maybe", code: .caseLogUnknown, column: "outcome"),
        Case(row: "A-2,herts,2024-05-02,school,,resources,2024-05-09,,2024-05-13,3,agreed", code: .caseLogMissingValue, column: "receiving_agency"),
        Case(row: ",herts,2024-05-02,school,police,resources,2024-05-09,,2024-05-13,3,agreed", code: .caseLogMissingValue, column: "case_id"),
        Case(row: "A-2,herts,2024-05-02,school,police,resources,2024-05-09,,,,agreed", code: .caseLogMissingValue, column: "resolved_on"),
        Case(row: "A-1,herts,2024-05-02,school,police,resources,2024-05-09,,2024-05-13,3,agreed", code: .caseLogDuplicate, column: "case_id"),
    ]

    @Test(arguments: cases)
    func theProblemIsReportedAtItsRowAndColumn(_ c: Case) async throws {
        let run = try await LogRun.read(LogRun.header + LogRun.good + c.row + "\n")
        let found = run.diagnostics.filter { $0.code == c.code.rawValue }
        let d = try #require(found.first, "\(run.diagnostics.map(\.message))")
        let column = LogRun.header.dropLast().split(separator: ",").firstIndex(of: Substring(c.column))! + 1
        #expect(d.location == SourceLocation(file: "log.csv", line: 3, column: column))
        #expect(d.message.hasPrefix("row 3, column '\(c.column)': "), "\(d.message)")
        #expect(d.severity == .error)
        #expect(!d.help.isEmpty)
        #expect(run.records.count == 1, "the bad row is not counted")
        #expect(run.result.summary.excluded == [c.code.rawValue: 1])
    }

    @Test func theGoodRowBecomesARecord() async throws {
        let run = try await LogRun.read(LogRun.header + LogRun.good)
        #expect(run.diagnostics.isEmpty)
        let r = try #require(run.records.first)
        #expect(r == CaseRecord(procedure: "herts", partnership: "herts", raisedOn: .init(year: 2024, month: 5, day: 1), raisingAgency: "school",
                                receivingAgency: "police", category: "resources", firstStageHeld: 3,
                                stageDates: [.init(year: 2024, month: 5, day: 8), nil], resolvedOn: .init(year: 2024, month: 5, day: 10),
                                resolvedStage: 3, outcome: "agreed"))
    }

    @Test func anUnknownSpellingSuggestsTheNearestIdWithoutRepeatingTheCell() async throws {
        let run = try await LogRun.read(LogRun.header + "A-2,herts,2024-05-02,Skool,police,resources,2024-05-09,,2024-05-13,3,agreed\n")
        let d = try #require(run.diagnostics.first)
        #expect(d.help.hasPrefix("did you mean 'school'? "))
        #expect(!(d.message + d.help).contains("Skool"))
    }

    @Test func spellingsAndNamesMapOntoIds() async throws {
        let run = try await LogRun.read(LogRun.header + "A-2,Hertfordshire Safeguarding Children Partnership,2024-05-02,GP surgery,csc,Resources,2024-05-09,,2024-05-13,3,Resolved - agreement\n")
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        let r = try #require(run.records.first)
        #expect([r.partnership, r.raisingAgency, r.receivingAgency, r.category, r.outcome] == ["herts", "gp", "childrens-social-care", "resources", "agreed"])
    }

    @Test func aMissingRequiredColumnIsNamedAtTheHeader() async throws {
        let run = try await LogRun.read("case_id,partnership,raised_on,raising_agency,receiving_agency,notes\nA-1,herts,2024-05-01,school,police,x\n")
        let d = try #require(run.diagnostics.first)
        #expect(d.code == "case-log-header")
        #expect(d.location.line == 1)
        #expect(d.message.contains("'category'"))
        #expect(run.records.isEmpty)
    }

    @Test func theProcedureColumnIsRequiredWhenConfigured() async throws {
        let configuration = LogRun.configuration { $0.procedureColumn = .required }
        let run = try await LogRun.read(LogRun.header + LogRun.good, configuration: configuration)
        #expect(run.diagnostics.map(\.code) == ["case-log-header"])
        #expect(run.diagnostics.first?.message.contains("'procedure'") == true)
        let with = try await LogRun.read("procedure," + LogRun.header + "herts," + LogRun.good + "hips," + LogRun.good.replacingOccurrences(of: "A-1", with: "A-2"),
                                         configuration: configuration)
        let d = try #require(with.diagnostics.first)
        #expect(d.code == "case-log-unknown")
        #expect(d.message == "row 3, column 'procedure': the procedure is not one the row's partnership 'herts' takes part in")
        #expect(with.records.map(\.procedure) == ["herts"])
    }

    @Test func aLogsOwnHeadersAreMappedOntoTheSchema() async throws {
        let configuration = LogRun.configuration {
            $0.columns = ["case_id": "Case ref", "raised_on": "Date raised", "raising_agency": "Raised by", "receiving_agency": "Raised with"]
        }
        let run = try await LogRun.read("Case ref,Partnership,Date raised,Raised by,Raised with,Category,Notes\nA-1,herts,2024-05-01,school,police,resources,x\nA-2,herts,never,school,police,resources,x\n",
                                        configuration: configuration)
        #expect(run.records.count == 1)
        #expect(run.diagnostics.map(\.message) == ["row 3, column 'Date raised': the date cannot be read as YYYY-MM-DD"])
    }

    @Test func duplicatesAcrossFilesNameTheFirstFile() async throws {
        let folder = try TestFolder()
        try folder.write("a.csv", LogRun.header + LogRun.good)
        try folder.write("b.csv", LogRun.header + LogRun.good)
        let run = await LogRun.read(folder.url, display: "cases")
        #expect(run.records.count == 1)
        #expect(run.diagnostics.map(\.message) == ["row 2, column 'case_id': the case id is the same as in row 2 of cases/a.csv"])
        #expect(run.diagnostics.first?.location.file == "cases/b.csv")
    }

    @Test func underExcludeInvalidRowsTheBuildGoesOnAndCountsByReason() async throws {
        let rows = LogRun.header + LogRun.good
            + "A-2,herts,2024-13-01,school,police,resources,2024-05-09,,2024-05-13,3,agreed\n"
            + "A-3,herts,2024-05-02,Skool,police,resources,2024-05-09,,2024-05-13,3,agreed\n"
            + "A-4,herts,2024-05-02,Skool,nobody,resources,2024-05-09,,2024-05-13,3,agreed\n"
        let run = try await LogRun.read(rows, exclude: true)
        #expect(run.records.count == 1)
        #expect(run.result.summary.excluded == ["case-log-date": 1, "case-log-unknown": 2])
        #expect(run.result.summary.rows == 4)
        #expect(run.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(run.diagnostics.last?.code == "case-log-excluded")
        #expect(run.diagnostics.last?.message == "3 of 4 rows were left out of the statistics (1 for case-log-date, 2 for case-log-unknown)")
    }

    @Test func theFirstHundredProblemsAreListedThenCountsByKind() async throws {
        var text = LogRun.header
        for i in 0..<130 { text += "B-\(i),herts,2024-13-01,school,police,resources,,,,,\n" }
        for i in 0..<20 { text += "C-\(i),herts,2024-05-01,Skool,police,resources,,,,,\n" }
        let run = try await LogRun.read(text)
        let rows = run.diagnostics.filter { $0.location.line > 0 }
        #expect(rows.count == 100)
        let summaries = run.diagnostics.filter { $0.location.line == 0 }.map(\.message)
        #expect(summaries == [
            "… and 30 more 'case-log-date' problems in the case logs (the first 100 problems are listed in full)",
            "… and 20 more 'case-log-unknown' problems in the case logs (the first 100 problems are listed in full)",
        ])
    }

    @Test func blankRowsAreSkippedWhereverTheyAre() async throws {
        let run = try await LogRun.read(LogRun.header + ",,,,,,,,,,\n" + LogRun.good + "\n,,,,\n\r\n,,,,,,,,,,\n")
        #expect(run.diagnostics.isEmpty)
        #expect(run.records.count == 1)
        #expect(run.result.summary.rows == 1)
    }

    @Test func aMissingCasesPathIsAnErrorButAMissingDefaultFolderIsNot() async throws {
        let folder = try TestFolder()
        var sink = CollectingSink()
        let reader = CaseLogReader(configuration: LogRun.configuration())
        let named = await reader.read(folder.url.appendingPathComponent("nope.csv"), display: "nope.csv", required: true, into: &sink)
        #expect(named.diagnostics.map(\.code) == ["case-log-file"])
        let optional = await reader.read(folder.url.appendingPathComponent("cases"), display: "content/cases", required: false, into: &sink)
        #expect(optional.diagnostics.isEmpty)
        #expect(!optional.found)
    }
}

/// A temporary folder, removed when the value goes.
final class TestFolder {
    let url: URL
    init() throws { url = try TestSupport.Fixtures.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
}

import TestSupport
