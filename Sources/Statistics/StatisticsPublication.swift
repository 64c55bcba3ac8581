import Model

/// Everything the statistics publish, after disclosure control: the tables (cells already as
/// published text), a summary per partnership, the methods note and what the audit found.
/// The CSV, JSON, charts and pages are all made from this value and nothing else.
public struct StatisticsPublication: Sendable, Hashable, Codable {
    public struct PartnershipSection: Sendable, Hashable, Codable {
        /// Nil for all partnerships together.
        public var id: String?
        public var name: String
        public var procedure: String?
        /// Generated sentences, suppressed like the tables they come from.
        public var summary: [String]
        /// Ids of the section's tables, in the order shown.
        public var tables: [String]
    }

    public struct Audit: Sendable, Hashable, Codable {
        /// Cells published as `[c]`: below the rule, and chosen to protect them.
        public var primary: Int
        public var secondary: Int
        /// The fewest values an attacker can narrow any suppressed cell to (nil: none is bounded).
        public var narrowestRange: Int?
        /// The fewest values every suppressed cell must keep.
        public var requiredRange: Int
        public var passed: Bool
    }

    public var period: String
    public var periodMonths: String
    public var rule: StatisticsSettings.DisclosureRule
    public var synthetic: Bool
    public var sections: [PartnershipSection]
    public var tables: [StatisticsTable]
    /// Paragraphs of plain language.
    public var methods: [String]
    public var audit: Audit
    /// Cells the audit found recoverable: the build fails while this is not empty. Keys only,
    /// never values.
    public var unsafeCells: [String]

    public func table(_ id: String) -> StatisticsTable? { tables.first { $0.id == id } }
}
