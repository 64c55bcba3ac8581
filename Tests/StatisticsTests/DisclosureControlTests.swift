import Model
import TestSupport
import XCTest
@testable import Statistics

final class DisclosureControlTests: XCTestCase {
    /// One suppressed cell beside a published total is its total minus the rest.
    func testSingleSuppressedCellBesideATotalLeaksAndIsClosed() {
        var dc = DisclosureControl(rule: .dfe)
        dc.cell("t|a", 10)
        dc.cell("t|b", 3)
        dc.cell("t|c", 8)
        dc.cell("t", 21)
        dc.sum("t", ["t|a", "t|b", "t|c"])
        let leak = dc.unsafeCells()
        XCTAssertEqual(leak.map(\.cell), ["t|b"])
        XCTAssertEqual(leak.first?.interval, DisclosureControl.Interval(lower: 3, upper: 3), "pinned to its true value")
        XCTAssertEqual(dc.protect(), [])
        XCTAssertEqual(dc.complements, ["t|c"], "the smallest count inside the table, not the total")
        XCTAssertEqual(dc.unsafeCells(), [])
        XCTAssertNotNil(dc.published("t"))
        for f in dc.audit() { XCTAssertGreaterThanOrEqual(f.interval.width ?? .max, 5) }
    }

    /// A partnership's cell can be worked out from the all-partnerships table and its sister.
    func testPartnershipAndAllPartnershipsTable() {
        var dc = DisclosureControl(rule: .dfe)
        let rows = ["x", "y", "z"]
        let p1 = ["x": 3, "y": 20, "z": 9], p2 = ["x": 12, "y": 20, "z": 7]
        for (p, t) in [("p1", p1), ("p2", p2)] {
            for r in rows { dc.cell("\(p)|\(r)", t[r]!) }
            dc.cell("\(p)|total", t.values.reduce(0, +))
            dc.sum("\(p)|total", rows.map { "\(p)|\($0)" })
        }
        for r in rows { dc.cell("all|\(r)", p1[r]! + p2[r]!) }
        dc.cell("all|total", 71)
        dc.sum("all|total", rows.map { "all|\($0)" })
        for r in rows { dc.sum("all|\(r)", ["p1|\(r)", "p2|\(r)"]) }
        dc.sum("all|total", ["p1|total", "p2|total"])
        XCTAssertEqual(dc.unsafeCells().map(\.cell), ["p1|x"])

        // Closing the row alone is not enough: the all-partnerships column still gives it away.
        var rowOnly = dc
        var rowOnlySums = DisclosureControl(rule: .dfe)
        for k in ["p1|x", "p1|y", "p1|z", "p1|total"] { rowOnlySums.cell(k, rowOnly.values[k]!) }
        rowOnlySums.sum("p1|total", ["p1|x", "p1|y", "p1|z"])
        XCTAssertEqual(rowOnlySums.protect(), [])
        XCTAssertEqual(rowOnlySums.complements, ["p1|z"])

        XCTAssertEqual(rowOnly.protect(), [])
        XCTAssertEqual(rowOnly.unsafeCells(), [])
        XCTAssertTrue(rowOnly.complements.count >= 3, "the row, the column and the sister partnership each need a complement: \(rowOnly.complements)")
        XCTAssertTrue(rowOnly.isSuppressed("p2|x") || rowOnly.isSuppressed("all|x"), "the column is closed too")
    }

    /// A year published beside its quarters: one small quarter is the year minus the others.
    func testYearAndItsQuarters() {
        var dc = DisclosureControl(rule: .dfe)
        for (q, n) in [2, 8, 9, 7].enumerated() { dc.cell("q\(q + 1)", n) }
        dc.cell("year", 26)
        dc.sum("year", ["q1", "q2", "q3", "q4"])
        XCTAssertEqual(dc.unsafeCells().first?.interval.upper, 2)
        XCTAssertEqual(dc.protect(), [])
        XCTAssertEqual(dc.complements, ["q4"])
        let q1 = dc.audit().first { $0.cell == "q1" }!
        XCTAssertEqual(q1.interval, DisclosureControl.Interval(lower: 1, upper: 8))
    }

    /// Two small cells whose sum is published are narrowed below the threshold; the total goes too.
    func testNarrowRangeIsCaught() {
        var dc = DisclosureControl(rule: .dfe)
        dc.cell("a", 2); dc.cell("b", 2); dc.cell("c", 10); dc.cell("t", 14)
        dc.sum("t", ["a", "b", "c"])
        let f = dc.unsafeCells()
        XCTAssertEqual(f.map(\.interval), [.init(lower: 1, upper: 3), .init(lower: 1, upper: 3)])
        XCTAssertEqual(dc.protect(), [])
        XCTAssertEqual(dc.complements, ["c"])
    }

    /// Naive primary suppression (one small cell, its total published) leaks; the audit
    /// catches it, and exactly one complement closes it: the smallest count of the same table,
    /// not the first by name, not a zero, not the total.
    func testNaiveSuppressionLeaksAndOneCheapestComplementClosesIt() {
        var dc = DisclosureControl(rule: .dfe)
        let rows = ["a": 14, "b": 3, "c": 9, "d": 7, "e": 0, "f": 11]
        for (k, v) in rows { dc.cell("t|\(k)", v) }
        dc.cell("t", 44)
        dc.sum("t", rows.keys.sorted().map { "t|\($0)" })
        XCTAssertEqual(dc.unsafeCells(), [.init(cell: "t|b", interval: .init(lower: 3, upper: 3))], "pinned: the total minus the rest")
        XCTAssertEqual(dc.protect(), [])
        XCTAssertEqual(dc.complements, ["t|d"])
        XCTAssertEqual(dc.unsafeCells(), [])
        XCTAssertEqual(dc.audit().first { $0.cell == "t|b" }?.interval, .init(lower: 1, upper: 9))
        for k in ["t", "t|a", "t|c", "t|e", "t|f"] { XCTAssertNotNil(dc.published(k), k) }
    }

    /// A table with no small cells publishes every cell and needs no audit.
    func testNoSmallCellsSuppressesNothing() {
        var dc = DisclosureControl(rule: .dfe)
        for (q, n) in [6, 0, 17, 9].enumerated() { dc.cell("q\(q + 1)", n) }
        dc.cell("year", 32)
        dc.sum("year", ["q1", "q2", "q3", "q4"])
        XCTAssertEqual(dc.protect(), [])
        XCTAssertEqual(dc.complements, [])
        XCTAssertEqual(dc.audit(), [])
        for k in ["q1", "q2", "q3", "q4", "year"] { XCTAssertNotNil(dc.published(k), k) }
    }

    /// A headline or grand total is withheld only when nothing cheaper protects the cell: a
    /// larger cell inside the table goes first, even though the headline's value is smaller.
    func testHeadlinesAreKeptWhileACheaperComplementExists() {
        var dc = DisclosureControl(rule: .dfe)
        dc.cell("a", 2); dc.cell("b", 9); dc.cell("h", 6); dc.cell("g", 17)
        dc.standing("h", .headline)
        dc.standing("g", .grandTotal)
        dc.sum("g", ["a", "b", "h"])
        XCTAssertEqual(dc.protect(), [])
        XCTAssertEqual(dc.complements, ["b"])
        XCTAssertNotNil(dc.published("h"))
        XCTAssertNotNil(dc.published("g"))
    }

    /// The year's total also adds up a breakdown, whose smaller cell shares only the total with
    /// a small quarter and would not protect it: the quarter's own table gives the complement.
    func testAComplementMustHelp() {
        var dc = DisclosureControl(rule: .dfe)
        for (q, n) in [2, 10, 8, 9].enumerated() { dc.cell("q\(q + 1)", n) }
        dc.cell("x", 6); dc.cell("y", 23)
        dc.cell("year", 29)
        dc.sum("year", ["q1", "q2", "q3", "q4"])
        dc.sum("year", ["x", "y"])
        XCTAssertEqual(dc.protect(), [])
        XCTAssertEqual(dc.complements, ["q3"], "not x, the smallest count sharing the year's total")
        XCTAssertNotNil(dc.published("x"))
    }

    /// Two partnerships and the all-partnerships table: a partnership's small cell is not
    /// all-partnerships minus the other, nor its total minus its other rows, and no total is
    /// withheld — a rectangle of four cells inside the tables does it.
    func testLinkedTablesAreClosedWithoutTheirTotals() {
        var dc = DisclosureControl(rule: .dfe)
        let p1 = ["x": 3, "y": 20], p2 = ["x": 12, "y": 20]
        for (p, t) in [("p1", p1), ("p2", p2)] {
            for r in ["x", "y"] { dc.cell("\(p)|\(r)", t[r]!) }
            dc.cell("\(p)|total", t.values.reduce(0, +))
            dc.standing("\(p)|total", .headline)
            dc.sum("\(p)|total", ["\(p)|x", "\(p)|y"])
        }
        for r in ["x", "y"] { dc.cell("all|\(r)", p1[r]! + p2[r]!); dc.sum("all|\(r)", ["p1|\(r)", "p2|\(r)"]) }
        dc.cell("all|total", 55)
        dc.standing("all|total", .grandTotal)
        dc.sum("all|total", ["all|x", "all|y"])
        dc.sum("all|total", ["p1|total", "p2|total"])
        XCTAssertEqual(dc.unsafeCells().map(\.cell), ["p1|x"])
        XCTAssertEqual(dc.protect(), [])
        XCTAssertEqual(Set(dc.complements), ["p1|y", "p2|x", "p2|y"])
        for k in ["p1|total", "p2|total", "all|x", "all|y", "all|total"] { XCTAssertNotNil(dc.published(k), k) }
        XCTAssertEqual(dc.audit().first { $0.cell == "p1|x" }?.interval, .init(lower: 1, upper: 14))
    }

    func testTrueZerosShownAndNeverUsedAsComplements() {
        var dc = DisclosureControl(rule: .dfe)
        dc.cell("a", 0); dc.cell("b", 4); dc.cell("c", 30); dc.cell("t", 34)
        dc.sum("t", ["a", "b", "c"])
        XCTAssertEqual(dc.published("a"), 0)
        XCTAssertEqual(dc.protect(), [])
        XCTAssertFalse(dc.isSuppressed("a"))
        XCTAssertEqual(dc.complements, ["c"])
    }

    func testRuleSets() {
        XCTAssertTrue(StatisticsSettings.DisclosureRule.dfe.isSuppressed(5))
        XCTAssertFalse(StatisticsSettings.DisclosureRule.dfe.isSuppressed(6))
        XCTAssertFalse(StatisticsSettings.DisclosureRule.dfe.isSuppressed(0))
        XCTAssertTrue(StatisticsSettings.DisclosureRule.nhs.isSuppressed(7))
        XCTAssertFalse(StatisticsSettings.DisclosureRule.nhs.isSuppressed(8))
        XCTAssertTrue(StatisticsSettings.DisclosureRule.ons.isSuppressed(0))
        XCTAssertTrue(StatisticsSettings.DisclosureRule.ons.isSuppressed(9))
        XCTAssertFalse(StatisticsSettings.DisclosureRule.ons.isSuppressed(10))

        var nhs = DisclosureControl(rule: .nhs)
        nhs.cell("a", 12); nhs.cell("b", 0); nhs.cell("c", 23); nhs.cell("t", 35)
        nhs.sum("t", ["a", "b", "c"])
        XCTAssertEqual(nhs.published("a"), 10)
        XCTAssertEqual(nhs.published("c"), 25)
        XCTAssertEqual(nhs.published("b"), 0)
        XCTAssertEqual(nhs.published("t"), 35)

        var ons = DisclosureControl(rule: .ons)
        ons.cell("a", 0); ons.cell("b", 40); ons.cell("t", 40)
        ons.sum("t", ["a", "b"])
        XCTAssertNil(ons.published("a"), "zeros are sensitive under ons")
        XCTAssertEqual(ons.protect(), [])
        XCTAssertTrue(ons.isSuppressed("b"))
    }

    /// Under rounding the audit still bounds cells through rounded totals and parts.
    func testRoundedCellsBoundTheSuppressedOne() {
        var dc = DisclosureControl(rule: .nhs)
        dc.cell("a", 3); dc.cell("b", 12); dc.cell("t", 15)
        dc.sum("t", ["a", "b"])
        // b shows 10 (8 to 12), t shows 15 (13 to 17): a is somewhere in 1 to 9, wide enough.
        XCTAssertEqual(dc.audit().first?.interval, .init(lower: 1, upper: 9))
        XCTAssertEqual(dc.unsafeCells(), [])
        // Unrounded, the same table pins it.
        var dfe = DisclosureControl(rule: .init(name: "custom", largestSuppressed: 7))
        dfe.cell("a", 3); dfe.cell("b", 12); dfe.cell("t", 15)
        dfe.sum("t", ["a", "b"])
        XCTAssertEqual(dfe.unsafeCells().first?.interval, .init(lower: 3, upper: 3))
    }

    /// The programme's bounds equal brute-force enumeration over small two-way tables with
    /// margins (margins may be suppressed too).
    func testAuditMatchesBruteForceOnRandomTables() {
        var rng = SplitMix(seed: 7)
        var compared = 0
        for trial in 0..<150 {
            let r = 2 + Int(rng.next() % 2), c = 2 + Int(rng.next() % 2)
            var values: [String: Int] = [:]
            for i in 0..<r { for j in 0..<c { values["\(i),\(j)"] = Int(rng.next() % 9) } }
            var sums: [(String, [String])] = []
            for i in 0..<r {
                let parts = (0..<c).map { "\(i),\($0)" }
                values["r\(i)"] = parts.map { values[$0]! }.reduce(0, +)
                sums.append(("r\(i)", parts))
            }
            for j in 0..<c {
                let parts = (0..<r).map { "\($0),\(j)" }
                values["c\(j)"] = parts.map { values[$0]! }.reduce(0, +)
                sums.append(("c\(j)", parts))
            }
            var dc = DisclosureControl(rule: .dfe)
            for (k, v) in values { dc.cell(k, v) }
            for (t, p) in sums { dc.sum(t, p) }
            let hidden = values.keys.sorted().filter { dc.isSuppressed($0) }
            guard !hidden.isEmpty, hidden.count <= 3 else { continue }
            compared += 1
            var lo = [Int](repeating: .max, count: hidden.count), hi = [Int](repeating: .min, count: hidden.count)
            var guess = values
            func consistent() -> Bool {
                for (t, p) in sums where p.map({ guess[$0]! }).reduce(0, +) != guess[t]! { return false }
                return true
            }
            func search(_ k: Int) {
                if k == hidden.count {
                    if consistent() { for i in 0..<k { lo[i] = min(lo[i], guess[hidden[i]]!); hi[i] = max(hi[i], guess[hidden[i]]!) } }
                    return
                }
                for v in 1...30 { guess[hidden[k]] = v; search(k + 1) }
            }
            search(0)
            let found = Dictionary(uniqueKeysWithValues: dc.audit().map { ($0.cell, $0.interval) })
            for (k, cell) in hidden.enumerated() {
                // 30 is beyond every margin, so reaching it means nothing bounds the cell.
                let expected = DisclosureControl.Interval(lower: lo[k], upper: hi[k] == 30 ? nil : hi[k])
                XCTAssertEqual(found[cell], expected, "trial \(trial) \(cell) \(values)")
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 30)
    }
}
