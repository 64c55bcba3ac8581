/// The `updates` template: every amendment of every procedure, newest first.
struct UpdatesPageContext: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        /// `21 May 2025`, and `2025-05-21` for `<time datetime>`.
        var date: String
        var isoDate: String
        var procedure: String
        /// The procedure's partnerships: titles repeat across partnerships.
        var partnershipNames: String
        /// The procedure page's version history.
        var href: String
        var change: String
    }

    /// A superseded version kept on the site, read-only at its own address.
    struct SupersededVersion: Encodable, Sendable {
        var procedure: String
        var partnershipNames: String
        var version: String
        /// The version's own page.
        var href: String
        /// `21 May 2025` and `2025-05-21`, or false when the date is not known.
        var supersededOn: Maybe<String>
        var isoDate: Maybe<String>
        /// The version that replaced it, or false.
        var supersededBy: Maybe<String>
    }

    var root: String
    var nav: NavContext
    var site: SiteContext
    var entries: [Entry]
    var hasEntries: Bool
    /// The Atom feed of the same amendments, when the site has a base address.
    var feedHref: Maybe<String>
    /// Every superseded version, newest replacement first.
    var superseded: [SupersededVersion] = []
    var hasSuperseded = false
}
