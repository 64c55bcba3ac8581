/// What reading the case logs came to, as counts only: handed to the statistics beside the
/// records (the methods note says how many records were excluded and why).
public struct CaseLogSummary: Sendable, Hashable {
    /// Files read, as shown in messages.
    public var files: [String] = []
    /// Rows after the header that held anything.
    public var rows = 0
    /// Records handed to the sink.
    public var records = 0
    /// Rows with a problem, by the code of their first problem (`case-log-date`, …). Under
    /// `--exclude-invalid-rows` these rows were left out and the build went on.
    public var excluded: [String: Int] = [:]
    /// True when every file read declares itself synthetic (`content/cases/log.yml`).
    public var synthetic = false
    /// Whether invalid rows were excluded (rather than failing the build).
    public var excludingInvalidRows = false

    public init() {}

    public var excludedRows: Int { excluded.values.reduce(0, +) }
}

/// Counts the records, until the statistics give the `cases` step their aggregator.
public struct CountingSink: CaseRecordSink, Sendable {
    public private(set) var count = 0

    public init() {}

    public mutating func add(_ record: CaseRecord) {
        count += 1
    }
}
