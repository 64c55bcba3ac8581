import Model
import TextTools

/// The latest date for each stage (or step) of a procedure, from the date a matter was raised,
/// under each stage's own kind of timescale.
public struct Deadline: Sendable, Hashable {
    /// A conditional timescale's date ("or immediately, where a child is at risk").
    public struct Alternative: Sendable, Hashable {
        public var condition: String
        public var latest: Day?
        public var explanation: String
    }

    public var label: String
    public var timescale: Timescale
    /// Nil when the stage has no fixed time, or counts from a stage that has none.
    public var latest: Day?
    /// How the date was reached, or why there is none.
    public var explanation: String
    /// One per conditional timescale, in order; the next stage counts from the main one.
    public var alternatives: [Alternative] = []
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
            func dated(_ t: Timescale) -> (Day?, String) {
                switch t.kind {
                case .none, .event:
                    return (nil, (t.wording ?? "no fixed timescale").capitalizedFirst)
                case .fromRaised:
                    return (add(t, to: raised, calendar: calendar), "\(amount(t)) from the date raised")
                case .afterPrevious:
                    guard let start = previous else { return (nil, "\(amount(t)) after \(previousLabel), which has no fixed end") }
                    return (add(t, to: start, calendar: calendar), "\(amount(t)) after \(previousLabel)")
                }
            }
            let (latest, explanation) = dated(t)
            let alternatives = t.alternatives.map { a in
                let (day, text) = dated(a.timescale)
                return Deadline.Alternative(condition: a.condition, latest: day, explanation: text)
            }
            out.append(Deadline(label: label, timescale: t, latest: latest, explanation: explanation, alternatives: alternatives))
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

