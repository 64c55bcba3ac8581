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
    /// Hours count whole days of 24 hours on the calendar, not working days: 72 hours from a
    /// Friday is the Monday.
    public static func compute(_ steps: [(String, Timescale)], raised: Day, calendar: WorkingDayCalendar) -> [Deadline] {
        var out: [Deadline] = []
        var previous: Day? = raised
        var previousLabel = "the date raised"
        for (label, t) in steps {
            var latest: Day?
            var explanation: String
            switch t.kind {
            case .none:
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

    /// "3 working days", "1 working day", "72 hours".
    static func amount(_ t: Timescale) -> String {
        let n = t.value ?? 0
        switch t.unit ?? .workingDays {
        case .workingDays: return n == 1 ? "1 working day" : "\(n) working days"
        case .hours: return n == 1 ? "1 hour" : "\(n) hours"
        }
    }

    static func add(_ t: Timescale, to day: Day, calendar: WorkingDayCalendar) -> Day? {
        guard let value = t.value else { return nil }
        switch t.unit ?? .workingDays {
        case .workingDays: return calendar.adding(workingDays: value, to: day)
        case .hours: return day.adding(days: (value + 23) / 24)
        }
    }
}

