/// A parsed Markdown file: the tree with source positions, each top-level block's HTML, and
/// the footnotes, which cmark-gfm renders once for the whole document.
public struct MarkdownDocument: Sendable {
    public var root: MarkdownNode
    /// `<section class="footnotes" …>…</section>` when the document has footnotes, else empty.
    public var footnotesHTML: String = ""
    /// Where the tree first nests deeper than `MarkdownParser.maximumDepth` (nothing below that
    /// point is in `root`); nil for any ordinary document.
    public var tooDeep: (line: Int, column: Int)?
    /// The first table that goes over a limit of `TableCost`; when set, the document's tables
    /// were read as text. Nil for any ordinary document.
    public var tableExcess: TableCost.Excess?

    public init(root: MarkdownNode, footnotesHTML: String = "") {
        self.root = root
        self.footnotesHTML = footnotesHTML
    }
}
