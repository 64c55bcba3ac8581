/// What every page's layout, header and footer are given as `site`.
struct SiteContext: Encodable, Sendable {
    var title: String
    var language: String
    /// True when every procedure is from the bundled example set.
    var example: Bool
    /// The Atom feed exists (the site has a base address).
    var feed: Bool
    var footer: Maybe<String>
    /// The logo's path from the site's root, and its alternative text.
    var logo: Maybe<String>
    var logoAlt: Maybe<String>
    var themeCSS: Bool
    // Site pages: page owner and feedback on every page, the statistics link only with statistics.
    /// Who runs the site (`owner.name` in site.yml), or false.
    var owner: Maybe<String>
    /// How to send feedback (`owner:` in site.yml).
    var feedback: ContactContext
    var hasFeedback: Bool
    /// The statistics page exists (the build read a case log).
    var statistics: Bool
    /// The glossary page exists (`content/glossary.yml` has terms): linked from every footer.
    var glossary: Bool = false
}

/// Which item of the site's navigation is the current page, as `nav`.
struct NavContext: Encodable, Sendable {
    var home = false
    var compare = false
    var statistics = false
    var updates = false
    var accessibility = false
    var privacy = false
    var glossary = false
}
