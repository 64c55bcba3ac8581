import TextTools
import Model
import WorkingDays

/// Turns the tallies into the publication: chooses the period, the groupings and pooling a
/// table needs, adds every count to one `DisclosureControl` with the sums that link the tables
/// (rows and totals, quarters and year, years and pooled period, partnerships and all
/// partnerships, stages reached and highest stage), protects it, and only then writes the
/// cells out as text.
public struct StatisticsBuilder: Sendable {
    public var procedures: [Procedure]
    public var vocabularies: CaseVocabularies
    public var settings: StatisticsSettings
    /// Rows the case-log reader left out (`--exclude-invalid-rows`), by reason.
    public var excluded: [String: Int]
    /// True when the log declares itself synthetic.
    public var synthetic: Bool

    public init(procedures: [Procedure], vocabularies: CaseVocabularies, settings: StatisticsSettings = StatisticsSettings(),
                excluded: [String: Int] = [:], synthetic: Bool = false) {
        self.procedures = procedures
        self.vocabularies = vocabularies
        self.settings = settings
        self.excluded = excluded
        self.synthetic = synthetic
    }

    /// The period the settings ask for, given what the log holds; nil for an empty log.
    public func period(for tallies: StatisticsAggregator) -> ReportingPeriod? {
        switch settings.period {
        case .latestCompleteYear: return tallies.latestCompleteYear.map(ReportingPeriod.init(year:))
        case .financialYear(let y): return ReportingPeriod(year: FinancialYear(startYear: y))
        case .custom(let from, let to, let label):
            guard let a = Day(from), let b = Day(to) else { return nil }
            return ReportingPeriod(first: a, last: b, label: label)
        }
    }

    /// The custom period to count while streaming, when the settings name one.
    public var customPeriod: ReportingPeriod? {
        guard case .custom(let from, let to, let label) = settings.period, let a = Day(from), let b = Day(to) else { return nil }
        return ReportingPeriod(first: a, last: b, label: label)
    }

    // MARK: - drafts

    enum DraftCell {
        case count(String)
        /// Published only when both counts are.
        case percent(String, of: [String])
        case statistic(Double?, groupSize: Int)
        case symbol(StatisticsTable.Symbol)
    }

    struct DraftRow {
        var id: String
        var label: String
        var cells: [DraftCell]
        var isTotal = false
    }

    struct DraftTable {
        var id: String
        var partnership: String?
        var partnershipName: String
        var kind: String
        var title: String
        var period: String
        var dimension: String
        var columns: [StatisticsTable.Column]
        var rows: [DraftRow]
        var notes: [String] = []
        var chart: StatisticsTable.Chart = .bars
    }

    struct Member {
        var id: String
        var name: String
        var procedure: Procedure?
    }

    /// A one-way breakdown, at the fine level or under its groups.
    struct Breakdown {
        var kind: String
        var title: String
        var dimension: String
        /// Row ids and labels in the order shown, per partnership (nil: all partnerships).
        var rows: (Member?, _ grouped: Bool) -> [(id: String, label: String)]
        var counts: (Tally, _ grouped: Bool) -> [String: Int]
        var hasGroups: Bool
        /// Rows are stages of the partnership's procedure.
        var isStaged: Bool { kind == "highest-stage" || kind == "resolved-stage" }
    }

    /// What was decided for a breakdown, for the tables' notes and the methods note.
    struct Choice {
        var grouped = false
        var period: ReportingPeriod
        var reason: String?
    }

    // MARK: - build

    public func publication(_ tallies: StatisticsAggregator) -> StatisticsPublication? {
        // A partnership with no escalation in the log is not in it (its log is kept elsewhere,
        // or not yet given): publishing "0 escalations" for it would be false.
        let inLog = Set(tallies.tallies.keys.map(\.partnership)).union(tallies.customTallies.keys)
        var covered = self
        covered.procedures = procedures.compactMap { p in
            var p = p
            p.partnerships = p.partnerships.filter { inLog.contains($0.id) }
            return p.partnerships.isEmpty ? nil : p
        }
        var seen: Set<String> = []
        let absent = procedures.flatMap(\.partnerships).filter { !inLog.contains($0.id) && seen.insert($0.id).inserted }.map(\.name)
        guard !covered.procedures.isEmpty else { return nil }
        return covered.publication(tallies, absent: absent)
    }

    func publication(_ tallies: StatisticsAggregator, absent: [String]) -> StatisticsPublication? {
        guard let period = period(for: tallies) else { return nil }
        let rule = settings.rule
        var dc = DisclosureControl(rule: rule)
        var members: [Member] = []
        for p in procedures {
            for m in p.partnerships where !members.contains(where: { $0.id == m.id }) {
                members.append(Member(id: m.id, name: m.name, procedure: p))
            }
        }
        let all = Member(id: "all", name: "All partnerships", procedure: nil)
        let everyone = members + [all]
        let pk = period.key
        func tally(_ m: Member, _ period: ReportingPeriod) -> Tally {
            if m.id == "all" {
                var t = Tally()
                for x in members { t.merge(tallies.tally(x.id, period)) }
                return t
            }
            return tallies.tally(m.id, period)
        }
        func raisedKey(_ m: Member, _ period: ReportingPeriod) -> String { "\(m.id)|\(period.key)|raised" }
        /// Escalations raised are what readers come for: withheld only when nothing cheaper protects a cell.
        func raised(_ m: Member, _ period: ReportingPeriod, _ value: Int) {
            let key = raisedKey(m, period)
            dc.cell(key, value)
            dc.standing(key, m.id == "all" ? .grandTotal : .headline)
        }

        var drafts: [String: [DraftTable]] = [:]
        func add(_ t: DraftTable) { drafts[t.partnership ?? "all", default: []].append(t) }

        // Trend: every financial year from the first in the log to the period's.
        let lastYear = period.years.last ?? FinancialYear(containing: period.last)
        let trendYears = tallies.years.isEmpty ? [lastYear] : Array((tallies.years.first!.startYear...max(lastYear.startYear, tallies.years.first!.startYear)).map(FinancialYear.init(startYear:)))
        // Years the log holds only part of: counted, but labelled, and never compared with.
        let partialYears = Set(trendYears.filter { !tallies.covers($0.first...$0.last) })
        for y in trendYears {
            let yp = ReportingPeriod(year: y)
            for m in everyone { raised(m, yp, tally(m, yp).raised) }
            dc.sum(raisedKey(all, yp), members.map { raisedKey($0, yp) })
        }
        // The period's own totals (a custom period, or a year outside the trend).
        for m in everyone { raised(m, period, tally(m, period).raised) }
        dc.sum(raisedKey(all, period), members.map { raisedKey($0, period) })

        // MARK: breakdowns
        let breakdowns = makeBreakdowns(tallies)
        var choices: [String: Choice] = [:]
        var poolings: Set<ReportingPeriod> = []
        var resolvedStageLeftOut: MethodsNote.LeftOut?
        for b in breakdowns {
            let choice = choose(b, period: period, members: members, tallies: tallies, tally: tally)
            let cp = choice.period
            // A resolved case is resolved at its highest stage, so beside the highest stage
            // reached the stage resolved at shows only how many are still open at each stage.
            // With none open it repeats the other table; where any count open at a stage is
            // small, protecting it would cost most of both tables. Either way it is left out.
            if b.kind == "resolved-stage", choices["highest-stage"]?.period == cp {
                let open = everyone.flatMap { tally($0, cp).unresolvedByHighestStage.values }
                if open.allSatisfy({ $0 == 0 }) {
                    resolvedStageLeftOut = .init(period: cp.label, because: .allResolved)
                    continue
                }
                if open.contains(where: { rule.isSuppressed($0) }) {
                    resolvedStageLeftOut = .init(period: cp.label, because: .fewOpenAtAStage)
                    continue
                }
            }
            choices[b.kind] = choice
            if choice.period != period { poolings.insert(choice.period) }
            // The unresolved count is one cell however many tables show it (stage resolved at,
            // outcome), so the audit knows the tables agree.
            func key(_ m: Member, _ row: String) -> String { row == "open" ? "\(m.id)|\(cp.key)|unresolved" : "\(m.id)|\(cp.key)|\(b.kind)|\(row)" }
            // Rows a partnership has no table for but the all-partnerships table counts it in
            // (a procedure without stages, under "no stage"): cells in no table, so the audit
            // sees what the all-partnerships row gives away.
            var unshown: [String: [String]] = [:]
            let allRows = b.rows(nil, choice.grouped)
            for m in everyone {
                let rows = b.rows(m.id == "all" ? nil : m, choice.grouped)
                let t = tally(m, cp)
                let counts = b.counts(t, choice.grouped)
                guard !rows.isEmpty else {
                    guard m.id != "all", !counts.isEmpty, !allRows.isEmpty else { continue }
                    raised(m, cp, t.raised)
                    let ids = counts.keys.sorted()
                    for id in ids {
                        dc.unpublishedCell(key(m, id), counts[id]!)
                        unshown[id, default: []].append(key(m, id))
                    }
                    dc.sum(raisedKey(m, cp), ids.map { key(m, $0) })
                    continue
                }
                raised(m, cp, t.raised)
                var drows: [DraftRow] = []
                for r in rows {
                    dc.cell(key(m, r.id), counts[r.id] ?? 0)
                    drows.append(DraftRow(id: r.id, label: r.label, cells: [.count(key(m, r.id))]))
                }
                dc.sum(raisedKey(m, cp), drows.map { key(m, $0.id) })
                drows.append(DraftRow(id: "total", label: "Total", cells: [.count(raisedKey(m, cp))], isTotal: true))
                var notes: [String] = []
                if let reason = choice.reason { notes.append(reason) }
                if b.kind == "outcome" || b.kind == "resolved-stage", let latest = tallies.latestDay {
                    notes.append("“Not yet resolved” is as the log stood in \(DayFormat.month(latest)), its latest date; the table of escalations still open counts those open at the end of \(DayFormat.month(period.last)).")
                }
                if m.id == "all" && b.kind == "category" {
                    let names = procedures.filter { uncategorisedProcedures.contains($0.id) }.flatMap { $0.partnerships.map(\.name) }
                    if !names.isEmpty {
                        notes.append("\(names.joinedAsProse) \(names.count == 1 ? "follows a procedure" : "follow a procedure") that lists no categories of disagreement, so \(names.count == 1 ? "its" : "their") escalations are counted under “Other”.")
                    }
                }
                if m.id == "all" && b.isStaged {
                    notes.append("Each stage number is that of the partnership's own procedure, and some logs begin at a later stage: stages of different procedures are not alike, so compare partnerships on their own pages.")
                }
                add(DraftTable(id: "\(m.id)/\(b.kind)", partnership: m.id == "all" ? nil : m.id, partnershipName: m.name, kind: b.kind,
                               title: b.title, period: cp.label, dimension: b.dimension,
                               columns: [.init(id: "escalations", header: "Escalations", isCount: true)], rows: drows, notes: notes))
            }
            for r in allRows {
                let parts = members.filter { m in b.rows(m, choice.grouped).contains { $0.id == r.id } }.map { key($0, r.id) }
                dc.sum(key(all, r.id), parts + (unshown[r.id] ?? []))
            }
        }
        for pooled in poolings {
            for m in everyone {
                raised(m, pooled, tally(m, pooled).raised)
                dc.sum(raisedKey(m, pooled), pooled.years.map { raisedKey(m, ReportingPeriod(year: $0)) })
            }
            dc.sum(raisedKey(all, pooled), members.map { raisedKey($0, pooled) })
        }

        // MARK: the cases still open at each stage
        // A resolved case is resolved at its highest stage, so the two stage tables differ at a
        // stage by the cases still open there: counts no table shows, but a reader can subtract.
        // Each is a cell of its own, in no table, so the audit protects the small ones.
        if let hc = choices["highest-stage"], let rc = choices["resolved-stage"], hc.period == rc.period {
            let cp = hc.period
            func row(_ h: Int) -> String { h == 0 ? "not-recorded" : "stage-\(h)" }
            func openKey(_ m: Member, _ h: Int) -> String { "\(m.id)|\(cp.key)|open-at|\(row(h))" }
            let stageNumbers = [0] + Array(Set(procedures.flatMap { $0.stages.map(\.number) })).sorted()
            var stagesOf: [String: [Int]] = [:]
            for m in everyone {
                let highestKey = { (h: Int) in "\(m.id)|\(cp.key)|highest-stage|\(row(h))" }
                let resolvedKey = { (h: Int) in "\(m.id)|\(cp.key)|resolved-stage|\(row(h))" }
                let stages = stageNumbers.filter { dc.values[highestKey($0)] != nil && dc.values[resolvedKey($0)] != nil }
                guard !stages.isEmpty else { continue }
                let t = tally(m, cp)
                for h in stages {
                    dc.unpublishedCell(openKey(m, h), t.unresolvedByHighestStage[h] ?? 0)
                    dc.sum(highestKey(h), [resolvedKey(h), openKey(m, h)])
                }
                dc.sum("\(m.id)|\(cp.key)|unresolved", stages.map { openKey(m, $0) })
                stagesOf[m.id] = stages
            }
            for h in stagesOf["all"] ?? [] {
                dc.sum(openKey(all, h), members.filter { stagesOf[$0.id]?.contains(h) == true }.map { openKey($0, h) })
            }
        }

        // MARK: quarters (a single financial year only)
        // A partnership's quarters are published only when no more than half would be [c]:
        // four [c] say nothing the year does not, and protecting them would cost the year's
        // total. Withheld quarters stay in the sums, so the all-partnerships quarters cannot
        // give them away.
        var quartersWithheld: [String] = []
        if period.years.count == 1 {
            let names = ["April to June", "July to September", "October to December", "January to March"]
            for m in everyone {
                let t = tally(m, period)
                let small = (1...4).filter { rule.isSuppressed(t.byQuarter[$0] ?? 0) }.count
                if small * 2 > 4 {
                    for q in 1...4 { dc.withheldCell("\(m.id)|\(pk)|quarter|q\(q)", t.byQuarter[q] ?? 0) }
                    dc.sum(raisedKey(m, period), (1...4).map { "\(m.id)|\(pk)|quarter|q\($0)" })
                    quartersWithheld.append(m.name)
                    continue
                }
                var rows: [DraftRow] = []
                for q in 1...4 {
                    let key = "\(m.id)|\(pk)|quarter|q\(q)"
                    dc.cell(key, t.byQuarter[q] ?? 0)
                    // A quarter the log does not reach is not a true zero: [x], not available; one
                    // it holds only part of is counted and labelled.
                    let days = period.years[0].quarter(q)
                    let label = "Quarter \(q) (\(names[q - 1]))"
                    if tallies.covers(days) {
                        rows.append(DraftRow(id: "q\(q)", label: label, cells: [.count(key)]))
                    } else if tallies.overlaps(days) {
                        rows.append(DraftRow(id: "q\(q)", label: label + ", part of the quarter", cells: [.count(key)]))
                    } else {
                        rows.append(DraftRow(id: "q\(q)", label: label, cells: [.symbol(.notAvailable)]))
                    }
                }
                dc.sum(raisedKey(m, period), rows.map { "\(m.id)|\(pk)|quarter|\($0.id)" })
                rows.append(DraftRow(id: "total", label: "Total", cells: [.count(raisedKey(m, period))], isTotal: true))
                add(DraftTable(id: "\(m.id)/quarter", partnership: m.id == "all" ? nil : m.id, partnershipName: m.name, kind: "quarter",
                               title: "Escalations raised by quarter", period: period.label, dimension: "Quarter",
                               columns: [.init(id: "escalations", header: "Escalations", isCount: true)], rows: rows))
            }
            for q in 1...4 { dc.sum("all|\(pk)|quarter|q\(q)", members.map { "\($0.id)|\(pk)|quarter|q\(q)" }) }
        }

        // MARK: trend
        for m in everyone {
            var rows = trendYears.map { y in
                DraftRow(id: y.description, label: partialYears.contains(y) ? "\(y) (part of the year)" : y.description,
                         cells: [.count(raisedKey(m, ReportingPeriod(year: y)))])
            }
            if rows.isEmpty { rows = [] }
            add(DraftTable(id: "\(m.id)/trend", partnership: m.id == "all" ? nil : m.id, partnershipName: m.name, kind: "trend",
                           title: "Escalations raised each financial year", period: trendYears.count > 1 ? "\(trendYears.first!) to \(trendYears.last!)" : "\(trendYears[0])",
                           dimension: "Financial year", columns: [.init(id: "escalations", header: "Escalations", isCount: true)], rows: rows, chart: .line))
        }

        // MARK: partnerships side by side (all partnerships only)
        do {
            var rows = members.map { m in DraftRow(id: m.id, label: m.name, cells: [.count(raisedKey(m, period))]) }
            rows.append(DraftRow(id: "total", label: "Total", cells: [.count(raisedKey(all, period))], isTotal: true))
            add(DraftTable(id: "all/partnership", partnership: nil, partnershipName: all.name, kind: "partnership",
                           title: "Escalations by partnership", period: period.label, dimension: "Partnership",
                           columns: [.init(id: "escalations", header: "Escalations", isCount: true)], rows: rows))
        }

        // MARK: open at the period's end
        for m in everyone {
            let bands: [StatisticsAggregator.AgeBand: Int]
            if m.id == "all" {
                var b: [StatisticsAggregator.AgeBand: Int] = [:]
                for x in members { b.merge(tallies.openAtEnd(of: period, partnership: x.id), uniquingKeysWith: +) }
                bands = b
            } else {
                bands = tallies.openAtEnd(of: period, partnership: m.id)
            }
            let totalKey = "\(m.id)|\(pk)|open"
            dc.cell(totalKey, bands.values.reduce(0, +))
            var rows: [DraftRow] = []
            for band in StatisticsAggregator.AgeBand.allCases {
                let key = "\(m.id)|\(pk)|open|\(band.id)"
                dc.cell(key, bands[band] ?? 0)
                rows.append(DraftRow(id: band.id, label: band.name, cells: [.count(key)]))
            }
            dc.sum(totalKey, StatisticsAggregator.AgeBand.allCases.map { "\(m.id)|\(pk)|open|\($0.id)" })
            rows.append(DraftRow(id: "total", label: "Total still open", cells: [.count(totalKey)], isTotal: true))
            add(DraftTable(id: "\(m.id)/open", partnership: m.id == "all" ? nil : m.id, partnershipName: m.name, kind: "open",
                           title: "Escalations still open at the end of the period, by time open", period: period.label,
                           dimension: "Time open (calendar days)", columns: [.init(id: "escalations", header: "Escalations", isCount: true)], rows: rows))
        }
        for band in StatisticsAggregator.AgeBand.allCases { dc.sum("all|\(pk)|open|\(band.id)", members.map { "\($0.id)|\(pk)|open|\(band.id)" }) }
        dc.sum("all|\(pk)|open", members.map { "\($0.id)|\(pk)|open" })

        // MARK: working days to resolve
        for m in everyone {
            let h = tally(m, period).workingDaysToResolve
            let rows = [
                DraftRow(id: "median", label: "Median", cells: [.statistic(h.median, groupSize: h.total)]),
                DraftRow(id: "p90", label: "90th percentile", cells: [.statistic(h.percentile(90).map(Double.init), groupSize: h.total)]),
            ]
            add(DraftTable(id: "\(m.id)/days-to-resolve", partnership: m.id == "all" ? nil : m.id, partnershipName: m.name, kind: "days-to-resolve",
                           title: "Working days from raised to resolved, of the escalations resolved", period: period.label,
                           dimension: "Measure", columns: [.init(id: "working_days", header: "Working days", isCount: false)], rows: rows,
                           notes: ["Given only for groups of at least \(settings.minimumGroupSize) resolved escalations; smaller groups are shown [c]."], chart: .none))
        }

        // MARK: timescale compliance
        let asOf = tallies.latestDay?.number ?? period.last.number
        for m in members {
            guard let p = m.procedure, p.stageListing == .listed, !p.stages.isEmpty else { continue }
            let t = tally(m, period)
            let held = tallies.firstStageHeld[m.id] ?? 1
            var rows: [DraftRow] = []
            for stage in p.stages where stage.number >= held {
                let c = t.compliance[ProcedureStage(procedure: p.id, stage: stage.number)] ?? StageCompliance()
                let base = "\(m.id)|\(pk)|compliance|\(p.id)|stage-\(stage.number)"
                dc.cell(base + "|reached", c.reached)
                let label = "Stage \(stage.number): \(stage.title)"
                let timescale = stage.timescale.isFixed ? stage.timescale.summary : "No timescale set"
                if stage.timescale.isFixed {
                    let s = c.settled(asOf: asOf)
                    dc.cell(base + "|within", s.within)
                    dc.cell(base + "|late", s.late)
                    dc.cell(base + "|open", s.notYetDue)
                    dc.sum(base + "|reached", [base + "|within", base + "|late", base + "|open"])
                    rows.append(DraftRow(id: "stage-\(stage.number)", label: "\(label) (\(timescale))", cells: [
                        .count(base + "|reached"), .count(base + "|within"), .count(base + "|late"), .count(base + "|open"),
                        .percent(base + "|within", of: [base + "|within", base + "|late"]),
                    ]))
                } else {
                    rows.append(DraftRow(id: "stage-\(stage.number)", label: "\(label) (no timescale set)", cells: [
                        .count(base + "|reached"), .symbol(.notApplicable), .symbol(.notApplicable), .symbol(.notApplicable), .symbol(.notApplicable),
                    ]))
                }
                // Reaching a stage is reaching it or a later one: the highest-stage table
                // says the same thing another way, so the audit must see both.
                if let choice = choices["highest-stage"], choice.period == period {
                    let later = p.stages.filter { $0.number >= stage.number }.map { "\(m.id)|\(pk)|highest-stage|stage-\($0.number)" }
                    dc.sum(base + "|reached", later)
                }
            }
            guard !rows.isEmpty else { continue }
            var notes = ["Measured against the procedure's own timescale for each stage, in its own kind: from the day raised, or from the end of the previous stage."]
            if held > 1 { notes.append("The log holds stages from stage \(held); earlier stages are not recorded.") }
            if p.stages.contains(where: { !$0.timescale.alternatives.isEmpty }) {
                notes.append("Where a stage has conditional timescales, it is measured against its main one.")
            }
            if p.stages.contains(where: { $0.timescale.isFixed && $0.timescale.unit == .hours }) {
                notes.append("Timescales in hours are compared in whole days, because the log holds dates only.")
            }
            add(DraftTable(id: "\(m.id)/compliance", partnership: m.id, partnershipName: m.name, kind: "compliance",
                           title: "Stages completed within the procedure's timescale", period: period.label, dimension: "Stage (timescale)",
                           columns: [
                               .init(id: "reached", header: "Reached the stage", isCount: true),
                               .init(id: "within", header: "Moved on or resolved within the timescale", isCount: true),
                               .init(id: "late", header: "Took longer", isCount: true),
                               .init(id: "not_yet_due", header: "Still in the stage, not yet due", isCount: true),
                               .init(id: "percent_within", header: "Within the timescale (%)", isCount: false),
                           ], rows: rows, notes: notes, chart: .none))
        }

        // MARK: excluded rows
        let excludedTotal = excluded.values.reduce(0, +)
        if excludedTotal > 0 {
            for (reason, n) in excluded { dc.cell("log|excluded|\(reason)", n) }
            dc.cell("log|excluded", excludedTotal)
            dc.sum("log|excluded", excluded.keys.sorted().map { "log|excluded|\($0)" })
        }

        // MARK: protect, audit, publish
        let remaining = dc.protect()
        let findings = dc.audit()
        var tables: [StatisticsTable] = []
        var sections: [StatisticsPublication.PartnershipSection] = []
        let order = ["trend", "quarter", "partnership", "raising-agency", "receiving-agency", "category", "highest-stage", "resolved-stage",
                     "outcome", "open", "days-to-resolve", "compliance"]
        for m in everyone {
            let list = (drafts[m.id == "all" ? "all" : m.id] ?? []).sorted { (order.firstIndex(of: $0.kind) ?? 99) < (order.firstIndex(of: $1.kind) ?? 99) }
            let published = list.map { render($0, dc) }
            tables += published
            sections.append(.init(id: m.id == "all" ? nil : m.id, name: m.name, procedure: m.procedure?.id,
                                  summary: StatisticsSummary.sentences(m.name, period: period, tables: published, trendYears: trendYears,
                                                                       partialYears: partialYears, coveredFrom: tallies.coveredFrom),
                                  tables: published.map(\.id)))
        }
        let primary = dc.states.values.filter { $0 == .primary }.count
        let secondary = dc.states.values.filter { $0 == .secondary }.count
        let audit = StatisticsPublication.Audit(primary: primary, secondary: secondary,
                                                narrowestRange: findings.compactMap(\.interval.width).min().map { $0 + 1 },
                                                requiredRange: rule.largestSuppressed, passed: remaining.isEmpty)
        let methods = MethodsNote(builder: self, period: period, tallies: tallies, choices: choices.map { ($0.key, $0.value) },
                                  quartersWithheld: quartersWithheld, resolvedStageLeftOut: resolvedStageLeftOut, absent: absent,
                                  partialYears: partialYears.sorted(),
                                  breakdownTitles: Dictionary(uniqueKeysWithValues: breakdowns.map { ($0.kind, $0.title) }),
                                  audit: audit, excluded: excluded.keys.sorted().map { ($0, dc.published("log|excluded|\($0)")) },
                                  excludedTotal: excludedTotal == 0 ? 0 : dc.published("log|excluded")).paragraphs
        return StatisticsPublication(period: period.label, periodMonths: period.months, rule: rule, synthetic: synthetic,
                                     sections: sections, tables: tables, methods: methods, audit: audit,
                                     unsafeCells: remaining.map(\.cell))
    }

    /// Fine, grouped, then pooled: the first that leaves no more than half of the breakdown's
    /// partnership cells suppressed (or the coarsest allowed, if none does).
    func choose(_ b: Breakdown, period: ReportingPeriod, members: [Member], tallies: StatisticsAggregator,
                tally: (Member, ReportingPeriod) -> Tally) -> Choice {
        func share(_ grouped: Bool, _ p: ReportingPeriod) -> Double {
            var cells = 0, hidden = 0
            for m in members {
                let counts = b.counts(tally(m, p), grouped)
                for r in b.rows(m, grouped) {
                    cells += 1
                    if settings.rule.isSuppressed(counts[r.id] ?? 0) { hidden += 1 }
                }
            }
            return cells == 0 ? 0 : Double(hidden) / Double(cells)
        }
        let percent = { (x: Double) in "\(Int((x * 100).rounded()))%" }
        let fine = share(false, period)
        if fine <= 0.5 { return Choice(period: period) }
        var grouped = false
        var reason = "\(percent(fine)) of the cells would have been suppressed"
        if settings.allowGroupings && b.hasGroups {
            grouped = true
            let g = share(true, period)
            if g <= 0.5 { return Choice(grouped: true, period: period, reason: "Shown in broader groups: " + reason + " at the full detail.") }
            reason += " at the full detail and \(percent(g)) in broader groups"
        }
        if settings.poolYears > 1, let last = period.years.last, period.years.count == 1 {
            let years = (0..<settings.poolYears).map { FinancialYear(startYear: last.startYear - settings.poolYears + 1 + $0) }
                .filter { y in tallies.years.contains(y) || y == last }
            if years.count > 1 {
                let pooled = ReportingPeriod(pooling: years)
                return Choice(grouped: grouped, period: pooled,
                              reason: "\(years.count) financial years pooled\(grouped ? ", in broader groups" : ""): " + reason + " for \(period.label) alone.")
            }
        }
        return Choice(grouped: grouped, period: period, reason: (grouped ? "Shown in broader groups; " : "") + reason + "; no coarser form is allowed.")
    }

    /// Procedures that list no categories of disagreement (their vocabulary is "other" alone).
    var uncategorisedProcedures: Set<String> {
        Set(procedures.filter { p in vocabularies.categories[p.id].map { $0.terms.allSatisfy { $0.id == "other" } } ?? true }.map(\.id))
    }

    func makeBreakdowns(_ tallies: StatisticsAggregator) -> [Breakdown] {
        func vocabRows(_ v: Vocabulary, grouped: Bool) -> [(id: String, label: String)] {
            guard grouped else { return v.terms.map { ($0.id, $0.name) } }
            var rows: [(id: String, label: String)] = []
            for t in v.terms {
                let gid = t.group ?? t.id
                guard !rows.contains(where: { $0.id == gid }) else { continue }
                rows.append((gid, v.groups.first { $0.id == gid }?.name ?? (t.group == nil ? t.name : gid)))
            }
            return rows
        }
        func regroup(_ counts: [String: Int], _ v: Vocabulary, _ grouped: Bool) -> [String: Int] {
            guard grouped else { return counts }
            var out: [String: Int] = [:]
            for (id, n) in counts { out[v.term(id)?.group ?? id, default: 0] += n }
            return out
        }
        let agencies = vocabularies.agencies
        let outcomes = vocabularies.outcomes
        let hasAgencyGroups = agencies.terms.contains { $0.group != nil }
        let stagesOf: (Member?) -> [Stage] = { m in
            if let m {
                guard let p = m.procedure, p.stageListing == .listed else { return [] }
                let held = tallies.firstStageHeld[m.id] ?? 1
                return p.stages.filter { $0.number >= held }
            }
            var seen: [Int: Stage] = [:]
            for p in procedures where p.stageListing == .listed {
                for s in p.stages where seen[s.number] == nil { seen[s.number] = s }
            }
            return seen.keys.sorted().map { seen[$0]! }
        }
        // Stage numbers of different procedures are added up only in the all-partnerships
        // table; a partnership whose procedure has no stages is counted there as "no stage", so
        // every table's rows still add up to its total.
        let someWithoutStages = procedures.contains { $0.stageListing != .listed }
        let uncategorised = uncategorisedProcedures
        // Partnerships with stages whose log holds a case with no stage date at all.
        let stageless = Set(tallies.tallies.filter { $0.value.byHighestStage[0] != nil }.map(\.key.partnership)
            + tallies.customTallies.filter { $0.value.byHighestStage[0] != nil }.map(\.key))
        let outcomeMissing = tallies.tallies.values.contains { $0.byOutcome["?"] != nil } || tallies.customTallies.values.contains { $0.byOutcome["?"] != nil }
        // Unresolved is as the log stands, not at the period's end (the "still open" table's
        // date), so the row says which.
        let unresolved = tallies.latestDay.map { "Not yet resolved (log as at \(DayFormat.month($0)))" } ?? "Not yet resolved"
        func stageRows(_ m: Member?, open: String?) -> [(id: String, label: String)] {
            let stages = stagesOf(m)
            guard !stages.isEmpty else { return [] }
            var rows = stages.map { ("stage-\($0.number)", m == nil ? "Stage \($0.number)" : "Stage \($0.number): \($0.title)") }
            if let m {
                if stageless.contains(m.id) { rows.append(("not-recorded", "No stage recorded")) }
            } else if someWithoutStages || !stageless.isEmpty {
                rows.append(("not-recorded", someWithoutStages ? "No stage (a procedure without stages, or none recorded)" : "No stage recorded"))
            }
            if let open { rows.append(("open", open)) }
            return rows
        }
        func stageCounts(_ counts: [Int: Int]) -> [String: Int] {
            var out: [String: Int] = [:]
            for (s, n) in counts { out[s == Tally.open ? "open" : s == 0 ? "not-recorded" : "stage-\(s)", default: 0] += n }
            return out
        }
        return [
            Breakdown(kind: "raising-agency", title: "Escalations by the agency that raised them", dimension: "Raising agency",
                      rows: { _, g in vocabRows(agencies, grouped: g) }, counts: { regroup($0.byRaisingAgency, agencies, $1) }, hasGroups: hasAgencyGroups),
            Breakdown(kind: "receiving-agency", title: "Escalations by the agency they were raised with", dimension: "Receiving agency",
                      rows: { _, g in vocabRows(agencies, grouped: g) }, counts: { regroup($0.byReceivingAgency, agencies, $1) }, hasGroups: hasAgencyGroups),
            Breakdown(kind: "category", title: "Escalations by category of disagreement", dimension: "Category",
                      rows: { m, g in
                          if let m {
                              // A procedure that lists no categories would get a table of one
                              // "Other" row: its cases are counted in the all-partnerships table only.
                              guard let p = m.procedure, let v = vocabularies.categories[p.id], !uncategorised.contains(p.id) else { return [] }
                              return vocabRows(v, grouped: g)
                          }
                          // All partnerships: every procedure's categories, each id once, "other" last,
                          // so each row is the sum of the partnerships whose list holds it.
                          var rows: [(id: String, label: String)] = []
                          for p in procedures {
                              for r in vocabularies.categories[p.id].map({ vocabRows($0, grouped: g) }) ?? [] where !rows.contains(where: { $0.id == r.id }) {
                                  rows.append(r)
                              }
                          }
                          return rows.filter { $0.id != "other" } + rows.filter { $0.id == "other" }
                      },
                      counts: { t, g in
                          // One partnership's categories are its procedure's, so regrouping uses any vocabulary holding the id.
                          guard g else { return t.byCategory }
                          var out: [String: Int] = [:]
                          for (id, n) in t.byCategory {
                              let group = vocabularies.categories.values.lazy.compactMap { $0.term(id)?.group }.first
                              out[group ?? id, default: 0] += n
                          }
                          return out
                      },
                      hasGroups: vocabularies.categories.values.contains { $0.terms.contains { $0.group != nil } }),
            Breakdown(kind: "highest-stage", title: "Escalations by the highest stage reached", dimension: "Highest stage reached",
                      rows: { m, _ in stageRows(m, open: nil) }, counts: { t, _ in stageCounts(t.byHighestStage) }, hasGroups: false),
            Breakdown(kind: "resolved-stage", title: "Escalations by the stage at which they were resolved", dimension: "Resolved at",
                      rows: { m, _ in stageRows(m, open: unresolved) }, counts: { t, _ in stageCounts(t.byResolvedStage) }, hasGroups: false),
            Breakdown(kind: "outcome", title: "Escalations by outcome", dimension: "Outcome",
                      rows: { _, g in vocabRows(outcomes, grouped: g) + (outcomeMissing ? [("outcome-not-recorded", "Resolved, outcome not recorded")] : []) + [("open", unresolved)] },
                      counts: { t, g in
                          var c = regroup(t.byOutcome, outcomes, g)
                          if let open = c.removeValue(forKey: "") { c["open"] = open }
                          if let missing = c.removeValue(forKey: "?") { c["outcome-not-recorded"] = missing }
                          return c
                      },
                      hasGroups: outcomes.terms.contains { $0.group != nil }),
        ]
    }

    /// The table as published: counts through the disclosure control, percentages only from
    /// published counts, statistics only for large enough groups.
    func render(_ t: DraftTable, _ dc: DisclosureControl) -> StatisticsTable {
        func count(_ key: String) -> StatisticsTable.Cell {
            guard let v = dc.published(key) else { return .symbol(.confidential) }
            return .number(Double(v), text: String(v))
        }
        let rows = t.rows.map { r in
            StatisticsTable.Row(id: r.id, label: r.label, cells: r.cells.map { c in
                switch c {
                case .count(let key): return count(key)
                case .symbol(let s): return .symbol(s)
                case .percent(let num, let parts):
                    let values = parts.map { dc.published($0) }
                    guard let n = dc.published(num), values.allSatisfy({ $0 != nil }) else { return .symbol(.confidential) }
                    let d = values.reduce(0) { $0 + $1! }
                    guard d > 0 else { return .symbol(.notApplicable) }
                    let p = (Double(n) * 100 / Double(d)).rounded()
                    return .number(p, text: "\(Int(p))%")
                case .statistic(let v, let n):
                    guard n >= settings.minimumGroupSize else { return n == 0 ? .symbol(.notApplicable) : .symbol(.confidential) }
                    guard let v else { return .symbol(.notAvailable) }
                    return .number(v, text: v == v.rounded() ? String(Int(v)) : "\(Int(v.rounded(.down))).5")
                }
            }, isTotal: r.isTotal)
        }
        var table = StatisticsTable(id: t.id, partnership: t.partnership, partnershipName: t.partnershipName, kind: t.kind, title: t.title,
                                    period: t.period, dimension: t.dimension, columns: t.columns, rows: rows, notes: t.notes, chart: t.chart)
        let n = table.suppressedCells
        table.notes.append(n == 0 ? "No cells are suppressed." : "\(n) \(n == 1 ? "cell is" : "cells are") suppressed ([c]).")
        return table
    }
}
