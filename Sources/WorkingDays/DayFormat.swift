/// Dates as GOV.UK writes them: "Friday 27 December 2024".
public enum DayFormat {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    public static func long(_ day: Day) -> String {
        let d = day.date
        return "\(weekdays[day.weekday]) \(d.day ?? 1) \(months[d.month - 1]) \(d.year)"
    }
}
