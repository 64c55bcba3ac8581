import Model
import TextTools

/// The latest date for each stage (or step) of a procedure, from the date a matter was raised,
/// under each stage's own kind of timescale.
public struct Deadline: Sendable, Hashable {
    public var label: String
    public var timescale: Timescale
    /// Nil when the stage has no fixed time, or counts from a stage that has none.
    public var latest: Day?
    /// How the date was reached, or why there is none.
    public var explanation: String
}

public enum Deadlines {
    /// - Parameters:
    ///   - steps: short names and timescales in order ("Stage 1", …).
    ///   - raised: the day the matter was first raised.
    /// Each unit counts as `WorkingDayCalendar.adding(_:_:to:)` says.
    public static func compute(_ steps: [(String, Timescale)], raised: Day, calendar: WorkingDayCalendar) -> [Deadline] {
        var out: [Deadline] = []
        var previous: Day? = raised
        var previousLabel = "the date raised"
        for (label, t) in steps {
            var latest: Day?
            var explanation: String
            switch t.kind {
            case .none, .event:
                explanation = (t.wording ?? "no fixed timescale").capitalizedFirst
            case .fromRaised:
                latest = add(t, to: raised, calendar: calendar)
                explanation = "\(amount(t)) from the date raised"
            case .afterPrevious:
                if let start = previous {
                    latest = add(t, to: start, calendar: calendar)
                    explanation = "\(amount(t)) after \(previousLabel)"
                } else {
                    explanation = "\(amount(t)) after \(previousLabel), which has no fixed end"
                }
            }
            out.append(Deadline(label: label, timescale: t, latest: latest, explanation: explanation))
            previous = latest
            previousLabel = label
        }
        return out
    }

    static func amount(_ t: Timescale) -> String { t.amount ?? "" }

    static func add(_ t: Timescale, to day: Day, calendar: WorkingDayCalendar) -> Day? {
        guard let value = t.value else { return nil }
        return calendar.adding(value, t.unit ?? .workingDays, to: day)
    }
}

