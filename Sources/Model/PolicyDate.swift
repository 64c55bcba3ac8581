/// A calendar date as policies write it: a whole day (`2025-05-21`) or, where a
/// document only gives a month ("Approved May 2018"), a month (`2018-05`).
public struct PolicyDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    /// Nil when the source gives only a month.
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM`; nil if the text is not in that form or the date does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        var day: Int?
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]),
                  d >= 1, d <= PolicyDate.daysIn(month: month, year: year) else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// `YYYY-MM-DD` or `YYYY-MM`, the form it is read from (a year below 1000 keeps its zeros).
    public var description: String {
        func padded(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        guard let day else { return "\(padded(year, 4))-\(padded(month, 2))" }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

    /// As GOV.UK writes dates: "21 May 2025", or "May 2019" when only the month is known.
    public var readable: String {
        let name = Self.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    /// A month-only date sorts as the first of that month.
    public static func < (a: PolicyDate, b: PolicyDate) -> Bool {
        (a.year, a.month, a.day ?? 1) < (b.year, b.month, b.day ?? 1)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PolicyDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM(-DD) date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
