import Model
import WorkingDays

/// A financial year, 1 April to 31 March, named by its first calendar year: 2024 is "2024-25".
public struct FinancialYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var startYear: Int

    public init(startYear: Int) {
        self.startYear = startYear
    }

    public init(containing day: Day) {
        let d = day.date
        startYear = d.month >= 4 ? d.year : d.year - 1
    }

    /// Reads "2024-25" (the form partnerships write); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let e = Int(parts[1]), (y + 1) % 100 == e else { return nil }
        startYear = y
    }

    public var first: Day { Day(year: startYear, month: 4, day: 1) }
    public var last: Day { Day(year: startYear + 1, month: 3, day: 31) }
    public var next: FinancialYear { FinancialYear(startYear: startYear + 1) }
    public var previous: FinancialYear { FinancialYear(startYear: startYear - 1) }

    /// 1 for April–June … 4 for January–March.
    public static func quarter(of day: Day) -> Int {
        let m = day.date.month
        return m >= 4 ? (m - 4) / 3 + 1 : 4
    }

    /// The first and last day of quarter `q` (1 for April–June … 4 for January–March).
    public func quarter(_ q: Int) -> ClosedRange<Day> {
        let start = first.adding(months: 3 * (q - 1))
        return start...start.adding(months: 3).adding(days: -1)
    }

    public var description: String {
        let end = (startYear + 1) % 100
        return "\(startYear)-\(end < 10 ? "0" : "")\(end)"
    }

    public static func < (a: FinancialYear, b: FinancialYear) -> Bool { a.startYear < b.startYear }
}

/// The period a table describes: one financial year, several pooled, or a configured run of days.
public struct ReportingPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var first: Day
    public var last: Day
    /// "2024-25", "2022-23 to 2024-25", or the configuration's label.
    public var label: String
    /// The financial years it is made of, when it is whole financial years.
    public var years: [FinancialYear]

    public init(year: FinancialYear) {
        first = year.first
        last = year.last
        label = year.description
        years = [year]
    }

    public init(pooling years: [FinancialYear]) {
        let sorted = years.sorted()
        first = sorted.first!.first
        last = sorted.last!.last
        label = sorted.count == 1 ? sorted[0].description : "\(sorted.first!) to \(sorted.last!)"
        self.years = sorted
    }

    public init(first: Day, last: Day, label: String) {
        self.first = first
        self.last = last
        self.label = label
        years = []
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    /// A key for cell identities: stable and free of spaces.
    public var key: String { years.isEmpty ? "\(first)_\(last)" : years.map(\.description).joined(separator: "+") }

    /// "April 2024 to March 2025": months only, as the publication never gives finer dates.
    public var months: String {
        "\(DayFormat.month(first)) to \(DayFormat.month(last))"
    }

    public var description: String { label }

    public static func < (a: ReportingPeriod, b: ReportingPeriod) -> Bool { (a.first, a.last) < (b.first, b.last) }
}
