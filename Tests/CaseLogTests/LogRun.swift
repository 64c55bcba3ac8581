import CaseLog
import Diagnostics
import Foundation
import Model
import TestSupport

/// Keeps every record, for tests only (the pipeline never holds a log's records).
struct CollectingSink: CaseRecordSink {
    var records: [CaseRecord] = []
    mutating func add(_ record: CaseRecord) { records.append(record) }
}

/// Reads a log written into a temporary folder with the example content's procedures and
/// `content/case-log.yml`.
enum LogRun {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func configuration(_ edit: (inout CaseLogSettings) -> Void = { _ in }) -> CaseLogConfiguration {
        var settings = Fixtures.examples.caseLog
        edit(&settings)
        var problems: [Diagnostic] = []
        let c = CaseLogConfiguration(settings: settings, procedures: Fixtures.examples.procedures, diagnostics: &problems)
        precondition(problems.isEmpty, "\(problems)")
        return c
    }

    struct Outcome {
        var records: [CaseRecord]
        var result: CaseLogReader.Result
        var diagnostics: [Diagnostic] { result.diagnostics }
    }

    static func read(_ bytes: [UInt8], name: String = "log.csv", configuration: CaseLogConfiguration = configuration(),
                     exclude: Bool = false) async throws -> Outcome {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return await read(file, display: name, configuration: configuration, exclude: exclude)
    }

    static func read(_ text: String, name: String = "log.csv", configuration: CaseLogConfiguration = configuration(),
                     exclude: Bool = false) async throws -> Outcome {
        try await read(Array(text.utf8), name: name, configuration: configuration, exclude: exclude)
    }

    static func read(_ url: URL, display: String, configuration: CaseLogConfiguration = configuration(), exclude: Bool = false,
                     checkGit: Bool = false) async -> Outcome {
        var sink = CollectingSink()
        let reader = CaseLogReader(configuration: configuration, options: .init(excludeInvalidRows: exclude, checkGit: checkGit))
        let result = await reader.read(url, display: display, required: true, into: &sink)
        return Outcome(records: sink.records, result: result)
    }

    static let header = "case_id,partnership,raised_on,raising_agency,receiving_agency,category,stage3_on,stage4_on,resolved_on,resolved_stage,outcome\n"
    static let good = "A-1,herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,3,agreed\n"
}
