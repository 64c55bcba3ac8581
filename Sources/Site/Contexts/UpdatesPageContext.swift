/// The `updates` template: every amendment of every procedure, newest first.
struct UpdatesPageContext: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        /// `21 May 2025`, and `2025-05-21` for `<time datetime>`.
        var date: String
        var isoDate: String
        var procedure: String
        /// The procedure page's version history.
        var href: String
        var change: String
    }

    var root: String
    var nav: NavContext
    var site: SiteContext
    var entries: [Entry]
    var hasEntries: Bool
    /// The Atom feed of the same amendments, when the site has a base address.
    var feedHref: Maybe<String>
}
