/// What the accessibility statement says that only the site's owner can know
/// (`accessibility:` in site.yml). The standard, the checks escalate runs and the limits
/// escalate knows of in its own output are added by the site; nothing here is guessed when absent.
public struct AccessibilityFacts: Sendable, Hashable {
    /// How far the site meets WCAG 2.2 AA, as the owner has judged it.
    public enum Compliance: String, Sendable, Hashable, CaseIterable {
        case full = "fully-compliant"
        case partial = "partially-compliant"
        case not = "not-compliant"
    }

    /// Where readers report an accessibility problem or ask for another format.
    public var email: String?
    public var phone: String?
    public var url: String?
    /// How many working days the owner takes to reply.
    public var replyWorkingDays: Int?
    public var compliance: Compliance?
    /// The date the site was last tested, and who tested it and how.
    public var lastTested: PolicyDate?
    public var testedBy: String?
    /// The date the statement was prepared (or last reviewed).
    public var prepared: PolicyDate?
    /// Known problems beyond those escalate knows of itself, one sentence each.
    public var knownLimits: [String]

    public init(email: String? = nil, phone: String? = nil, url: String? = nil, replyWorkingDays: Int? = nil,
                compliance: Compliance? = nil, lastTested: PolicyDate? = nil, testedBy: String? = nil,
                prepared: PolicyDate? = nil, knownLimits: [String] = []) {
        self.email = email
        self.phone = phone
        self.url = url
        self.replyWorkingDays = replyWorkingDays
        self.compliance = compliance
        self.lastTested = lastTested
        self.testedBy = testedBy
        self.prepared = prepared
        self.knownLimits = knownLimits
    }

    public var hasContact: Bool { email != nil || phone != nil || url != nil }
}
