import Diagnostics
import Foundation
import Model

/// Working-day calendars read from `content/calendars/*.json`, in the shape of GOV.UK's
/// bank-holidays.json: top-level divisions, each with `events` of `title` and `date`.
/// A division may add `"extends": "<division>"` to be another calendar plus its own closure
/// days (a partnership's office closures, say).
public struct BankHolidays: Sendable {
    public struct Event: Sendable, Hashable {
        public var title: String
        public var day: Day
        public var notes: String
    }

    public struct Division: Sendable {
        public var name: String
        public var extends: String?
        public var events: [Event]
    }

    public var divisions: [String: Division]

    public init(divisions: [String: Division] = [:]) {
        self.divisions = divisions
    }

    public var names: Set<String> { Set(divisions.keys) }

    /// Reads calendar files, each given as how it is named in messages and its bytes.
    public static func load(files: [(shown: String, data: Data)], display: String) -> (BankHolidays, [Diagnostic]) {
        var out = BankHolidays()
        var problems: [Diagnostic] = []
        for (shown, data) in files {
            let parsed = try? JSONSerialization.jsonObject(with: data)
            guard let object = parsed as? [String: Any] else {
                problems.append(.error(.calendarFile, at: SourceLocation(file: shown),
                                       parsed == nil ? "the calendar file is not valid JSON" : "the calendar file is not a JSON object",
                                       help: "use the shape of GOV.UK's bank-holidays.json: {\"england-and-wales\": {\"division\": …, \"events\": [{\"title\": …, \"date\": \"YYYY-MM-DD\"}]}}"))
                continue
            }
            for key in object.keys.sorted() {
                guard let division = object[key] as? [String: Any], let events = division["events"] as? [[String: Any]] else { continue }
                if out.divisions[key] != nil {
                    problems.append(.error(.calendarDuplicate, at: SourceLocation(file: shown), "the calendar '\(key)' is defined twice",
                                           help: "keep one definition of each division"))
                    continue
                }
                var parsed: [Event] = []
                for (index, event) in events.enumerated() {
                    guard let text = event["date"] as? String, let date = PolicyDate(text), let day = Day(date) else {
                        problems.append(.error(.calendarDate, at: SourceLocation(file: shown),
                            "event \(index + 1) of '\(key)' has no valid date", help: "write \"date\": \"YYYY-MM-DD\""))
                        continue
                    }
                    parsed.append(Event(title: event["title"] as? String ?? "", day: day, notes: event["notes"] as? String ?? ""))
                }
                out.divisions[key] = Division(name: key, extends: division["extends"] as? String, events: parsed.sorted { $0.day < $1.day })
            }
        }
        for division in out.divisions.values.sorted(by: { $0.name < $1.name }) {
            if let base = division.extends, out.divisions[base] == nil {
                problems.append(.error(.calendarExtends, at: SourceLocation(file: display), "calendar '\(division.name)' extends '\(base)', which does not exist",
                                       help: "name a division defined in content/calendars/"))
            }
        }
        return (out, problems)
    }

    /// The calendar for a division, with the closures of everything it extends.
    public func calendar(_ name: String) -> WorkingDayCalendar? {
        var days: Set<Day> = []
        var seen: Set<String> = []
        var current: String? = name
        var years: [Int] = []
        while let n = current, !seen.contains(n), let division = divisions[n] {
            seen.insert(n)
            for e in division.events {
                days.insert(e.day)
                years.append(e.day.date.year)
            }
            current = division.extends
        }
        guard !seen.isEmpty else { return nil }
        return WorkingDayCalendar(name: name, closures: days, firstYear: years.min() ?? 0, lastYear: years.max() ?? 0)
    }
}
