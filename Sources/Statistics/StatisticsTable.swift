/// One published table, after disclosure control: every cell is already the text a reader
/// sees (`12`, `[c]`, `[z]`, `40%`), so nothing later can publish a true small count by mistake.
public struct StatisticsTable: Sendable, Hashable, Codable {
    public struct Column: Sendable, Hashable, Codable {
        public var id: String
        public var header: String
        /// Counts may be drawn as bars; percentages and statistics are not.
        public var isCount: Bool
    }

    /// A cell as published: a number, or a symbol.
    public enum Cell: Sendable, Hashable, Codable {
        case number(Double, text: String)
        case symbol(Symbol)

        public var text: String {
            switch self {
            case .number(_, let t): return t
            case .symbol(let s): return s.rawValue
            }
        }

        public var number: Double? {
            if case .number(let v, _) = self { return v }
            return nil
        }
    }

    /// The Government Statistical Service's bracket shorthand.
    public enum Symbol: String, Sendable, Hashable, Codable, CaseIterable {
        /// Confidential: too small to publish, or suppressed so a small number cannot be worked out.
        case confidential = "[c]"
        /// Not available.
        case notAvailable = "[x]"
        /// Not applicable.
        case notApplicable = "[z]"

        public var meaning: String {
            switch self {
            case .confidential: return "confidential: the number is too small to publish, or is withheld so that a small number cannot be worked out from the others"
            case .notAvailable: return "not available: the log does not hold the information"
            case .notApplicable: return "not applicable: the procedure sets no timescale for the stage, or there is nothing to divide by"
            }
        }
    }

    public struct Row: Sendable, Hashable, Codable {
        public var id: String
        public var label: String
        public var cells: [Cell]
        public var isTotal: Bool
    }

    public enum Chart: String, Sendable, Hashable, Codable {
        case none, bars, line
    }

    /// `herts/raising-agency`; unique across the publication, used for file names.
    public var id: String
    /// Nil for the all-partnerships tables.
    public var partnership: String?
    public var partnershipName: String
    /// The kind of table (`raising-agency`), the same for every partnership.
    public var kind: String
    public var title: String
    public var period: String
    /// The header of the first column (what the rows are).
    public var dimension: String
    public var columns: [Column]
    public var rows: [Row]
    public var notes: [String]
    public var chart: Chart
    /// How many cells hold `[c]`.
    public var suppressedCells: Int {
        rows.reduce(0) { $0 + $1.cells.filter { $0 == .symbol(.confidential) }.count }
    }

    public var symbolsUsed: [Symbol] {
        Symbol.allCases.filter { s in rows.contains { $0.cells.contains(.symbol(s)) } }
    }

    /// "Escalations by raising agency, Hertfordshire, 2024-25".
    public var caption: String { "\(title), \(partnershipName), \(period)" }
}
