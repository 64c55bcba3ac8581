/// The `accessibility` template: the accessibility statement. Facts site.yml does not give are
/// false, and the template leaves their sentences out.
struct AccessibilityPageContext: Encodable, Sendable {
    var root: String
    var nav: NavContext
    var site: SiteContext
    /// Where the site is published (`base-url`), or false.
    var siteAddress: Maybe<String>
    var owner: Maybe<String>
    /// The compliance sentence, from `compliance`.
    var complianceText: Maybe<String>
    /// Problems the owner lists, and those escalate knows of in its own output.
    var limits: [String]
    var hasLimits: Bool
    var contact: ContactContext
    var hasContact: Bool
    var replyWorkingDays: Maybe<Int>
    /// The standard the site is built and tested to.
    var standard: String
    /// The checks escalate runs on the pages it makes.
    var checks: [String]
    var lastTested: Maybe<String>
    var testedBy: Maybe<String>
    var prepared: Maybe<String>
}
