import Model

/// A calendar's working days as running counts over a span of days, so that the working days
/// between two dates, and the nth working day after one, are two array reads instead of a walk
/// day by day (a million cases each walked through weeks of days, with a set look-up for every
/// day, was much of the statistics' time). Outside the span the calendar walks as before; the
/// answers are the same either way.
public struct WorkingDayIndex: Sendable {
    public let calendar: WorkingDayCalendar
    /// The span covered: every date a log may hold (1990–2100) and a margin for deadlines.
    let first: Int
    let last: Int
    /// `before[d - first]`: working days after `first` up to and including day `d`.
    let before: [Int32]
    /// `working[k]`: the day number of the (k + 1)th working day after `first`.
    let working: [Int32]

    public init(_ calendar: WorkingDayCalendar, from: Day = Day(year: 1989, month: 1, day: 1), through: Day = Day(year: 2102, month: 12, day: 31)) {
        self.calendar = calendar
        first = from.number
        last = max(from.number, through.number)
        var before = [Int32](repeating: 0, count: last - first + 1)
        var working: [Int32] = []
        working.reserveCapacity(before.count * 5 / 7 + 1)
        var n: Int32 = 0
        for d in first...last {
            if d > first, calendar.isWorkingDay(Day(number: d)) {
                n += 1
                working.append(Int32(d))
            }
            before[d - first] = n
        }
        self.before = before
        self.working = working
    }

    /// Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    @inline(__always)
    public func workingDays(from: Day, to: Day) -> Int {
        guard to > from else { return 0 }
        guard from.number >= first, to.number <= last else { return calendar.workingDays(from: from, to: to) }
        return Int(before[to.number - first] - before[from.number - first])
    }

    /// The `n`th working day after `day`, as `WorkingDayCalendar.adding(workingDays:to:)`.
    @inline(__always)
    public func adding(workingDays n: Int, to day: Day) -> Day {
        guard n > 0 else { return day }
        if day.number >= first, day.number <= last {
            let k = Int(before[day.number - first]) + n - 1
            if k < working.count { return Day(number: Int(working[k])) }
        }
        return calendar.adding(workingDays: n, to: day)
    }

    /// As `WorkingDayCalendar.adding(_:_:to:)`, with working days from the index.
    public func adding(_ n: Int, _ unit: Timescale.Unit, to day: Day) -> Day {
        unit == .workingDays ? adding(workingDays: n, to: day) : calendar.adding(n, unit, to: day)
    }
}
