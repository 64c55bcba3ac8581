import CaseLog
import Diagnostics
import Model
import Output
import Statistics

/// The `statistics` step: the tallies the `cases` step streamed the log into, built into the
/// publication and audited. An audit that finds any recoverable cell is an error naming the cells (their keys:
/// partnership, period, table and row; never a value), so nothing is written.
enum StatisticsStep {
    static func builder(_ c: BuildContext, vocabularies: CaseVocabularies) -> StatisticsBuilder {
        StatisticsBuilder(procedures: c.procedures, vocabularies: vocabularies, settings: c.content.statisticsSettings,
                          excluded: c.caseLog?.excluded ?? [:], synthetic: c.caseLog?.synthetic ?? false)
    }

    /// The sink the case log is streamed into.
    static func aggregator(_ c: BuildContext) -> StatisticsAggregator {
        let custom = StatisticsBuilder(procedures: c.procedures, vocabularies: CaseVocabularies(agencies: Vocabulary(terms: []), categories: [:], outcomes: Vocabulary(terms: [])),
                                       settings: c.content.statisticsSettings).customPeriod
        return StatisticsAggregator(procedures: c.procedures, calendars: c.calendars, custom: custom)
    }

    static func publish(_ sink: StatisticsAggregator, _ builder: StatisticsBuilder, _ c: inout BuildContext) {
        guard let publication = builder.publication(sink) else {
            c.diagnostics.append(.warning(.statisticsSetting, at: SourceLocation(file: c.snapshot.shown("statistics.yml")),
                "the case log holds no escalations, so there are no statistics to publish",
                help: "check that --cases names the log, or that the period in statistics.yml is one the log covers"))
            return
        }
        for key in publication.unsafeCells {
            c.diagnostics.append(.error(.statisticsDisclosure, at: SourceLocation(file: "statistics/" + key.split(separator: "|").prefix(3).joined(separator: "/")),
                "the audit could narrow the suppressed cell \(key.split(separator: "|").joined(separator: " / ")) below the disclosure rule",
                help: "report this to escalate's maintainers; meanwhile a stricter rule or pooled years in statistics.yml publishes coarser figures"))
        }
        c.statistics = publication
        do {
            c.statisticsFiles = try StatisticsFiles.files(publication).map { OutputFile(path: $0.key, contents: $0.value) }.sorted { $0.path < $1.path }
        } catch {
            c.diagnostics.append(.error(.statisticsDisclosure, at: SourceLocation(file: "statistics.json"), "the statistics could not be written as JSON: \(error)",
                                        help: "this is a fault in escalate: report it with this message"))
        }
    }
}
