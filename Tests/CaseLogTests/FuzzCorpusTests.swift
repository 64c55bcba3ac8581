import CaseLog
import Diagnostics
import Foundation
import Model
import Testing
import TestSupport

/// Every input in `Fuzz/corpus/case-log/` (seeds and each crash a fuzzer ever found) goes
/// through what FuzzCaseLog does, with its checks: every problem names its row, no message
/// repeats a cell (the seeds' cells hold `QQ`), and the sink gets exactly the records counted.
@Suite struct CaseLogFuzzCorpusTests {
    @Test func caseLogCorpus() throws {
        let dir = Fixtures.repoRoot.appendingPathComponent("Fuzz/corpus/case-log")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names.count >= 7)
        var records = 0
        for name in names {
            let data = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
            guard let mode = data.first else { continue }
            var settings = CaseLogSettings()
            settings.encoding = mode & 1 == 0 ? .utf8 : .windows1252
            settings.dateFormat = mode & 2 == 0 ? .iso : .dayMonthYear
            settings.procedureColumn = mode & 4 == 0 ? .automatic : .required
            settings.firstStage = ["herts": 3]
            settings.columns = mode & 8 == 0 ? [:] : ["raised_on": "Date raised", "case_id": "Ref"]
            var problems: [Diagnostic] = []
            let configuration = CaseLogConfiguration(settings: settings, procedures: Fixtures.examples.procedures, diagnostics: &problems)
            var sink = CollectingSink()
            let result = CaseLogReader(configuration: configuration, options: .init(checkGit: false)).read(csv: Array(data.dropFirst()), display: "cases/fuzz.csv", into: &sink)
            for d in result.diagnostics {
                #expect(!(d.message + d.help).contains("QQ"), "\(name): \(d.message)")
                if d.location.line > 0 { #expect(d.message.hasPrefix("row \(d.location.line)"), "\(name): \(d.message)") }
            }
            #expect(sink.records.count == result.summary.records)
            records += sink.records.count
        }
        #expect(records >= 3, "the clean seeds give records")
    }
}
