/// The `statistics` and `notfound` templates: the layout and little else.
struct SimplePageContext: Encodable, Sendable {
    var root: String
    var nav: NavContext
    var site: SiteContext
    /// The statistics page's tables, when there are statistics (HTML escalate made).
    var statisticsHtml: Maybe<String> = .none
}
