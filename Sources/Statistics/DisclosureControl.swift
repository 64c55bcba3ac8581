import Model

/// Every count the publication shows, with the sums that tie them together, and which of them
/// are suppressed. Cells are identified by a key naming partnership, period, table and row, so
/// a count that appears in two tables (a year's total in its quarters table and in the trend)
/// is one cell with one state.
public struct DisclosureControl: Sendable {
    public enum State: String, Sendable, Hashable {
        case shown
        /// Below the rule's threshold.
        case primary
        /// Suppressed so that a primary cell cannot be worked out from the others.
        case secondary
    }

    /// `total = Σ parts`: a row of a table and its total, a year and its quarters, the
    /// all-partnerships cell and its partnerships.
    public struct Sum: Sendable, Hashable {
        public var total: String
        public var parts: [String]

        public init(total: String, parts: [String]) {
            self.total = total
            self.parts = parts
        }
    }

    /// What an attacker can narrow a suppressed cell to.
    public struct Interval: Sendable, Hashable {
        public var lower: Int
        /// Nil when nothing published bounds it above.
        public var upper: Int?

        public var width: Int? { upper.map { $0 - lower } }
    }

    public let rule: StatisticsSettings.DisclosureRule
    public private(set) var values: [String: Int] = [:]
    public private(set) var states: [String: State] = [:]
    public private(set) var sums: [Sum] = []
    /// Cells made secondary, in the order chosen, for the methods note and the tests.
    public private(set) var complements: [String] = []

    public init(rule: StatisticsSettings.DisclosureRule) {
        self.rule = rule
    }

    /// Adds a cell (once; a second call with the same key must carry the same value).
    public mutating func cell(_ key: String, _ value: Int) {
        if let old = values[key] {
            precondition(old == value, "cell \(key) given two values")
            return
        }
        values[key] = value
        states[key] = rule.isSuppressed(value) ? .primary : .shown
    }

    /// Adds a sum the published figures obey, when the true counts obey it (a relation that
    /// does not hold tells an attacker nothing). Every cell in it must have been added.
    public mutating func sum(_ total: String, _ parts: [String]) {
        guard !parts.isEmpty, let t = values[total], parts.allSatisfy({ values[$0] != nil }),
              parts.reduce(0, { $0 + values[$1]! }) == t else { return }
        sums.append(Sum(total: total, parts: parts))
    }

    public func isSuppressed(_ key: String) -> Bool { states[key].map { $0 != .shown } ?? false }

    /// The count as published: its value (rounded under a rounding rule), or nil when suppressed.
    public func published(_ key: String) -> Int? {
        guard let v = values[key], states[key] == .shown else { return nil }
        return rounded(v)
    }

    func rounded(_ v: Int) -> Int {
        let k = rule.roundTo
        guard k > 1 else { return v }
        return ((v + k / 2) / k) * k
    }

    /// What a reader of the publication knows of a cell, before any sum is used.
    func knownBounds(_ key: String) -> (lower: Int, upper: Int?) {
        guard let v = values[key] else { return (0, nil) }
        switch states[key]! {
        case .shown:
            if rule.roundTo <= 1 || v == 0 { return (v, v) }
            let r = rounded(v)
            let half = rule.roundTo / 2
            return (max(r - half, rule.largestSuppressed + 1), r + (rule.roundTo - 1 - half))
        case .primary, .secondary:
            return (rule.smallestSuppressed, nil)
        }
    }

    func isExact(_ key: String) -> Bool {
        let b = knownBounds(key)
        return b.upper == b.lower
    }

    // MARK: secondary suppression

    /// Smallest-cost complementary cells: while the audit finds a suppressed cell pinned or
    /// narrowed below the rule's threshold, suppress the cheapest published cell that shares
    /// a sum with it (a cell inside a table before a total, then the smallest count, then the
    /// key, so the choice is deterministic). When every cell of its sums is suppressed already,
    /// the search goes on through those cells' own sums, nearest first: the leak comes from
    /// further along the chain. Zeros are never chosen while zeros are shown, so a `[c]`
    /// always means at least 1. Each round adds a cell, so the loop ends; it returns the cells
    /// it could not protect (none, unless a table is made of zeros and one small count).
    public mutating func protect() -> [AuditFinding] {
        var cache: [[String]: [AuditFinding]] = [:]
        let totals = Set(sums.map(\.total))
        var sumsOf: [String: [Int]] = [:]
        for (i, s) in sums.enumerated() { for k in [s.total] + s.parts { sumsOf[k, default: []].append(i) } }
        func complement(for cell: String) -> String? {
            let values = self.values, states = self.states, sums = self.sums, rule = self.rule
            func cost(_ k: String) -> (Int, Int, String) { (totals.contains(k) ? 1 : 0, values[k]!, k) }
            var seen: Set<String> = [cell]
            var frontier = [cell]
            while !frontier.isEmpty {
                var next: [String] = []
                var candidates: [String] = []
                for k in frontier {
                    for i in sumsOf[k] ?? [] {
                        for c in [sums[i].total] + sums[i].parts where seen.insert(c).inserted {
                            if states[c] == .shown {
                                if rule.zerosSensitive || values[c]! > 0 { candidates.append(c) }
                            } else {
                                next.append(c)
                            }
                        }
                    }
                }
                if let pick = candidates.min(by: { cost($0) < cost($1) }) { return pick }
                frontier = next
            }
            return nil
        }
        while true {
            let failures = audit(cache: &cache).filter { !$0.isSafe(required: rule.largestSuppressed) }
            guard !failures.isEmpty else { return [] }
            var pick: String?
            for f in failures { if let c = complement(for: f.cell) { pick = c; break } }
            guard let pick else { return failures }
            states[pick] = .secondary
            complements.append(pick)
        }
    }

    // MARK: audit

    public struct AuditFinding: Sendable, Hashable {
        public var cell: String
        public var interval: Interval

        func isSafe(required: Int) -> Bool {
            guard let w = interval.width else { return true }
            return w >= required
        }
    }

    /// For every suppressed cell, the smallest and largest value consistent with every
    /// published count and every sum, by linear programming over the cells the sums connect.
    public func audit() -> [AuditFinding] {
        var cache: [[String]: [AuditFinding]] = [:]
        return audit(cache: &cache)
    }

    /// The cells that failed: pinned, or narrower than the rule's largest suppressed count.
    public func unsafeCells() -> [AuditFinding] {
        audit().filter { !$0.isSafe(required: rule.largestSuppressed) }
    }

    private func audit(cache: inout [[String]: [AuditFinding]]) -> [AuditFinding] {
        var out: [AuditFinding] = []
        for component in components() {
            // A cell's state is part of the key: the same cells with one of them now
            // suppressed rather than rounded are a different programme.
            var key: [String] = []
            for cell in component { key.append("\(cell)=\(states[cell]!.rawValue)") }
            if let hit = cache[key] { out += hit; continue }
            let found = auditComponent(component)
            cache[key] = found
            out += found
        }
        return out.sorted { $0.cell < $1.cell }
    }

    /// Groups of inexact cells (suppressed or rounded) linked through sums; each is one
    /// programme. Exact cells are constants, so they cut the graph.
    private func components() -> [[String]] {
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var r = x
            while let p = parent[r], p != r { r = p }
            var y = x
            while let p = parent[y], p != r { parent[y] = r; y = p }
            return r
        }
        let inexact = values.keys.filter { !isExact($0) }
        for k in inexact { parent[k] = k }
        for s in sums {
            let cells = ([s.total] + s.parts).filter { parent[$0] != nil }
            guard let head = cells.first else { continue }
            for c in cells.dropFirst() {
                let a = find(head), b = find(c)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var groups: [String: [String]] = [:]
        for k in inexact { groups[find(k), default: []].append(k) }
        return groups.values.map { $0.sorted() }
            .filter { $0.contains { isSuppressed($0) } }
            .sorted { $0[0] < $1[0] }
    }

    private func auditComponent(_ cells: [String]) -> [AuditFinding] {
        let index = Dictionary(uniqueKeysWithValues: cells.enumerated().map { ($1, $0) })
        var equations: [LinearProgram.Equation] = []
        for s in sums {
            let all = [(s.total, -1.0)] + s.parts.map { ($0, 1.0) }
            guard all.contains(where: { index[$0.0] != nil }) else { continue }
            var terms: [(Int, Double)] = []
            var rhs = 0.0
            for (k, c) in all {
                if let i = index[k] { terms.append((i, c)) } else { rhs -= c * Double(knownBounds(k).lower) }
            }
            equations.append(.init(terms: terms, rhs: rhs))
        }
        let bounds = cells.map(knownBounds)
        let lp = LinearProgram(variables: cells.count, equations: equations,
                               lower: bounds.map { Double($0.lower) }, upper: bounds.map { $0.upper.map(Double.init) })
        guard let prepared = lp.prepare() else {
            // Cannot happen with true counts behind every cell; reported as pinned so it is looked at.
            return cells.filter { isSuppressed($0) }.map { AuditFinding(cell: $0, interval: Interval(lower: values[$0]!, upper: values[$0]!)) }
        }
        var out: [AuditFinding] = []
        for (i, k) in cells.enumerated() where isSuppressed(k) {
            var c = [Double](repeating: 0, count: cells.count)
            c[i] = 1
            let lo: Int
            if case .optimum(let v) = lp.minimise(c, from: prepared) { lo = Int((v - 1e-6).rounded(.up)) } else { lo = bounds[i].lower }
            c[i] = -1
            var hi: Int?
            if case .optimum(let v) = lp.minimise(c, from: prepared) { hi = Int((-v + 1e-6).rounded(.down)) }
            out.append(AuditFinding(cell: k, interval: Interval(lower: lo, upper: hi)))
        }
        return out
    }
}
