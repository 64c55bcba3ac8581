import Model

/// Dates as GOV.UK writes them: "Friday 27 December 2024", "21 May 2025", "May 2018".
public enum DayFormat {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = PolicyDate.monthNames

    /// "21 May 2025", or "May 2018" when only the month is known.
    public static func short(_ date: PolicyDate) -> String { date.readable }

    /// "May 2025": the month a day falls in, for figures published by month, never by day.
    public static func month(_ day: Day) -> String {
        let d = day.date
        return "\(months[d.month - 1]) \(d.year)"
    }

    public static func long(_ day: Day) -> String {
        let d = day.date
        return "\(weekdays[day.weekday]) \(d.day ?? 1) \(months[d.month - 1]) \(d.year)"
    }
}
