import Model
import Testing
import TestSupport
import WorkingDays

/// The prefix-sum index answers as the calendar's day-by-day walk does, inside its span and
/// outside it (where it walks).
@Suite struct WorkingDayIndexTests {
    static let calendar = Fixtures.examples.calendars.calendar("england-and-wales")!

    @Test func workingDaysBetweenTwoDatesAreTheWalksCount() {
        let index = WorkingDayIndex(Self.calendar)
        var random = SplitMix(seed: 16)
        let base = Day(year: 2018, month: 1, day: 1).number
        for _ in 0..<3_000 {
            let from = Day(number: base + Int(random.next() % 4_000))
            let to = from.adding(days: Int(random.next() % 400) - 20)
            #expect(index.workingDays(from: from, to: to) == Self.calendar.workingDays(from: from, to: to), "\(from) to \(to)")
        }
        // Christmas 2024: Friday 20 December to Monday 13 January is 13 working days.
        #expect(index.workingDays(from: Day(year: 2024, month: 12, day: 20), to: Day(year: 2025, month: 1, day: 13)) == 13)
    }

    @Test func addingWorkingDaysIsTheWalksDay() {
        let index = WorkingDayIndex(Self.calendar)
        var day = Day(year: 2023, month: 12, day: 15)
        while day < Day(year: 2025, month: 1, day: 20) {
            for n in [0, 1, 2, 3, 5, 10, 20, 60] {
                #expect(index.adding(workingDays: n, to: day) == Self.calendar.adding(workingDays: n, to: day), "\(n) after \(day)")
            }
            day = day.adding(days: 1)
        }
        #expect(index.adding(workingDays: 3, to: Day(year: 2024, month: 12, day: 20)) == Day(year: 2024, month: 12, day: 27))
    }

    @Test func outsideItsSpanTheIndexWalks() {
        // A span of one quarter: dates before, across and after it.
        let index = WorkingDayIndex(Self.calendar, from: Day(year: 2024, month: 1, day: 1), through: Day(year: 2024, month: 3, day: 31))
        let days = [Day(year: 2023, month: 12, day: 20), Day(year: 2024, month: 1, day: 1), Day(year: 2024, month: 3, day: 20),
                    Day(year: 2024, month: 3, day: 31), Day(year: 2024, month: 4, day: 15)]
        for a in days {
            for b in days {
                #expect(index.workingDays(from: a, to: b) == Self.calendar.workingDays(from: a, to: b), "\(a) to \(b)")
            }
            for n in [1, 5, 30, 90] {
                #expect(index.adding(workingDays: n, to: a) == Self.calendar.adding(workingDays: n, to: a), "\(n) after \(a)")
            }
        }
        #expect(index.adding(2, .weeks, to: days[0]) == days[0].adding(days: 14))
    }
}
