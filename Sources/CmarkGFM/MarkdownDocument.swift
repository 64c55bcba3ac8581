/// A parsed Markdown file: the tree with source positions, each top-level block's HTML, and
/// the footnotes, which cmark-gfm renders once for the whole document.
public struct MarkdownDocument: Sendable, Equatable {
    public var root: MarkdownNode
    /// `<section class="footnotes" …>…</section>` when the document has footnotes, else empty.
    public var footnotesHTML: String = ""

    public init(root: MarkdownNode, footnotesHTML: String = "") {
        self.root = root
        self.footnotesHTML = footnotesHTML
    }
}
