/// Counts of whole-day durations, from which the median and any percentile are exact.
///
/// Working-day durations are small integers, so a histogram of them is a few hundred entries
/// however many cases a log holds: the statistics stream the log and keep no records.
public struct DurationHistogram: Sendable, Hashable {
    public private(set) var counts: [Int: Int] = [:]
    public private(set) var total = 0

    public init() {}

    public init<S: Sequence>(_ values: S) where S.Element == Int {
        for v in values { add(v) }
    }

    public mutating func add(_ value: Int, count: Int = 1) {
        counts[value, default: 0] += count
        total += count
    }

    public mutating func merge(_ other: DurationHistogram) {
        for (v, n) in other.counts { add(v, count: n) }
    }

    /// The value at 0-based rank `rank` of the sorted values.
    public func value(atRank rank: Int) -> Int? {
        guard rank >= 0, rank < total else { return nil }
        var seen = 0
        for v in counts.keys.sorted() {
            seen += counts[v]!
            if seen > rank { return v }
        }
        return nil
    }

    /// The median: the middle value, or the mean of the two middle values (so it may end in .5).
    public var median: Double? {
        guard total > 0, let lo = value(atRank: (total - 1) / 2), let hi = value(atRank: total / 2) else { return nil }
        return Double(lo + hi) / 2
    }

    /// The nearest-rank percentile: the smallest value with at least `p` per cent of the values
    /// at or below it (the 90th percentile of 10 values is the 9th smallest).
    public func percentile(_ p: Int) -> Int? {
        guard total > 0 else { return nil }
        let rank = max(1, (p * total + 99) / 100)
        return value(atRank: rank - 1)
    }
}
