/// A duty to tell someone at a given stage, e.g. "email the partnership at Stage 3,
/// sent by the manager who starts Stage 3".
public struct NotificationDuty: Sendable, Hashable, Codable {
    /// What is sent, in the author's words.
    public var what: String
    /// A contact id, or `partnership` for each partnership's own contact; nil when the duty
    /// goes to a role.
    public var to: String?
    /// A role rather than a contact ("the conference chair"), in the author's words.
    public var role: String?
    /// Who must send it.
    public var by: String?
    /// How: "email", "phone", "copy into emails".
    public var how: String?
    /// When, if not simply "at this stage".
    public var when: String?

    public init(what: String, to: String?, role: String? = nil, by: String? = nil, how: String? = nil, when: String? = nil) {
        self.what = what
        self.to = to
        self.role = role
        self.by = by
        self.how = how
        self.when = when
    }

    /// The `to` value that means "each partnership's own contact".
    public static let eachPartnership = "partnership"
}
