import CaseLog
import Model
import WorkingDays

/// The statistics' sink: each record from the streamed log is counted into its partnership's
/// tally for its financial year (and for a configured period), then dropped. What is kept is
/// counters and day histograms, so memory is bounded by the number of partnerships, years and
/// terms, never by the number of cases.
public struct StatisticsAggregator: CaseRecordSink, Sendable {
    public struct Key: Sendable, Hashable {
        public var partnership: String
        public var year: FinancialYear
    }

    /// Open at a period's end, counted by how long they had been open (calendar days).
    public enum AgeBand: Int, Sendable, Hashable, CaseIterable, Comparable {
        case upTo30, upTo90, upTo180, over180

        public init(days: Int) {
            self = days <= 30 ? .upTo30 : days <= 90 ? .upTo90 : days <= 180 ? .upTo180 : .over180
        }

        public var id: String { ["0-30-days", "31-90-days", "91-180-days", "over-180-days"][rawValue] }
        public var name: String { ["Up to 30 days", "31 to 90 days", "91 to 180 days", "Over 180 days"][rawValue] }

        public static func < (a: AgeBand, b: AgeBand) -> Bool { a.rawValue < b.rawValue }
    }

    let procedures: [String: Procedure]
    let calendars: [String: WorkingDayCalendar]
    /// What each procedure's records need, worked out once rather than for every record.
    let facts: [String: ProcedureFacts]
    /// The configured period when it is not whole financial years, counted as it streams.
    let custom: ReportingPeriod?

    public private(set) var tallies: [Key: Tally] = [:]
    public private(set) var customTallies: [String: Tally] = [:]
    /// Resolved cases that were open at the end of a financial year, by partnership, year and age.
    public private(set) var openAtYearEnd: [Key: [AgeBand: Int]] = [:]
    public private(set) var openAtCustomEnd: [String: [AgeBand: Int]] = [:]
    /// The days unresolved cases were raised, by partnership: their age at any period's end
    /// is known only once the period is.
    public private(set) var unresolvedRaised: [String: DurationHistogram] = [:]
    /// The latest date anywhere in the log: the day the log is taken to be as at.
    public private(set) var latestDay: Day?
    public private(set) var earliestDay: Day?
    /// Partnerships whose procedure has an hours timescale (compared in whole days).
    public private(set) var hoursCompared: Set<String> = []
    public private(set) var recordsSeen = 0
    /// The lowest stage each partnership's log holds (Hertfordshire's starts at stage 3).
    public private(set) var firstStageHeld: [String: Int] = [:]

    /// A procedure as the counting needs it: its working-day index (shared by the procedures
    /// on one calendar), whether its stages are listed, and its amendment dates. Immutable, and
    /// a class so that looking it up for each record costs one reference, not a copy of the
    /// procedure and its calendar.
    final class ProcedureFacts: Sendable {
        let stages: [StageTimeliness.Rule]
        let index: WorkingDayIndex
        let staged: Bool
        let hasHours: Bool
        /// The latest amendment given as a day, and those given as a month only.
        let latestAmendment: Day?
        let monthAmendments: [PolicyDate]
        /// The compliance key of each stage, in order.
        let stageKeys: [ProcedureStage]

        init(_ p: Procedure, index: WorkingDayIndex) {
            stages = p.stages.map(StageTimeliness.Rule.init)
            self.index = index
            staged = p.stageListing == .listed
            hasHours = p.stages.contains { $0.timescale.isFixed && $0.timescale.unit == .hours }
            latestAmendment = p.amendments.compactMap { Day($0.date) }.max()
            monthAmendments = p.amendments.filter { Day($0.date) == nil }.map(\.date)
            stageKeys = p.stages.map { ProcedureStage(procedure: p.id, stage: $0.number) }
        }

        /// Whether a case raised on `day` was raised before a later amendment.
        @inline(__always)
        func amendedAfter(_ day: Day) -> Bool {
            if let latestAmendment, latestAmendment > day { return true }
            return !monthAmendments.isEmpty && monthAmendments.contains { $0 > day.date }
        }
    }

    public init(procedures: [Procedure], calendars: BankHolidays, custom: ReportingPeriod? = nil) {
        self.procedures = Dictionary(procedures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var cals: [String: WorkingDayCalendar] = [:]
        for p in procedures { cals[p.id] = calendars.calendar(p.calendar) ?? WorkingDayCalendar(name: p.calendar, closures: [], firstYear: 0, lastYear: 0) }
        self.calendars = cals
        var indices: [WorkingDayCalendar: WorkingDayIndex] = [:]
        var facts: [String: ProcedureFacts] = [:]
        for (id, p) in self.procedures {
            guard let calendar = cals[id] else { continue }
            let index = indices[calendar] ?? WorkingDayIndex(calendar)
            indices[calendar] = index
            facts[id] = ProcedureFacts(p, index: index)
        }
        self.facts = facts
        self.custom = custom
    }

    public mutating func add(_ r: CaseRecord) {
        recordsSeen += 1
        Self.lower(&firstStageHeld[r.partnership, default: r.firstStageHeld], to: r.firstStageHeld)
        let year = FinancialYear(containing: r.raisedOn)
        let facts = facts[r.procedure]
        // Counted in place: a tally copied out of the dictionary and written back copied every
        // one of its tables for every record.
        if Self.count(r, facts, into: &tallies[Key(partnership: r.partnership, year: year), default: Tally()]) {
            hoursCompared.insert(r.partnership)
        }
        if let custom, custom.contains(r.raisedOn) {
            _ = Self.count(r, facts, into: &customTallies[r.partnership, default: Tally()])
        }
        var lo = r.raisedOn, hi = r.raisedOn
        if let d = r.resolvedOn { lo = min(lo, d); hi = max(hi, d) }
        for case let d? in r.stageDates { lo = min(lo, d); hi = max(hi, d) }
        latestDay = max(latestDay ?? hi, hi)
        earliestDay = min(earliestDay ?? lo, lo)
        if let resolved = r.resolvedOn {
            var y = year
            while y.last < resolved {
                openAtYearEnd[Key(partnership: r.partnership, year: y), default: [:]][AgeBand(days: y.last.number - r.raisedOn.number), default: 0] += 1
                y = y.next
            }
            if let custom, r.raisedOn <= custom.last, custom.last < resolved {
                openAtCustomEnd[r.partnership, default: [:]][AgeBand(days: custom.last.number - r.raisedOn.number), default: 0] += 1
            }
        } else {
            unresolvedRaised[r.partnership, default: DurationHistogram()].add(r.raisedOn.number)
        }
    }

    @inline(__always)
    private static func lower(_ value: inout Int, to other: Int) { value = min(value, other) }

    /// Counts one record; true when its procedure has an hours timescale compared in whole days.
    private static func count(_ r: CaseRecord, _ facts: ProcedureFacts?, into t: inout Tally) -> Bool {
        t.raised += 1
        t.byQuarter[FinancialYear.quarter(of: r.raisedOn), default: 0] += 1
        t.byRaisingAgency[r.raisingAgency, default: 0] += 1
        t.byReceivingAgency[r.receivingAgency, default: 0] += 1
        t.byCategory[r.category, default: 0] += 1
        // A stage date in the log of a procedure without stages names no stage of it.
        let staged = facts?.staged ?? false
        let reached = staged ? r.highestStage ?? 0 : 0
        // A case resolved at a stage reached it, even if the log has no date for it (validation
        // refuses a resolved stage below one the log records), so a resolved case's highest stage
        // is its stage of resolution.
        let resolvedAt = r.resolvedOn == nil ? Tally.open : staged ? (r.resolvedStage ?? reached) : 0
        let highest = resolvedAt == Tally.open ? reached : max(resolvedAt, reached)
        t.byHighestStage[highest, default: 0] += 1
        t.byResolvedStage[resolvedAt, default: 0] += 1
        if resolvedAt == Tally.open { t.unresolvedByHighestStage[highest, default: 0] += 1 }
        t.byOutcome[r.resolvedOn == nil ? "" : (r.outcome ?? "?"), default: 0] += 1
        guard let facts else { return false }
        let index = facts.index
        let stages = facts.stages
        if let resolved = r.resolvedOn {
            t.workingDaysToResolve.add(index.workingDays(from: r.raisedOn, to: resolved))
        }
        if facts.amendedAfter(r.raisedOn) {
            t.raisedBeforeAmendment += 1
        }
        guard staged else { return false }
        for i in stages.indices {
            let result = StageTimeliness.assess(r, stages[i], deadline: { index.adding($0, $1, to: $2) })
            if case .notReached = result { continue }
            Self.record(result, into: &t.compliance[facts.stageKeys[i], default: StageCompliance()])
        }
        return facts.hasHours
    }

    @inline(__always)
    private static func record(_ result: StageTimeliness, into c: inout StageCompliance) {
        c.reached += 1
        switch result {
        case .notReached, .noTimescale: break
        case .within: c.within += 1
        case .late: c.late += 1
        case .open(let deadline): c.openDeadlines.add(deadline.number)
        }
    }

    /// The financial years the log holds cases raised in, oldest first.
    public var years: [FinancialYear] { Array(Set(tallies.keys.map(\.year))).sorted() }

    /// The first day the log is taken to cover: the first of the month of its earliest date
    /// (a log begun on 3 April covers April; one whose first case is in January does not
    /// cover the April to December before it).
    public var coveredFrom: Day? {
        earliestDay.map { Day(year: $0.date.year, month: $0.date.month, day: 1) }
    }

    /// Whether the log covers every day of `days`: from its first month to its latest date.
    public func covers(_ days: ClosedRange<Day>) -> Bool {
        guard let coveredFrom, let latestDay else { return false }
        return coveredFrom <= days.lowerBound && days.upperBound <= latestDay
    }

    /// Whether the log covers any day of `days`.
    public func overlaps(_ days: ClosedRange<Day>) -> Bool {
        guard let coveredFrom, let latestDay else { return false }
        return coveredFrom <= days.upperBound && days.lowerBound <= latestDay
    }

    /// The latest financial year the log covers from start to end; when none is, the latest
    /// that has ended by the log's latest date, or else the latest raised in (the publication
    /// then says the year is only partly covered).
    public var latestCompleteYear: FinancialYear? {
        guard let latestDay else { return nil }
        return years.filter { covers($0.first...$0.last) }.last ?? years.filter { $0.last <= latestDay }.last ?? years.last
    }

    /// Cases open at the end of `period` (raised by then, resolved after it or not yet), by age.
    public func openAtEnd(of period: ReportingPeriod, partnership: String) -> [AgeBand: Int] {
        var bands: [AgeBand: Int] = [:]
        if period.years.isEmpty {
            bands = openAtCustomEnd[partnership] ?? [:]
        } else if let y = period.years.last {
            bands = openAtYearEnd[Key(partnership: partnership, year: y)] ?? [:]
        }
        for (raised, n) in unresolvedRaised[partnership]?.counts ?? [:] where raised <= period.last.number {
            bands[AgeBand(days: period.last.number - raised), default: 0] += n
        }
        return bands
    }

    /// The tally of one partnership over a period (financial years merged, or the custom one).
    public func tally(_ partnership: String, _ period: ReportingPeriod) -> Tally {
        if period.years.isEmpty { return customTallies[partnership] ?? Tally() }
        var t = Tally()
        for y in period.years { if let part = tallies[Key(partnership: partnership, year: y)] { t.merge(part) } }
        return t
    }
}
