import CaseLog
import Model
import WorkingDays

/// Whether one case kept to one stage's timescale, in the timescale's own kind: counted from
/// the day raised (cumulative), or from the end of the previous stage (the day this stage
/// began). A stage ends when the next begins or the case is resolved at it. A stage with
/// conditional timescales is measured against its main one; an hours timescale is compared in
/// whole days, since the log holds dates only (72 hours is 3 days).
public enum StageTimeliness: Sendable, Hashable {
    /// The log does not hold the stage (it begins at a later one), or the case never reached it.
    case notReached
    /// The procedure sets no time for the stage ("as soon as possible", "at the meeting").
    case noTimescale
    case within
    case late
    /// Still in the stage; its time runs out on `deadline`.
    case open(deadline: Day)

    /// One entry per stage of the procedure, in order.
    public static func assess(_ record: CaseRecord, stages: [Stage], calendar: WorkingDayCalendar) -> [StageTimeliness] {
        stages.map { assess(record, Rule($0), deadline: { calendar.adding($0, $1, to: $2) }) }
    }

    /// One entry per stage, with deadlines from a working-day index (the same answers, faster).
    public static func assess(_ record: CaseRecord, stages: [Stage], index: WorkingDayIndex) -> [StageTimeliness] {
        stages.map { assess(record, Rule($0), deadline: { index.adding($0, $1, to: $2) }) }
    }

    /// What of a stage the assessment reads: a few words, rather than the stage with its text.
    public struct Rule: Sendable, Hashable {
        public var number: Int
        /// The main timescale's count and unit, nil when it sets no fixed time.
        public var value: Int?
        public var unit: Timescale.Unit
        public var fromRaised: Bool

        public init(_ stage: Stage) {
            let t = stage.timescale
            number = stage.number
            value = t.isFixed ? t.value : nil
            unit = t.unit ?? .workingDays
            fromRaised = t.kind == .fromRaised
        }
    }

    /// One stage; `deadline` adds a timescale to a day on the procedure's calendar.
    @inline(__always)
    public static func assess(_ record: CaseRecord, _ rule: Rule, deadline add: (Int, Timescale.Unit, Day) -> Day) -> StageTimeliness {
        let n = rule.number
        guard n >= record.firstStageHeld, let began = record.stageDate(n) else { return .notReached }
        guard let value = rule.value else { return .noTimescale }
        let from = rule.fromRaised || n == 1 ? record.raisedOn : began
        let deadline = add(value, rule.unit, from)
        let ended: Day? = record.stageDate(n + 1) ?? (record.resolvedOn.flatMap { day in
            record.resolvedStage == nil || record.resolvedStage == n || record.highestStage == n ? day : nil
        })
        guard let ended else { return .open(deadline: deadline) }
        return ended <= deadline ? .within : .late
    }
}
