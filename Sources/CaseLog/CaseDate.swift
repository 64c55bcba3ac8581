import Model
import WorkingDays

/// A date cell read in the configured format only. `03/04/2025` is 3 April under `dd/mm/yyyy`
/// and unreadable under `iso`: never guessed.
enum CaseDate {
    enum Reading: Equatable {
        case day(Day)
        /// Not a date in the format at all.
        case unreadable
        /// In the format but no such day (31/02/2025), or outside 1990–2100.
        case impossible
    }

    static let years = 1990...2100

    static func read(_ text: String, _ format: CaseLogSettings.DateFormat) -> Reading {
        // Excel's CSV export may add a time of day ("03/04/2025 00:00", "2025-04-03T00:00:00").
        var t = Substring(text)
        if let cut = t.firstIndex(where: { $0 == " " || $0 == "T" }) {
            let time = t[t.index(after: cut)...]
            guard time.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }) else { return .unreadable }
            t = t[..<cut]
        }
        let parts: [Substring]
        let y: Substring, m: Substring, d: Substring
        switch format {
        case .iso:
            parts = t.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return .unreadable }
            (y, m, d) = (parts[0], parts[1], parts[2])
        case .dayMonthYear:
            parts = t.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4 else { return .unreadable }
            (d, m, y) = (parts[0], parts[1], parts[2])
        }
        guard [y, m, d].allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(y), let month = Int(m), let day = Int(d) else { return .unreadable }
        guard years.contains(year), (1...12).contains(month), day >= 1, day <= PolicyDate.daysIn(month: month, year: year) else {
            return .impossible
        }
        return .day(Day(year: year, month: month, day: day))
    }

    /// An Excel date serial number. In the 1900 system serial 1 is 1 January 1900 and Excel
    /// counts a 29 February 1900 that never was (serial 60, kept from Lotus 1-2-3), so serials
    /// from 61 on are one day ahead of a plain count; in the 1904 system serial 0 is 1 January 1904.
    /// The fraction (a time of day) is dropped.
    static func serial(_ value: Double, date1904: Bool) -> Reading {
        guard value.isFinite, value >= 0, value < 200_000 else { return .impossible }
        let whole = Int(value.rounded(.down))
        let day: Day
        if date1904 {
            day = Day(year: 1904, month: 1, day: 1).adding(days: whole)
        } else {
            guard whole >= 1, whole != 60 else { return .impossible }
            day = Day(year: 1899, month: 12, day: whole < 60 ? 31 : 30).adding(days: whole)
        }
        return years.contains(day.date.year) ? .day(day) : .impossible
    }
}
