/// A Swift value copy of one cmark-gfm node, so that nothing outside this module
/// ever holds a C pointer or has to free one.
public struct MarkdownNode: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading
        case thematicBreak, footnoteDefinition
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        case footnoteReference, strikethrough
        case table, tableRow, tableCell
        /// An extension node this module does not name (kept so nothing is dropped silently).
        case other
    }

    public var kind: Kind
    /// Text of leaf nodes (text, code, HTML, code blocks).
    public var literal: String
    /// Link or image destination.
    public var destination: String
    public var headingLevel: Int
    public var isOrderedList: Bool
    public var isHeaderRow: Bool
    /// 1-based positions in the text that was parsed; column counts bytes, as cmark does.
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    public var children: [MarkdownNode]
    /// cmark-gfm's own HTML for this block, set on the document's top-level blocks (not on
    /// footnote definitions, which render together: see `MarkdownDocument.footnotesHTML`).
    /// Prose is published from this, so it comes from the one parse of the whole file, with
    /// link reference definitions and footnotes resolved document-wide.
    public var html: String = ""

    public init(
        kind: Kind, literal: String = "", destination: String = "", headingLevel: Int = 0,
        isOrderedList: Bool = false, isHeaderRow: Bool = false,
        startLine: Int = 0, startColumn: Int = 0, endLine: Int = 0, endColumn: Int = 0,
        children: [MarkdownNode] = []
    ) {
        self.kind = kind
        self.literal = literal
        self.destination = destination
        self.headingLevel = headingLevel
        self.isOrderedList = isOrderedList
        self.isHeaderRow = isHeaderRow
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.children = children
    }

    public var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading,
             .thematicBreak, .footnoteDefinition, .table, .tableRow, .tableCell:
            return true
        default:
            return false
        }
    }

    /// The text a reader sees, with formatting dropped and breaks as spaces.
    public var plainText: String {
        switch kind {
        case .text, .code:
            return literal
        case .softBreak, .lineBreak:
            return " "
        case .htmlInline, .htmlBlock:
            return ""
        default:
            var out = ""
            for child in children {
                if child.isBlock && !out.isEmpty { out += " " }
                out += child.plainText
            }
            return out
        }
    }

    /// Every node below this one, depth first, in document order.
    public func descendants() -> [MarkdownNode] {
        var out: [MarkdownNode] = []
        func walk(_ node: MarkdownNode) {
            for child in node.children {
                out.append(child)
                walk(child)
            }
        }
        walk(self)
        return out
    }
}
