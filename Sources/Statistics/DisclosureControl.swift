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
        /// In no table (a partnership's quarters when most would be `[c]`), but tied by sums to
        /// published cells, so it must not be recoverable either. A reader knows only that it
        /// is at least 0.
        case withheld
        /// In no table and not small (a partnership's count that only an all-partnerships row
        /// holds): unknown to a reader, so it widens what sums give away, but it needs no
        /// protection of its own.
        case unpublished
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

    /// Not published (`[c]`, or in no table): protected by the audit.
    public func isSuppressed(_ key: String) -> Bool { states[key].map { $0 != .shown && $0 != .unpublished } ?? false }

    /// Adds a cell that no table shows, for the sums it is part of.
    public mutating func withheldCell(_ key: String, _ value: Int) {
        cell(key, value)
        states[key] = .withheld
    }

    /// Adds a cell that no table shows and that is protected only if it is small itself.
    public mutating func unpublishedCell(_ key: String, _ value: Int) {
        cell(key, value)
        if states[key] == .shown { states[key] = .unpublished }
    }

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
        case .withheld, .unpublished:
            return (0, nil)
        }
    }

    func isExact(_ key: String) -> Bool {
        let b = knownBounds(key)
        return b.upper == b.lower
    }

    // MARK: secondary suppression

    /// How much a reader loses when a cell is withheld, the first part of a complement's cost.
    public enum Standing: Int, Sendable, Comparable {
        /// A cell inside a table (a row of a breakdown, a quarter).
        case inner
        /// A margin: the total of some sum.
        case margin
        /// A headline count readers come for: a partnership's escalations in a year.
        case headline
        /// The grand total: all partnerships' escalations in a year.
        case grandTotal

        public static func < (a: Standing, b: Standing) -> Bool { a.rawValue < b.rawValue }
    }

    private var declaredStanding: [String: Standing] = [:]

    /// Marks a cell as one to keep if at all possible (a headline or grand total).
    public mutating func standing(_ key: String, _ standing: Standing) {
        declaredStanding[key] = max(declaredStanding[key] ?? .inner, standing)
    }

    /// Smallest-cost complementary cells, judged by the audit. While the audit finds a
    /// suppressed cell pinned or narrowed below the rule's threshold, the published cells
    /// linked to it by sums are tried in order of cost — standing (inside a table, then a
    /// margin, then a headline, then the grand total), then distance (the cell's own row or
    /// column before a table further along the chain), then value, then key — and the first
    /// whose suppression makes the cell safe is suppressed; if none does alone, the cheapest
    /// that widens its range; if none widens it (a cell held by a row and a column at once
    /// needs a rectangle of complements), the cheapest of the nearest, and the audit runs
    /// again. So a cell that helps is always preferred to one that does not, and a headline
    /// only goes when nothing cheaper helps. Zeros are never chosen
    /// while zeros are shown, so a `[c]` always means at least 1. Each round adds a cell, so
    /// the loop ends; it returns the cells it could not protect (none, unless a table is made
    /// of zeros and one small count).
    public mutating func protect() -> [AuditFinding] {
        var cache: [[String]: [AuditFinding]] = [:]
        let totals = Set(sums.map(\.total))
        var sumsOf: [String: [Int]] = [:]
        for (i, s) in sums.enumerated() { for k in [s.total] + s.parts { sumsOf[k, default: []].append(i) } }
        func standing(_ k: String) -> Standing { max(declaredStanding[k] ?? .inner, totals.contains(k) ? .margin : .inner) }
        /// Published cells reachable from `cell` through sums and suppressed cells, cheapest first.
        func candidates(for cell: String) -> [(key: String, level: Int)] {
            var found: [(Standing, Int, Int, String)] = []
            var seen: Set<String> = [cell]
            var frontier = [cell]
            var level = 0
            while !frontier.isEmpty {
                var next: [String] = []
                for k in frontier {
                    for i in sumsOf[k] ?? [] {
                        for c in [sums[i].total] + sums[i].parts where seen.insert(c).inserted {
                            if states[c] == .shown {
                                if rule.zerosSensitive || values[c]! > 0 { found.append((standing(c), level, values[c]!, c)) }
                            } else {
                                next.append(c)
                            }
                        }
                    }
                }
                frontier = next
                level += 1
            }
            return found.sorted { ($0.0, $0.1, $0.2, $0.3) < ($1.0, $1.1, $1.2, $1.3) }.map { ($0.3, $0.1) }
        }
        func width(_ i: Interval) -> Int { i.width ?? .max }
        while true {
            let failures = audit(cache: &cache).filter { !$0.isSafe(required: rule.largestSuppressed) }
            guard !failures.isEmpty else { return [] }
            var pick: String?
            for f in failures {
                var widening: String?
                let list = candidates(for: f.cell)
                // The cheapest few are tried for one that makes the cell safe; beyond them,
                // only for one that widens it, the first found.
                for (n, (c, _)) in list.prefix(Self.candidatesWidening).enumerated() where n < Self.candidatesTried || widening == nil {
                    states[c] = .secondary
                    let after = bounds(of: f.cell)
                    states[c] = .shown
                    if n < Self.candidatesTried, AuditFinding(cell: f.cell, interval: after).isSafe(required: rule.largestSuppressed) {
                        pick = c
                        break
                    }
                    if widening == nil, width(after) > width(f.interval) || after.lower < f.interval.lower { widening = c }
                }
                // No one cell is enough when the cell is held by two sums at once (a row and a
                // column): the cheapest cell nearest to it starts the rectangle, and the next
                // rounds close it.
                let nearest = list.map(\.level).min()
                pick = pick ?? widening ?? list.first { $0.level == nearest }?.key
                if pick != nil { break }
            }
            guard let pick else { return failures }
            states[pick] = .secondary
            complements.append(pick)
        }
    }

    /// Bounds the time a round takes: candidates beyond these are dearer than any tried.
    static let candidatesTried = 6
    static let candidatesWidening = 40

    /// One suppressed cell's range, solving only the programme it belongs to.
    func bounds(of cell: String) -> Interval {
        guard let component = components(containing: cell).first,
              let found = auditComponent(component, only: cell).first else { return Interval(lower: values[cell] ?? 0, upper: values[cell]) }
        return found.interval
    }

    // MARK: audit

    public struct AuditFinding: Sendable, Hashable {
        public var cell: String
        public var interval: Interval

        /// Safe when the cell could take at least `required` values: no narrower than what a
        /// `[c]` says on its own (1 to 5 under `dfe`).
        func isSafe(required: Int) -> Bool {
            guard let w = interval.width else { return true }
            return w + 1 >= required
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
    private func components(containing only: String? = nil) -> [[String]] {
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
        if let only {
            guard parent[only] != nil else { return [] }
            return [groups[find(only)]!.sorted()]
        }
        return groups.values.map { $0.sorted() }
            .filter { $0.contains { isSuppressed($0) } }
            .sorted { $0[0] < $1[0] }
    }

    private func auditComponent(_ cells: [String], only: String? = nil) -> [AuditFinding] {
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
            return cells.filter { isSuppressed($0) && (only == nil || only == $0) }.map { AuditFinding(cell: $0, interval: Interval(lower: values[$0]!, upper: values[$0]!)) }
        }
        var out: [AuditFinding] = []
        for (i, k) in cells.enumerated() where isSuppressed(k) && (only == nil || only == k) {
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
