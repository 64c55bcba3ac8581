import Diagnostics
import Model

/// What `content/case-log.yml` says: the vocabularies statistics are counted in, and how a
/// partnership's log maps onto them (its column headers, its spellings, its date format and
/// encoding, the stages it holds). Read by `PolicySource`'s `CaseLogSettingsReader`; resolved
/// against the procedures by `CaseLogConfiguration`.
public struct CaseLogSettings: Sendable, Hashable {
    /// How dates are written in the log. Configured, never guessed: `03/04/2025` is 3 April in
    /// `dd/mm/yyyy` and is never read as 4 March.
    public enum DateFormat: String, Sendable, Hashable, CaseIterable {
        case iso
        case dayMonthYear = "dd/mm/yyyy"
    }

    /// The encoding of a CSV log without a byte-order mark (a BOM always decides).
    public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
        case utf8 = "utf-8"
        case windows1252 = "windows-1252"
    }

    public enum ProcedureColumn: String, Sendable, Hashable, CaseIterable {
        /// Required exactly when a partnership has more than one procedure.
        case automatic
        case required
    }

    /// A spelling the log uses and the vocabulary id it stands for, with where the mapping says so.
    public struct Spelling: Sendable, Hashable {
        public var text: String
        public var id: String
        public var location: SourceLocation

        public init(text: String, id: String, location: SourceLocation) {
            self.text = text
            self.id = id
            self.location = location
        }
    }

    /// Nil where case-log.yml does not declare them: the built-in defaults apply.
    public var agencies: Vocabulary?
    public var outcomes: Vocabulary?
    /// Per procedure id; a procedure not named here has its own `categories` list (ids by
    /// `Slug`) plus `other`.
    public var categories: [String: Vocabulary] = [:]

    /// Schema field (`raised_on`) → the log's own header (`Date raised`). Fields not named are
    /// looked for under their schema name.
    public var columns: [String: String] = [:]
    public var partnershipSpellings: [Spelling] = []
    public var procedureSpellings: [Spelling] = []
    public var agencySpellings: [Spelling] = []
    /// Per procedure id.
    public var categorySpellings: [String: [Spelling]] = [:]
    public var outcomeSpellings: [Spelling] = []
    public var dateFormat: DateFormat = .iso
    public var encoding: TextEncoding = .utf8
    /// Per procedure id, the lowest stage the log holds (default 1).
    public var firstStage: [String: Int] = [:]
    public var procedureColumn: ProcedureColumn = .automatic
    /// Where case-log.yml is, for messages about what it maps (nil when there is none).
    public var file: String?
    /// Where each procedure's entries are, for messages about an unknown procedure id.
    public var locations: [String: SourceLocation] = [:]

    public init() {}

    /// The file's name inside the content folder.
    public static let fileName = "case-log.yml"
}
