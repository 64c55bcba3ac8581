import WorkingDays

/// The few sentences at the head of each partnership's statistics ("9 escalations in 2015-16,
/// down from 17"). They are read from the published tables only, so a number suppressed there
/// cannot appear here.
enum StatisticsSummary {
    static func sentences(_ name: String, period: ReportingPeriod, tables: [StatisticsTable], trendYears: [FinancialYear],
                          partialYears: Set<FinancialYear> = [], coveredFrom: Day? = nil) -> [String] {
        var out: [String] = []
        func table(_ kind: String) -> StatisticsTable? { tables.first { $0.kind == kind } }
        func cell(_ t: StatisticsTable?, _ row: String, _ column: Int = 0) -> StatisticsTable.Cell? {
            t?.rows.first { $0.id == row }?.cells[column]
        }
        func escalations(_ n: Int) -> String { n == 1 ? "1 escalation" : "\(n) escalations" }

        let trend = table("trend")
        let thisYear = period.years.count == 1 ? period.years[0] : nil
        let current = thisYear.flatMap { cell(trend, $0.description) } ?? cell(table("quarter"), "total")
        // A year the log holds only part of is never compared with.
        let previous = thisYear.flatMap { y in partialYears.contains(y) || partialYears.contains(y.previous) ? nil : cell(trend, y.previous.description).map { (y.previous, $0) } }
        switch current {
        case .number(let v, _)?:
            var s = "\(escalations(Int(v))) raised in \(period.label)"
            if let y = thisYear, partialYears.contains(y), let from = coveredFrom {
                s += from > y.first ? " (the log begins in \(DayFormat.month(from)), so this is part of the year only)"
                                    : " (the log does not yet reach the end of the year)"
            }
            if let (y, p) = previous {
                switch p {
                case .number(let w, _):
                    s += w == v ? ", the same as in \(y)" : (w < v ? ", up from \(Int(w))" : ", down from \(Int(w))") + " in \(y)"
                case .symbol:
                    s += "; the number for \(y) is withheld"
                }
            }
            out.append(s + ".")
        case .symbol?:
            // Withheld may mean small, or kept back so that a small number elsewhere cannot be worked out.
            out.append("The number of escalations raised in \(period.label) is withheld, because it is small or would let a small number be worked out.")
        case nil:
            break
        }
        // The commonest stage of resolution, when its count and the total are both published;
        // one partnership's only: stage numbers of different procedures (and logs that begin at
        // different stages) mean different things.
        // With every case resolved, each at its highest stage, the stage-resolved table is left
        // out as a repeat of the highest-stage one, which then says the same.
        let allResolved = cell(table("outcome"), "open")?.number == 0
        if let resolved = table("resolved-stage") ?? (allResolved ? table("highest-stage") : nil), resolved.partnership != nil,
           case .number(let total, _)? = resolved.rows.first(where: \.isTotal)?.cells[0] {
            let stages = resolved.rows.filter { $0.id.hasPrefix("stage-") }
            if let top = stages.compactMap({ r in r.cells[0].number.map { (r, $0) } }).max(by: { $0.1 < $1.1 }), top.1 > 0 {
                let stage = top.0.label.split(separator: ":").first.map(String.init) ?? top.0.label
                let when = resolved.period == period.label ? "" : "Over \(resolved.period), "
                // A log that begins at a later stage (the partnership is told from there) says so,
                // or "resolved at stage 5" reads as five stages of disagreement for every case.
                let from = stages.first.flatMap { $0.id == "stage-1" ? nil : $0.label.split(separator: ":").first.map { String($0).lowercased() } }
                let held = from.map { " (the log records escalations from \($0))" } ?? ""
                out.append("\(when)\(Int(top.1)) of \(Int(total)) \(when.isEmpty ? "were" : "escalations were") resolved at \(stage.lowercased())\(held).")
            }
        }
        if let open = table("open"), case .number(let n, _)? = open.rows.first(where: \.isTotal)?.cells[0] {
            out.append(n == 0 ? "None was still open at the end of \(DayFormat.month(period.last))."
                              : "\(escalations(Int(n))) \(n == 1 ? "was" : "were") still open at the end of \(DayFormat.month(period.last)).")
        }
        if let c = table("compliance") {
            for r in c.rows.reversed() {
                guard case .number(let within, _) = r.cells[1], case .number(let late, _) = r.cells[2], within + late > 0 else { continue }
                let stage = r.label.split(separator: ":").first.map(String.init) ?? r.label
                out.append("At \(stage.lowercased()), \(Int(within)) of \(Int(within + late)) escalations that finished the stage did so within its timescale.")
                break
            }
        }
        if out.isEmpty { out.append("Too few escalations to publish any figure for \(name) in \(period.label).") }
        return out
    }
}
