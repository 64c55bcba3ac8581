/// The `statistics` template: the all-partnerships page (`statistics.html`) and each
/// partnership's page (`statistics/<id>.html`). Every figure in it is already the text the
/// disclosure control published (`12`, `[c]`); the template only lays it out.
struct StatisticsPageContext: Encodable, Sendable {
    struct Link: Encodable, Sendable {
        var href: String
        var text: String
        /// A partnership's first summary sentence, on the all-partnerships page.
        var summary: Maybe<String> = .none
    }

    struct Cell: Encodable, Sendable {
        var text: String
        /// `[c]`, `[x]`, `[z]`: shown with an explanation for screen readers.
        var isSymbol: Bool
        var symbolMeaning: Maybe<String>
    }

    struct Row: Encodable, Sendable {
        var label: String
        var isTotal: Bool
        var cells: [Cell]
    }

    struct Table: Encodable, Sendable {
        /// Fragment id, `table-raising-agency`.
        var anchor: String
        /// What the table shows ("Escalations by outcome"), and over which period.
        var title: String
        var period: String
        /// The same with the partnership's name, for the table's own caption.
        var caption: String
        var dimension: String
        var columns: [String]
        var rows: [Row]
        var notes: [String]
        /// The chart, drawn by escalate (inline SVG), when the table has one.
        var svg: Maybe<String>
        var csvHref: String
        var chartHref: Maybe<String>
    }

    var root: String
    var nav: NavContext
    var site: SiteContext
    /// Kept for themes written before the statistics existed; never given.
    var statisticsHtml: Maybe<String> = .none
    /// False until the build is given a case log: the page then says the statistics will follow.
    var hasStatistics: Bool
    var heading: String
    /// On a partnership's page, the link back to all partnerships.
    var overview: Maybe<Link>
    /// The log declares itself synthetic: every page says so.
    var synthetic: Bool
    var period: String
    var periodMonths: String
    var summary: [String]
    /// On the all-partnerships page, one link per partnership's page.
    var partnerships: [Link]
    /// Stored, since templates find names through `Mirror`.
    var hasPartnerships: Bool
    var tables: [Table]
    var methods: [String]
    var downloads: [Link]
    /// On the all-partnerships page when a figure there is withheld: why a partnership's page
    /// can show a number where this page shows [c]. Readers found the difference odd.
    var withheldNote: Maybe<String> = .none
}
