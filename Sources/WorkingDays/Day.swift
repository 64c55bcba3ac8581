import Model

/// A calendar day as a count of days since 1970-01-01, so that adding days is arithmetic.
/// The conversion is Howard Hinnant's civil-date algorithm, which the page's deadline script
/// uses too: both sides count the same way by construction.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var number: Int

    public init(number: Int) {
        self.number = number
    }

    public init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146_097 + doe - 719_468
    }

    /// Nil for a month-only date.
    public init?(_ date: PolicyDate) {
        guard let d = date.day else { return nil }
        self.init(year: date.year, month: date.month, day: d)
    }

    public var date: PolicyDate {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return PolicyDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0 Monday … 6 Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((number % 7) + 7 + 3) % 7 }

    public var isWeekend: Bool { weekday >= 5 }

    public func adding(days: Int) -> Day { Day(number: number + days) }

    /// The same day of the month `months` later, or that month's last day when it is shorter.
    public func adding(months: Int) -> Day {
        let d = date
        let index = d.year * 12 + (d.month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        let month = index - year * 12 + 1
        return Day(year: year, month: month, day: min(d.day ?? 1, PolicyDate.daysIn(month: month, year: year)))
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }

    public var description: String { date.description }
}
