/// A route that bypasses the stages: immediate risk of harm, concerns about a
/// professional's suitability (LADO), whistleblowing, complaints.
public struct UrgentRoute: Sendable, Hashable, Codable {
    public var title: String
    public var anchor: String
    /// The situation in which this route applies.
    public var when: String
    /// Who to tell, in order.
    public var contacts: [String]
    public var timescale: Timescale?
    public var guidance: Prose

    public init(title: String, anchor: String, when: String, contacts: [String], timescale: Timescale? = nil,
                guidance: Prose = Prose()) {
        self.title = title
        self.anchor = anchor
        self.when = when
        self.contacts = contacts
        self.timescale = timescale
        self.guidance = guidance
    }
}
