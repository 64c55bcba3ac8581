import Model

/// One flowchart: the DOT text and what a screen reader is told about it.
public struct Chart: Sendable, Hashable {
    public var id: ChartID
    /// File stem inside the procedure's output folder: `flowchart`, or the sub-procedure's anchor.
    public var name: String { id.name }
    public var procedureID: String { id.procedure }
    public var title: String
    /// One or two sentences for the SVG's `<desc>` and for the page.
    public var description: String
    public var dot: String

    public init(name: String, procedureID: String, title: String, description: String, dot: String) {
        self.id = ChartID(procedure: procedureID, name: name)
        self.title = title
        self.description = description
        self.dot = dot
    }
}
