/// Who runs the guidance site and answers for its pages (`owner:` in site.yml): named in every
/// page's footer as the page owner, with the feedback contact, and in the privacy statement.
public struct SiteOwner: Sendable, Hashable {
    /// The organisation that runs the site ("Hertfordshire Safeguarding Children Partnership").
    public var name: String?
    /// Where readers send feedback and report problems with a page.
    public var email: String?
    public var phone: String?
    /// A feedback form, when the organisation has one.
    public var feedbackURL: String?

    public init(name: String? = nil, email: String? = nil, phone: String? = nil, feedbackURL: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
        self.feedbackURL = feedbackURL
    }

    /// True when a reader has some way to send feedback.
    public var hasContact: Bool { email != nil || phone != nil || feedbackURL != nil }
}
