import TestSupport
import XCTest
@testable import Statistics

final class DurationHistogramTests: XCTestCase {
    /// The histogram's median and 90th percentile equal a sort of the same values.
    func testMedianAndPercentileEqualSortOnRandomData() {
        var rng = SplitMix(seed: 42)
        for trial in 0..<300 {
            let n = 1 + Int(rng.next() % 400)
            let spread = 1 + Int(rng.next() % (trial % 3 == 0 ? 5 : 200))
            let values = (0..<n).map { _ in Int(rng.next() % UInt64(spread)) }
            let h = DurationHistogram(values)
            let sorted = values.sorted()
            let median = Double(sorted[(n - 1) / 2] + sorted[n / 2]) / 2
            XCTAssertEqual(h.median, median, "trial \(trial)")
            // Nearest rank: the ceil(0.9 n)-th smallest.
            let rank = Int((0.9 * Double(n)).rounded(.up))
            XCTAssertEqual(h.percentile(90), sorted[max(1, rank) - 1], "trial \(trial), n \(n)")
            XCTAssertEqual(h.percentile(100), sorted.last)
            XCTAssertEqual(h.total, n)
        }
    }

    func testEmptyAndMerged() {
        XCTAssertNil(DurationHistogram().median)
        XCTAssertNil(DurationHistogram().percentile(90))
        var a = DurationHistogram([1, 2, 3])
        a.merge(DurationHistogram([10, 11]))
        XCTAssertEqual(a.median, 3)
        XCTAssertEqual(a.percentile(90), 11)
        XCTAssertEqual(DurationHistogram([4, 7]).median, 5.5)
    }
}

