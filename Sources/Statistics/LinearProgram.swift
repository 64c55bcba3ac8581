/// A small dense simplex (two phases, Bland's rule), for the disclosure audit: the smallest and
/// largest value of a suppressed cell consistent with everything published. No package on the
/// list solves linear programmes; the audit's programmes have tens of variables, so a dense
/// tableau is plenty.
struct LinearProgram {
    /// Σ coefficients · x = rhs.
    struct Equation {
        var terms: [(variable: Int, coefficient: Double)]
        var rhs: Double
    }

    enum Outcome: Equatable {
        case optimum(Double)
        case unbounded
        case infeasible
    }

    var variables: Int
    var equations: [Equation]
    var lower: [Double]
    /// Nil entries are unbounded above.
    var upper: [Double?]

    private static let eps = 1e-9

    /// A feasible tableau after phase 1, reused for every objective.
    struct Prepared {
        var rows: [[Double]]
        var basis: [Int]
        /// Columns that are artificial (never allowed back into the basis).
        var blocked: Int
        var width: Int
    }

    /// Phase 1: nil when no point satisfies the equations and bounds.
    func prepare() -> Prepared? {
        // x = lower + y, y ≥ 0; upper bounds become y + s = upper − lower.
        var rows: [[Double]] = []
        var rhs: [Double] = []
        let bounded = (0..<variables).filter { upper[$0] != nil }
        let n = variables + bounded.count
        for e in equations {
            var row = [Double](repeating: 0, count: n)
            var b = e.rhs
            for (v, c) in e.terms {
                row[v] += c
                b -= c * lower[v]
            }
            rows.append(row)
            rhs.append(b)
        }
        for (i, v) in bounded.enumerated() {
            var row = [Double](repeating: 0, count: n)
            row[v] = 1
            row[variables + i] = 1
            rows.append(row)
            rhs.append(upper[v]! - lower[v])
        }
        let m = rows.count
        let width = n + m + 1
        var t: [[Double]] = []
        for i in 0..<m {
            let sign: Double = rhs[i] < 0 ? -1 : 1
            var row = rows[i].map { $0 * sign }
            row += [Double](repeating: 0, count: m)
            row[n + i] = 1
            row.append(rhs[i] * sign)
            t.append(row)
        }
        var basis = (0..<m).map { n + $0 }
        var cost = [Double](repeating: 0, count: width)
        for j in n..<(n + m) { cost[j] = 1 }
        var z = Self.reduced(cost, rows: t, basis: basis)
        guard Self.iterate(&t, &basis, &z, allowed: width - 1) != .unbounded else { return nil }
        if -z[width - 1] > 1e-7 { return nil }
        // Artificials left in the basis at zero: pivot them out, or drop their (redundant) rows.
        var i = 0
        while i < t.count {
            if basis[i] >= n {
                if let j = (0..<n).first(where: { abs(t[i][$0]) > Self.eps }) {
                    Self.pivot(&t, &basis, &z, row: i, column: j)
                } else {
                    t.remove(at: i)
                    basis.remove(at: i)
                    continue
                }
            }
            i += 1
        }
        return Prepared(rows: t, basis: basis, blocked: n, width: width)
    }

    /// Minimises `objective · x` (a dense coefficient list over the original variables).
    func minimise(_ objective: [Double], from prepared: Prepared) -> Outcome {
        var t = prepared.rows
        var basis = prepared.basis
        var cost = [Double](repeating: 0, count: prepared.width)
        var constant = 0.0
        for v in 0..<variables {
            cost[v] = objective[v]
            constant += objective[v] * lower[v]
        }
        var z = Self.reduced(cost, rows: t, basis: basis)
        if Self.iterate(&t, &basis, &z, allowed: prepared.blocked) == .unbounded { return .unbounded }
        return .optimum(constant - z[prepared.width - 1])
    }

    private enum Step { case optimal, unbounded }

    private static func reduced(_ cost: [Double], rows: [[Double]], basis: [Int]) -> [Double] {
        var z = cost
        for (i, b) in basis.enumerated() where cost[b] != 0 {
            let c = cost[b]
            for j in 0..<z.count { z[j] -= c * rows[i][j] }
        }
        return z
    }

    private static func iterate(_ t: inout [[Double]], _ basis: inout [Int], _ z: inout [Double], allowed: Int) -> Step {
        let rhs = z.count - 1
        while true {
            guard let enter = (0..<allowed).first(where: { z[$0] < -eps }) else { return .optimal }
            var leave: Int?
            var best = Double.infinity
            for i in 0..<t.count where t[i][enter] > eps {
                let ratio = t[i][rhs] / t[i][enter]
                if ratio < best - eps || (abs(ratio - best) <= eps && basis[i] < basis[leave!]) {
                    best = ratio
                    leave = i
                }
            }
            guard let leave else { return .unbounded }
            pivot(&t, &basis, &z, row: leave, column: enter)
        }
    }

    private static func pivot(_ t: inout [[Double]], _ basis: inout [Int], _ z: inout [Double], row: Int, column: Int) {
        let p = t[row][column]
        var pivotRow = t[row]
        // The tables' equations touch few cells each, so the pivot row is mostly zeros: only its
        // other entries change the other rows, which makes a pivot cost their count, not the width.
        var nonzero: [Int] = []
        pivotRow.withUnsafeMutableBufferPointer { b in
            for j in b.indices where b[j] != 0 {
                b[j] /= p
                nonzero.append(j)
            }
        }
        t[row] = pivotRow
        pivotRow.withUnsafeBufferPointer { pr in
            for i in t.indices where i != row {
                let f = t[i][column]
                if f == 0 { continue }
                t[i].withUnsafeMutableBufferPointer { b in
                    for j in nonzero { b[j] -= f * pr[j] }
                }
            }
            let f = z[column]
            if f != 0 {
                z.withUnsafeMutableBufferPointer { b in
                    for j in nonzero { b[j] -= f * pr[j] }
                }
            }
        }
        basis[row] = column
    }
}
