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

    public init(procedures: [Procedure], calendars: BankHolidays, custom: ReportingPeriod? = nil) {
        self.procedures = Dictionary(procedures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var cals: [String: WorkingDayCalendar] = [:]
        for p in procedures { cals[p.id] = calendars.calendar(p.calendar) ?? WorkingDayCalendar(name: p.calendar, closures: [], firstYear: 0, lastYear: 0) }
        self.calendars = cals
        self.custom = custom
    }

    public mutating func add(_ r: CaseRecord) {
        recordsSeen += 1
        firstStageHeld[r.partnership] = min(firstStageHeld[r.partnership] ?? r.firstStageHeld, r.firstStageHeld)
        let year = FinancialYear(containing: r.raisedOn)
        let key = Key(partnership: r.partnership, year: year)
        var tally = tallies[key] ?? Tally()
        count(r, into: &tally)
        tallies[key] = tally
        if let custom, custom.contains(r.raisedOn) {
            var t = customTallies[r.partnership] ?? Tally()
            count(r, into: &t)
            customTallies[r.partnership] = t
        }
        for d in [r.raisedOn, r.resolvedOn].compactMap({ $0 }) + r.stageDates.compactMap({ $0 }) {
            latestDay = max(latestDay ?? d, d)
            earliestDay = min(earliestDay ?? d, d)
        }
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

    private mutating func count(_ r: CaseRecord, into t: inout Tally) {
        t.raised += 1
        t.byQuarter[FinancialYear.quarter(of: r.raisedOn), default: 0] += 1
        t.byRaisingAgency[r.raisingAgency, default: 0] += 1
        t.byReceivingAgency[r.receivingAgency, default: 0] += 1
        t.byCategory[r.category, default: 0] += 1
        // A stage date in the log of a procedure without stages names no stage of it.
        let procedure = procedures[r.procedure]
        let staged = procedure?.stageListing == .listed
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
        guard let procedure, let calendar = calendars[r.procedure] else { return }
        if let resolved = r.resolvedOn {
            t.workingDaysToResolve.add(calendar.workingDays(from: r.raisedOn, to: resolved))
        }
        if procedure.amendments.contains(where: { Day($0.date).map { $0 > r.raisedOn } ?? ($0.date > r.raisedOn.date) }) {
            t.raisedBeforeAmendment += 1
        }
        guard procedure.stageListing == .listed else { return }
        if procedure.stages.contains(where: { $0.timescale.isFixed && $0.timescale.unit == .hours }) { hoursCompared.insert(r.partnership) }
        for (stage, result) in zip(procedure.stages, StageTimeliness.assess(r, stages: procedure.stages, calendar: calendar)) {
            let k = ProcedureStage(procedure: procedure.id, stage: stage.number)
            switch result {
            case .notReached: continue
            case .noTimescale: t.compliance[k, default: StageCompliance()].reached += 1
            case .within:
                t.compliance[k, default: StageCompliance()].reached += 1
                t.compliance[k, default: StageCompliance()].within += 1
            case .late:
                t.compliance[k, default: StageCompliance()].reached += 1
                t.compliance[k, default: StageCompliance()].late += 1
            case .open(let deadline):
                t.compliance[k, default: StageCompliance()].reached += 1
                t.compliance[k, default: StageCompliance()].openDeadlines.add(deadline.number)
            }
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
