/// A way through that is not the numbered stages: a child at immediate risk, a concern about a
/// professional (LADO), whistleblowing, a complaint, a referral outside the partnership. Only a
/// route that bypasses the stages is worded as urgent; the others run alongside them or
/// instead of them.
public struct Route: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case immediateRisk = "immediate-risk"
        case professionalConcern = "professional-concern"
        case whistleblowing
        case complaint
        case externalReferral = "external-referral"
        case other
    }

    public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
        /// Skips the stages because they would be too slow (a child at immediate risk).
        case bypasses
        /// Runs as well as the stages (tell the LADO, and carry on resolving the disagreement).
        case alongside
        /// Used instead of the stages (a complaint goes through the complaints procedure).
        case instead
    }

    public var title: String
    public var anchor: String
    public var kind: Kind
    public var relation: Relation
    /// The situation in which this route applies.
    public var when: String
    /// Who to tell, in order.
    public var contacts: [String]
    public var timescale: Timescale?
    /// Where the route leads once taken, when it joins the procedure ("go straight to Stage 3").
    public var leadsTo: Outcome.Next?
    public var guidance: Prose

    public init(title: String, anchor: String, kind: Kind = .other, relation: Relation = .bypasses, when: String,
                contacts: [String], timescale: Timescale? = nil, leadsTo: Outcome.Next? = nil, guidance: Prose = Prose()) {
        self.title = title
        self.anchor = anchor
        self.kind = kind
        self.relation = relation
        self.when = when
        self.contacts = contacts
        self.timescale = timescale
        self.leadsTo = leadsTo
        self.guidance = guidance
    }

    /// Only a route that skips the stages is urgent.
    public var isUrgent: Bool { relation == .bypasses }
}
