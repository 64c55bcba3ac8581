/// The `search` template: `search.html`, the search box and its results (made by the script).
struct SearchPageContext: Encodable, Sendable {
    var root: String
    var nav: NavContext
    var site: SiteContext
    /// True when the site has a glossary, which the search covers too.
    var hasGlossary: Bool
}

/// The `glossary` template: `glossary.html`, every term defined once.
struct GlossaryPageContext: Encodable, Sendable {
    struct Term: Encodable, Sendable {
        /// The term's id on the page (`term-lado`), which the procedure pages link to.
        var anchor: String
        var term: String
        var expansion: Maybe<String>
        var definition: String
        /// The procedures whose pages link the term.
        var hasUsedIn: Bool
        var usedIn: [Link]
    }

    struct Link: Encodable, Sendable {
        var href: String
        var title: String
        /// The procedure's partnerships ("Hertfordshire Safeguarding Children Partnership"):
        /// several partnerships' procedures share a title, and the reader must tell them apart.
        var partnershipNames: String
        var last: Bool
    }

    var root: String
    var nav: NavContext
    var site: SiteContext
    var terms: [Term]
}
