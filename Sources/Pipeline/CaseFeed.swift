import CaseLog
import Model
import Statistics

/// Where the statistics' records come from: the case-log reader streams a log into the sink
/// it is given; nothing is kept but the aggregator's counts.
public struct CaseFeed: Sendable {
    public var vocabularies: CaseVocabularies
    /// The log declares itself synthetic (the bundled example): every page says so.
    public var synthetic: Bool
    /// Rows left out under `--exclude-invalid-rows`, by reason.
    public var excluded: [String: Int]
    /// Streams every valid record into the sink.
    public var stream: @Sendable (inout StatisticsAggregator) -> Void

    public init(vocabularies: CaseVocabularies, synthetic: Bool = false, excluded: [String: Int] = [:],
                stream: @escaping @Sendable (inout StatisticsAggregator) -> Void) {
        self.vocabularies = vocabularies
        self.synthetic = synthetic
        self.excluded = excluded
        self.stream = stream
    }
}
