import Diagnostics
import Foundation

/// The working-day calendars the content defines: every division (top-level key with an
/// `events` list) of the JSON files in `content/calendars/`, as in GOV.UK's bank-holidays.json.
enum CalendarNames {
    static func read(directory: URL, display: String) -> (Set<String>, [Diagnostic]) {
        var names: Set<String> = []
        var diagnostics: [Diagnostic] = []
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in files.sorted() where name.hasSuffix(".json") {
            let shown = display + "/" + name
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                diagnostics.append(.error("calendar-file", at: SourceLocation(file: shown),
                    "the calendar file is not a JSON object", help: "use the shape of GOV.UK's bank-holidays.json"))
                continue
            }
            for (key, value) in object {
                if let division = value as? [String: Any], division["events"] is [Any] { names.insert(key) }
            }
        }
        return (names, diagnostics)
    }
}
