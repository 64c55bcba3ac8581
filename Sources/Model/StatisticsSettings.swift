/// What `content/statistics.yml` says about publishing the escalation statistics: the
/// disclosure rule, the smallest group a median is given for, the reporting period and how far
/// small numbers may be merged or pooled. Every field has the default a partnership would
/// expect, so the file is optional.
public struct StatisticsSettings: Sendable, Hashable, Codable {
    /// Which counts are too small to publish, and how the rest are shown.
    public struct DisclosureRule: Sendable, Hashable, Codable {
        /// `dfe`, `nhs`, `ons` or `custom`.
        public var name: String
        /// Counts from `smallestSuppressed` to `largestSuppressed` are shown as `[c]`.
        public var largestSuppressed: Int
        /// True when zero is suppressed too (ONS research outputs): otherwise a true zero is `0`.
        public var zerosSensitive: Bool
        /// Published counts are rounded to the nearest multiple of this (1: unrounded).
        public var roundTo: Int

        public init(name: String, largestSuppressed: Int, zerosSensitive: Bool = false, roundTo: Int = 1) {
            self.name = name
            self.largestSuppressed = largestSuppressed
            self.zerosSensitive = zerosSensitive
            self.roundTo = max(1, roundTo)
        }

        /// Children's social care statistics: 1–5 shown as `[c]`, local figures unrounded.
        public static let dfe = DisclosureRule(name: "dfe", largestSuppressed: 5)
        /// NHS secondary care: 1–7 as `[c]`, every other count to the nearest 5.
        public static let nhs = DisclosureRule(name: "nhs", largestSuppressed: 7, roundTo: 5)
        /// ONS research outputs: below 10, zero included.
        public static let ons = DisclosureRule(name: "ons", largestSuppressed: 9, zerosSensitive: true)

        public static func named(_ name: String) -> DisclosureRule? {
            switch name {
            case "dfe": return .dfe
            case "nhs": return .nhs
            case "ons": return .ons
            default: return nil
            }
        }

        public var smallestSuppressed: Int { zerosSensitive ? 0 : 1 }

        public func isSuppressed(_ count: Int) -> Bool {
            (smallestSuppressed...largestSuppressed).contains(count)
        }
    }

    /// Which period the tables describe.
    public enum Period: Sendable, Hashable, Codable {
        /// The latest financial year (April to March) that the log holds completely.
        case latestCompleteYear
        /// A financial year by its first calendar year (2024 for 2024-25).
        case financialYear(Int)
        /// Any run of whole days, inclusive, as the configuration names them.
        case custom(from: PolicyDate, to: PolicyDate, label: String)
    }

    public var rule: DisclosureRule
    /// Medians and percentiles are given only for groups of at least this many cases.
    public var minimumGroupSize: Int
    public var period: Period
    /// How many financial years are pooled (ending with the period's) when a year alone
    /// would leave more than half of a table's cells suppressed; 1 turns pooling off.
    public var poolYears: Int
    /// Whether agencies, categories and outcomes may be published under their coarser groups.
    public var allowGroupings: Bool

    public init(rule: DisclosureRule = .dfe, minimumGroupSize: Int = 10, period: Period = .latestCompleteYear,
                poolYears: Int = 3, allowGroupings: Bool = true) {
        self.rule = rule
        self.minimumGroupSize = minimumGroupSize
        self.period = period
        self.poolYears = poolYears
        self.allowGroupings = allowGroupings
    }
}
