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
        stages.map { stage in
            let n = stage.number
            guard n >= record.firstStageHeld, let began = record.stageDate(n) else { return .notReached }
            let t = stage.timescale
            guard t.isFixed, let value = t.value else { return .noTimescale }
            let from: Day
            switch t.kind {
            case .fromRaised: from = record.raisedOn
            default: from = n == 1 ? record.raisedOn : began
            }
            let deadline = calendar.adding(value, t.unit ?? .workingDays, to: from)
            let ended: Day? = record.stageDate(n + 1) ?? (record.resolvedOn.flatMap { day in
                record.resolvedStage == nil || record.resolvedStage == n || record.highestStage == n ? day : nil
            })
            guard let ended else { return .open(deadline: deadline) }
            return ended <= deadline ? .within : .late
        }
    }
}

extension WorkingDayCalendar {
    /// Working days after `from` up to and including `to` (0 when resolved the day it was raised):
    /// the inverse of `adding(workingDays:to:)`.
    func workingDays(from: Day, to: Day) -> Int {
        guard to > from else { return 0 }
        var n = 0
        var d = from
        while d < to {
            d = d.adding(days: 1)
            if isWorkingDay(d) { n += 1 }
        }
        return n
    }
}
