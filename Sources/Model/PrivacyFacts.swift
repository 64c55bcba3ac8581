/// What the privacy statement says beyond what escalate knows of its own pages (no cookies, no
/// analytics, scripts that send nothing): `privacy:` in site.yml.
public struct PrivacyFacts: Sendable, Hashable {
    /// The data protection contact (often the organisation's data protection officer).
    public var email: String?
    /// The organisation's full privacy notice.
    public var noticeURL: String?
    /// What the web host records about requests (server logs), in the owner's words.
    public var hosting: String?

    public init(email: String? = nil, noticeURL: String? = nil, hosting: String? = nil) {
        self.email = email
        self.noticeURL = noticeURL
        self.hosting = hosting
    }
}
