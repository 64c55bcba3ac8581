/// How to make escalate report a code: edits to a copy of the bundled example content, or why
/// no edit to content can.
public enum DiagnosticExample: Sendable, Hashable {
    /// `summary` says in a sentence what is wrong; `edits`, applied in order to a copy of
    /// `content/`, make `escalate check` report the code in `reportedIn` (the file as messages
    /// show it, e.g. `content/policies/000_herts.md`). `rendersCharts`: the code comes from
    /// Graphviz's layout, so the example is checked with charts rendered.
    case edits(_ summary: String, [ContentEdit], reportedIn: String, rendersCharts: Bool = false)
    /// The code comes from the machine or the command line, not from content.
    case none(reason: String)

    public var edits: [ContentEdit] {
        if case .edits(_, let edits, _, _) = self { return edits }
        return []
    }
}
