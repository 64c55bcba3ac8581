import CaseLog
import Diagnostics
import Foundation
import Model

/// The `cases` step: the case log streamed through validation into a sink, so `check` and
/// `build` report its problems. The statistics give it their aggregator as the sink; until
/// then it counts. Nothing of a case reaches a file or a message, only counts.
struct CasesStep {
    var path: URL?
    var display: String?
    var excludeInvalidRows: Bool

    struct Result {
        var summary = CaseLogSummary()
        var vocabularies: CaseVocabularies?
        var diagnostics: [Diagnostic] = []
    }

    /// Reads `--cases` (an error if it names nothing), or else `content/cases/` if it is there.
    func run<S: CaseRecordSink>(_ c: BuildContext, content: URL, into sink: inout S) async -> Result {
        var result = Result()
        let configuration = CaseLogConfiguration(settings: c.content.caseLog, procedures: c.procedures, diagnostics: &result.diagnostics)
        result.vocabularies = configuration.vocabularies
        let url = path ?? content.appendingPathComponent("cases")
        let shown = path == nil ? c.snapshot.shown("cases") : (display ?? url.relativePath)
        let reader = CaseLogReader(configuration: configuration, options: .init(excludeInvalidRows: excludeInvalidRows))
        let read = await reader.read(url, display: shown, required: path != nil, into: &sink)
        result.summary = read.summary
        result.diagnostics += read.diagnostics
        return result
    }
}
