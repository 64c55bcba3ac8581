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
            let text = String(decoding: data, as: UTF8.self)
            /// The line where `needle` first appears after the division's name, for messages
            /// (JSONSerialization gives no positions).
            func line(of needle: String, after key: String) -> Int {
                let start = text.range(of: "\"\(key)\"")?.upperBound ?? text.startIndex
                guard let r = text.range(of: needle, range: start..<text.endIndex) else { return 0 }
                return text[..<r.lowerBound].filter { $0 == "\n" }.count + 1
            }
            for key in object.keys.sorted() {
                guard let division = object[key] as? [String: Any], let events = division["events"] as? [[String: Any]] else {
                    problems.append(.error(.calendarFile, at: SourceLocation(file: shown, line: line(of: "\"\(key)\"", after: ""), column: 1),
                        "the calendar '\(key)' has no \"events\" list", help: "give it \"events\": [{\"title\": …, \"date\": \"YYYY-MM-DD\"}, …]"))
                    continue
                }
                if out.divisions[key] != nil {
                    problems.append(.error(.calendarDuplicate, at: SourceLocation(file: shown), "the calendar '\(key)' is defined twice",
                                           help: "keep one definition of each division"))
                    continue
                }
                var parsed: [Event] = []
                for (index, event) in events.enumerated() {
                    guard let value = event["date"] as? String, let date = PolicyDate(value), let day = Day(date) else {
                        let shownValue = (event["date"] as? String).map { "'\($0.prefix(40))'" } ?? "missing"
                        let at = (event["date"] as? String).map { line(of: "\"\($0)\"", after: key) } ?? 0
                        problems.append(.error(.calendarDate, at: SourceLocation(file: shown, line: at, column: at > 0 ? 1 : 0),
                            "event \(index + 1) of '\(key)' has no valid date (\(shownValue))", help: "write \"date\": \"YYYY-MM-DD\""))
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
