import Model
import WorkingDays

/// Dates on the pages, as GOV.UK writes them: "21 May 2025", or "May 2018" when only the month is known.
enum DateText {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    static func text(_ date: PolicyDate) -> String {
        let month = months[date.month - 1]
        guard let day = date.day else { return "\(month) \(date.year)" }
        return "\(day) \(month) \(date.year)"
    }
}
