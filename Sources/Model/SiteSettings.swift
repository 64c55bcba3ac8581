/// How the guidance site is put together: from `content/site.yml` and `content/theme/theme.yml`.
public struct SiteSettings: Sendable, Hashable {
    public var title: String
    /// Where the site will be published; sitemap.xml and the feed need absolute addresses.
    /// Pages never use it: their links are relative.
    public var baseURL: String?
    /// Where the site is published, in words, for printed copies when there is no `baseURL`
    /// ("the partnership's website, under Procedures").
    public var publishedAt: String?
    public var language: String
    /// A procedure is flagged "updated" when its last update is this many days or fewer
    /// before `asOf`.
    public var updatedWithinDays: Int
    /// The date "updated" is measured from; by default the newest date in the content, never the clock.
    public var asOf: PolicyDate?
    /// Raw HTML in policy prose is dropped unless this is set.
    public var allowRawHTML: Bool
    public var theme: ThemeSettings
    /// What every procedure page opens with (`immediate-risk`): the wording, and each
    /// partnership's front door to children's social care.
    public var immediateRisk = ImmediateRisk()

    // Site pages (accessibility, privacy, page owner): each nested key of site.yml has its own type.
    /// `owner:` who runs the site and takes feedback.
    public var owner = SiteOwner()
    /// `accessibility:` the facts of the accessibility statement; nil when site.yml has no such key.
    public var accessibility: AccessibilityFacts?
    /// `privacy:` the facts of the privacy statement.
    public var privacy = PrivacyFacts()

    public init(title: String = "Resolving professional differences", baseURL: String? = nil, publishedAt: String? = nil, language: String = "en-GB",
                updatedWithinDays: Int = 90, asOf: PolicyDate? = nil, allowRawHTML: Bool = false,
                theme: ThemeSettings = ThemeSettings()) {
        self.title = title
        self.baseURL = baseURL
        self.publishedAt = publishedAt
        self.language = language
        self.updatedWithinDays = updatedWithinDays
        self.asOf = asOf
        self.allowRawHTML = allowRawHTML
        self.theme = theme
    }
}

/// A partnership's look: its name, logo, colours and footer, without touching Swift.
public struct ThemeSettings: Sendable, Hashable {
    /// Shown beside the logo in the header.
    public var organisation: String?
    /// Path of the logo inside `content/theme/`.
    public var logo: String?
    public var logoAlt: String?
    /// The logo's type as its bytes show it (`png`, `jpg`, `svg`): the extension it is published with.
    public var logoFormat: String?
    public var footer: String?
    /// CSS colours by role: `brand`, `link`, `focus`, `urgent`.
    public var colours: [String: String]

    public init(organisation: String? = nil, logo: String? = nil, logoAlt: String? = nil, footer: String? = nil,
                colours: [String: String] = [:]) {
        self.organisation = organisation
        self.logo = logo
        self.logoAlt = logoAlt
        self.footer = footer
        self.colours = colours
    }

    public static let colourRoles = ["brand", "link", "focus", "urgent"]
}
