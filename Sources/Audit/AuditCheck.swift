/// One check of the completeness audit on one procedure: what it found, and why, in words a
/// safeguarding business manager can act on.
public struct AuditCheck: Sendable, Hashable, Encodable {
    /// The checks, in the order they are shown. The raw values are an interface (JSON, CI
    /// annotations, the compare page): never renamed.
    public enum ID: String, Sendable, Hashable, Codable, CaseIterable {
        case immediateRiskRoute = "immediate-risk-route"
        case ladoRoute = "lado-route"
        case recordingDuty = "recording-duty"
        case finalDecision = "final-decision"
        case timescales
        case reviewDate = "review-date"
        case reachableContact = "reachable-contact"
        case version

        /// What the check asks, as a row heading.
        public var question: String {
            switch self {
            case .immediateRiskRoute: return "The procedure's own route for a child at immediate risk (police and children's social care)"
            case .ladoRoute: return "Route to the LADO for a concern about a professional"
            case .recordingDuty: return "What to record at every stage"
            case .finalDecision: return "A final stage with a named decision-maker"
            case .timescales: return "A fixed timescale for every stage, or a note saying why not"
            case .reviewDate: return "Next review date not passed, within three years of the last update"
            case .reachableContact: return "Each partnership reachable by email or phone"
            case .version: return "The procedure's version"
            }
        }

        /// The checks about stages, which a procedure that does not list its stages cannot meet or miss.
        public var isAboutStages: Bool {
            self == .recordingDuty || self == .finalDecision || self == .timescales
        }
    }

    public enum Result: String, Sendable, Hashable, Codable, CaseIterable {
        case pass
        case fail
        case notApplicable = "not-applicable"

        /// As a reader sees it, in words (never colour alone).
        public var words: String {
            switch self {
            case .pass: return "Pass"
            case .fail: return "Fail"
            case .notApplicable: return "Not applicable"
            }
        }
    }

    public var id: ID
    public var result: Result
    /// Why, in plain words, naming what was found or missed, for the author (`escalate audit`):
    /// it may name the front-matter keys and route kinds to change.
    public var reason: String
    /// The same finding for the site's readers, who are practitioners, not authors: no
    /// front-matter keys, route kinds or check ids (the compare page shows this).
    public var readerReason: String
    /// The part of the source the check is about, for annotations.
    public var subject: AuditSubject

    /// - Parameter reader: the reason in readers' words, when `reason` names keys or kinds.
    public init(_ id: ID, _ result: Result, _ reason: String, reader: String? = nil, subject: AuditSubject = .file) {
        self.id = id
        self.result = result
        self.reason = reason
        self.readerReason = reader ?? reason
        self.subject = subject
    }

    enum CodingKeys: String, CodingKey {
        case id, result, reason
    }
}
