/// The `statistics` and `notfound` templates: the layout and little else.
struct SimplePageContext: Encodable, Sendable {
    var root: String
    var nav: NavContext
    var site: SiteContext
    /// The statistics page's tables, when there are statistics (HTML escalate made).
    var statisticsHtml: Maybe<String> = .none
    /// The 404 page's stylesheets inline (CSS escalate assembled), when its links are absolute.
    var styleHtml: Maybe<String> = .none
}
