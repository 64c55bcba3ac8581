/// The `privacy` template: what the site collects (nothing) and whom to ask.
struct PrivacyPageContext: Encodable, Sendable {
    var root: String
    var nav: NavContext
    var site: SiteContext
    var owner: Maybe<String>
    /// What each of the site's scripts does, all in the reader's browser.
    var scripts: [String]
    /// What the web host records, in the owner's words, or false.
    var hosting: Maybe<String>
    /// The data protection contact, else the feedback address.
    var email: Maybe<String>
    /// The owner's full privacy notice.
    var noticeURL: Maybe<String>
}
