import Foundation
import Model
import Diagnostics
import Testing
import TestSupport
import WorkingDays

@Suite struct DayTests {
    @Test func convertsToAndFromDatesLikeFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 1999, month: 12, day: 25))!
        for offset in stride(from: 0, to: 12_000, by: 7) {
            let date = calendar.date(byAdding: .day, value: offset, to: start)!
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let day = Day(year: c.year!, month: c.month!, day: c.day!)
            #expect(day.date == PolicyDate(year: c.year!, month: c.month!, day: c.day!))
            #expect(day.number == Int(date.timeIntervalSince1970 / 86_400))
            // Foundation: 1 Sunday … 7 Saturday; Day: 0 Monday … 6 Sunday.
            #expect(day.weekday == (c.weekday! + 5) % 7)
        }
    }
}

@Suite struct WorkingDayCalendarTests {
    static let repoRoot = Fixtures.repoRoot
    static let holidays = (Fixtures.examples.calendars, [Diagnostic]())
    static let england = holidays.0.calendar("england-and-wales")!

    func day(_ text: String) -> Day { Day(PolicyDate(text)!)! }

    @Test func theShippedCalendarLoadsCleanlyAndCovers2018To2028() {
        #expect(Self.holidays.1.isEmpty)
        #expect(Self.england.firstYear == 2018 && Self.england.lastYear == 2028)
    }

    @Test(arguments: [
        "2022-09-19", // State funeral of Queen Elizabeth II
        "2023-05-08", // Coronation of King Charles III
        "2022-06-03", // Platinum Jubilee
        "2020-05-08", // VE day: the early May bank holiday moved
        "2020-12-28", "2021-12-27", "2021-12-28", "2022-01-03", "2027-12-27", "2027-12-28", // substitute days
        "2025-04-18", "2025-04-21", "2026-04-03", "2026-04-06", // Easter
    ])
    func oneOffAndSubstituteHolidaysAreNotWorkingDays(date: String) {
        #expect(!Self.england.isWorkingDay(day(date)))
    }

    @Test func ordinaryDaysAreWorkingDays() {
        #expect(Self.england.isWorkingDay(day("2025-05-21")))
        #expect(!Self.england.isWorkingDay(day("2025-05-24"))) // Saturday
        #expect(Self.england.isWorkingDay(day("2020-05-04"))) // the usual early May Monday, moved that year
    }

    @Test(arguments: [
        ("2024-12-20", 3, "2024-12-27"), // Friday before Christmas: Mon, Tue, (Christmas, Boxing Day), Fri
        ("2024-12-24", 1, "2024-12-27"),
        ("2025-12-24", 2, "2025-12-30"), // Christmas Thursday, Boxing Day Friday, weekend
        ("2025-04-17", 1, "2025-04-22"), // Maundy Thursday to the Tuesday after Easter Monday
        ("2026-04-02", 2, "2026-04-08"),
        ("2025-05-23", 1, "2025-05-27"), // Friday before the spring bank holiday
        ("2025-05-24", 1, "2025-05-27"), // raised on a Saturday: day 0 is the Saturday itself
        ("2025-05-21", 12, "2025-06-09"), // across the spring bank holiday
    ])
    func addingWorkingDays(raised: String, days: Int, expected: String) {
        #expect(Self.england.adding(workingDays: days, to: day(raised)) == day(expected))
    }

    @Test func deadlinesFollowEachStagesKind() {
        let steps: [(String, Timescale)] = [
            ("Stage 1", Timescale(kind: .fromRaised, value: 2, unit: .workingDays)),
            ("Stage 2", Timescale(kind: .afterPrevious, value: 2, unit: .workingDays)),
            ("Stage 3", Timescale(kind: .none, wording: "as soon as possible")),
            ("Stage 4", Timescale(kind: .afterPrevious, value: 2, unit: .workingDays)),
            ("Stage 5", Timescale(kind: .fromRaised, value: 72, unit: .hours)),
        ]
        let d = Deadlines.compute(steps, raised: day("2024-12-20"), calendar: Self.england)
        #expect(d.map { $0.latest?.description } == ["2024-12-24", "2024-12-30", nil, nil, "2024-12-23"])
        #expect(d[2].explanation == "As soon as possible")
        #expect(d[1].explanation == "2 working days after Stage 1")
        #expect(d[3].explanation == "2 working days after Stage 3, which has no fixed end")
        #expect(d[4].explanation == "72 hours from the date raised")
    }

    /// A month counts to the same day of the month, or to its last day when it is shorter.
    @Test(arguments: [
        ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2025-01-15", 1, "2025-02-15"),
        ("2025-03-31", 1, "2025-04-30"), ("2025-11-30", 3, "2026-02-28"), ("2025-12-31", 12, "2026-12-31"),
        ("2024-02-29", 12, "2025-02-28"), ("2025-08-31", 6, "2026-02-28"),
    ])
    func addingMonths(from: String, months: Int, expected: String) {
        #expect(day(from).adding(months: months).description == expected)
        #expect(Self.england.adding(months, .months, to: day(from)).description == expected)
    }

    @Test func calendarDaysAndWeeksCountEveryDay() {
        // Christmas and the weekend count: these are not working days.
        #expect(Self.england.adding(10, .calendarDays, to: day("2024-12-20")).description == "2024-12-30")
        #expect(Self.england.adding(2, .weeks, to: day("2024-12-20")).description == "2025-01-03")
        #expect(Self.england.adding(2, .workingDays, to: day("2024-12-20")).description == "2024-12-24")
    }

    @Test func conditionalTimescalesGetTheirOwnDates() {
        let main = Timescale(kind: .afterPrevious, value: 5, unit: .workingDays, alternatives: [
            .init(condition: "where a child is at risk of significant harm", timescale: Timescale(kind: .none, wording: "immediately")),
            .init(condition: "if the child has a plan", timescale: Timescale(kind: .afterPrevious, value: 1, unit: .workingDays)),
        ])
        let steps: [(String, Timescale)] = [
            ("Stage 1", Timescale(kind: .fromRaised, value: 1, unit: .months)),
            ("Stage 2", main),
            ("Stage 3", Timescale(kind: .afterPrevious, value: 2, unit: .workingDays)),
        ]
        let d = Deadlines.compute(steps, raised: day("2025-01-31"), calendar: Self.england)
        #expect(d.map { $0.latest?.description } == ["2025-02-28", "2025-03-07", "2025-03-11"])
        #expect(d[0].explanation == "1 month from the date raised")
        #expect(d[1].alternatives.map(\.condition) == ["where a child is at risk of significant harm", "if the child has a plan"])
        #expect(d[1].alternatives.map { $0.latest?.description } == [nil, "2025-03-03"])
        #expect(d[1].alternatives[0].explanation == "Immediately")
        #expect(d[1].alternatives[1].explanation == "1 working day after Stage 1")
    }

    @Test func aClosureCalendarExtendsTheBankHolidays() throws {
        let shipped = try Data(contentsOf: Self.repoRoot.appendingPathComponent("content/calendars/bank-holidays.json"))
        let closures = Data(#"{"herts-office": {"division": "herts-office", "extends": "england-and-wales", "events": [{"title": "Office closed", "date": "2025-12-29"}]}}"#.utf8)
        let (holidays, problems) = BankHolidays.load(files: [("calendars/bank-holidays.json", shipped), ("calendars/closures.json", closures)],
                                                     display: "calendars")
        #expect(problems.isEmpty)
        let office = try #require(holidays.calendar("herts-office"))
        #expect(!office.isWorkingDay(day("2025-12-29")))
        #expect(!office.isWorkingDay(day("2025-12-25")))
        #expect(office.adding(workingDays: 1, to: day("2025-12-24")) == day("2025-12-30"))
    }
}

/// Calendar mistakes are located and reported once, not silent and not cascading.
@Suite struct CalendarProblemTests {
    @Test func aBadDateIsReportedOnItsLineAndADivisionWithoutEventsIsSaid() {
        let json = "{\n  \"x\": {\n    \"division\": \"x\",\n    \"events\": [\n      {\"title\": \"A\", \"date\": \"2025-13-01\"}\n    ]\n  },\n  \"y\": {\"division\": \"y\"}\n}\n"
        let (_, problems) = BankHolidays.load(files: [("calendars/c.json", Data(json.utf8))], display: "calendars")
        #expect(problems.map(\.message) == ["event 1 of 'x' has no valid date ('2025-13-01')", "the calendar 'y' has no \"events\" list"])
        #expect(problems.first?.location.line == 5)
    }
}

/// Every input in `Fuzz/corpus/calendar/` (seeds and each crash a fuzzer ever found) goes through
/// what FuzzCalendar does: read, made into calendars, used for deadlines; never a crash.
@Suite struct CalendarFuzzCorpusTests {
    @Test func calendarCorpus() throws {
        let dir = Fixtures.repoRoot.appendingPathComponent("Fuzz/corpus/calendar")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names.count >= 5)
        for name in names {
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            let (holidays, problems) = BankHolidays.load(files: [(shown: "calendars/\(name)", data: data)], display: "calendars")
            for p in problems { #expect(!p.message.isEmpty, "\(name)") }
            for division in holidays.names.sorted() {
                let calendar = try #require(holidays.calendar(division))
                let start = calendar.closures.min() ?? Day(year: 2025, month: 1, day: 1)
                for n in [0, 1, 5, 20] { #expect(calendar.adding(workingDays: n, to: start) >= start) }
                let steps: [(String, Timescale)] = [("Stage 1", Timescale(kind: .fromRaised, value: 3, unit: .workingDays))]
                #expect(Deadlines.compute(steps, raised: start, calendar: calendar).count == 1)
            }
        }
    }
}
