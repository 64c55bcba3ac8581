import Model

/// Which days are working days: Monday to Friday, less bank holidays and closure days.
public struct WorkingDayCalendar: Sendable, Hashable {
    public var name: String
    public var closures: Set<Day>
    /// The years the data covers; beyond them a bank holiday would go unnoticed.
    public var firstYear: Int
    public var lastYear: Int

    public init(name: String, closures: Set<Day>, firstYear: Int, lastYear: Int) {
        self.name = name
        self.closures = closures
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        !day.isWeekend && !closures.contains(day)
    }

    public func covers(_ day: Day) -> Bool {
        (firstYear...lastYear).contains(day.date.year)
    }

    /// The `n`th working day after `day` (the day itself is day 0, whether or not it is a
    /// working day): 3 working days after Friday 20 December 2024 is Friday 27 December, past
    /// the weekend, Christmas Day and Boxing Day.
    public func adding(workingDays n: Int, to day: Day) -> Day {
        var current = day
        var counted = 0
        while counted < n {
            current = current.adding(days: 1)
            if isWorkingDay(current) { counted += 1 }
        }
        return current
    }

    /// Working days after `from` up to and including `to` (0 when resolved the day it was
    /// raised): the inverse of `adding(workingDays:to:)`, walked day by day.
    public func workingDays(from: Day, to: Day) -> Int {
        guard to > from else { return 0 }
        var n = 0
        var d = from
        while d < to {
            d = d.adding(days: 1)
            if isWorkingDay(d) { n += 1 }
        }
        return n
    }

    /// The day `n` of `unit` after `day`, the way the procedure counts: working days on this
    /// calendar; calendar days and weeks on the calendar; months to the same day of the month,
    /// or the month's last day when it is shorter (31 January + 1 month = 28 or 29 February);
    /// hours as whole days of 24 hours (72 hours from a Friday is the Monday).
    public func adding(_ n: Int, _ unit: Timescale.Unit, to day: Day) -> Day {
        switch unit {
        case .workingDays: return adding(workingDays: n, to: day)
        case .calendarDays: return day.adding(days: n)
        case .weeks: return day.adding(days: 7 * n)
        case .hours: return day.adding(days: (n + 23) / 24)
        case .months: return day.adding(months: n)
        }
    }
}
