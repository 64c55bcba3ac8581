/// The fragment ids a procedure page gives its own sections. The contents list, the ids prose
/// headings must avoid, and (through the generated page) the content's link check all use
/// this one list; the built-in `procedure` template writes the same ids.
enum ProcedureAnchor {
    static let main = "main"
    static let immediateRisk = "immediate-risk"
    /// The stages as a short list with their timescales, near the top for phones.
    static let stageSummary = "stage-summary"
    static let urgentRoutes = "urgent-routes"
    static let otherRoutes = "other-routes"
    static let contents = "contents"
    static let stages = "stages"
    static let deadlines = "deadlines"
    static let flowchart = "flowchart"
    static let categories = "categories"
    static let concernTemplate = "concern-template"
    static let contacts = "contacts"
    static let history = "history"

    /// Each section, and the `-heading` id of its heading (`urgent-heading` for the urgent routes).
    static let sections = [immediateRisk, stageSummary, urgentRoutes, otherRoutes, contents, stages, deadlines, flowchart, categories, concernTemplate, contacts, history]

    static func heading(of section: String) -> String {
        section == urgentRoutes ? "urgent-heading" : section + "-heading"
    }

    /// Every id the page itself uses, before any prose heading is given one.
    static var all: Set<String> {
        Set([main] + sections + sections.map(heading(of:)))
    }
}
