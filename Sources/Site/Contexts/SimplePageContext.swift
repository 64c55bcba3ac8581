/// The `statistics` and `notfound` templates: the layout and little else.
struct SimplePageContext: Encodable, Sendable {
    var root: String
    var nav: NavContext
    var site: SiteContext
    /// The statistics page's tables, when there are statistics (HTML escalate made).
    var statisticsHtml: Maybe<String> = .none
    /// The 404 page links its stylesheets again relative to the top folder, when its own links
    /// start from base-url's path: those fail when 404.html is opened from disk.
    var fallbackStylesheets = false
}
