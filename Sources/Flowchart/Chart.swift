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
    /// The paper its procedure's author chose, if any.
    public var print: PrintPreference?
    /// Lines printed at the foot of the PDF (where the chart came from); not on the web SVG.
    public var footer: [String]
    /// For print, the chart split into 2, 3, … pages (each a DOT text), fewest pages first; the
    /// renderer takes the first split whose every page prints legibly. Empty for charts that
    /// cannot be split.
    public var printPages: [[PrintPage]] = []
    /// The node the footer hangs below, so it sits under the chart's main column.
    public var footerAnchor: String?

    /// One printed page of a split chart.
    public struct PrintPage: Sendable, Hashable {
        public var dot: String
        /// The node its footer hangs below.
        public var footerBelow: String

        public init(dot: String, footerBelow: String) {
            self.dot = dot
            self.footerBelow = footerBelow
        }
    }

    public init(name: String, procedureID: String, title: String, description: String, dot: String,
                print: PrintPreference? = nil, footer: [String] = []) {
        self.id = ChartID(procedure: procedureID, name: name)
        self.title = title
        self.description = description
        self.dot = dot
        self.print = print
        self.footer = footer
    }
}
