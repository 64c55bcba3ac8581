import CCmarkGFM
import Foundation

/// Parses Markdown into a `MarkdownNode` tree with source positions.
public struct MarkdownParser: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    public func parse(_ text: String) -> MarkdownNode {
        parseDocument(text).root
    }

    /// Parses once and renders each top-level block with cmark-gfm's HTML renderer, so the
    /// caller can publish any run of blocks exactly as cmark-gfm renders them in the whole document.
    public func parseDocument(_ text: String) -> MarkdownDocument {
        CmarkSession.withDocument(text, options: options) { root, parser in
            // The tree is copied first, so it keeps raw HTML's positions and text for the checks;
            // what is published is rendered after the filter.
            var deepest: (line: Int, column: Int)?
            var document = MarkdownDocument(root: Self.copy(root, depth: 0, deepest: &deepest))
            document.tooDeep = deepest
            document.tableExcess = TableCost.firstExcess(in: text)
            if options.allowRawHTML { CmarkSession.filterRawHTML(root) }
            let extensions = cmark_parser_get_syntax_extensions(parser)
            let flags = options.cmarkFlags
            var index = 0
            var hasFootnotes = false
            var child = cmark_node_first_child(root)
            while let current = child {
                if cmark_node_get_type(current) == CMARK_NODE_FOOTNOTE_DEFINITION {
                    hasFootnotes = true
                } else {
                    document.root.children[index].html = Self.render(current, flags: flags, extensions: extensions)
                }
                index += 1
                child = cmark_node_next(current)
            }
            // cmark-gfm moves every referenced footnote definition to the end of the document and
            // renders them as one section there; that section is the tail of the whole rendering.
            if hasFootnotes {
                let whole = Self.render(root, flags: flags, extensions: extensions)
                if let start = whole.range(of: "<section class=\"footnotes\"") {
                    document.footnotesHTML = String(whole[start.lowerBound...])
                }
            }
            return document
        }
    }

    /// The words of every heading in `text`, in document order (the order of `descendants()`),
    /// as GitHub reads them when it makes a heading's id: the text of GitHub's rendering, which
    /// has no smart punctuation (`A -- B` keeps its hyphens, while a typed `–` stays a dash),
    /// where an image gives nothing (its alt text is an attribute), a line break is a newline,
    /// and a footnote reference is its number. Parsed again without SMART, so each character is
    /// the one GitHub sees.
    public func headingTexts(_ text: String) -> [String] {
        var plain = options
        plain.smartPunctuation = false
        return CmarkSession.withDocument(text, options: plain) { root, _ in
            var out: [String] = []
            guard let iterator = cmark_iter_new(root) else { return out }
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                      cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
                var words = ""
                Self.appendRenderedText(of: node, to: &words)
                out.append(words)
            }
            return out
        }
    }

    private static func appendRenderedText(of node: OpaquePointer, to out: inout String) {
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_FOOTNOTE_REFERENCE:
                out += string(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += "\n"
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_IMAGE:
                break
            default:
                appendRenderedText(of: current, to: &out)
            }
            child = cmark_node_next(current)
        }
    }

    private static func render(_ node: OpaquePointer, flags: Int32, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let html = cmark_render_html(node, flags, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// How deep the Swift copy of the tree goes. cmark-gfm parses any depth, but the tree is
    /// walked recursively here and by the reader (and a deep Swift value is released
    /// recursively), so 10,000 nested block quotes would overflow the stack. No real procedure
    /// nests anywhere near this; deeper nodes are left out and the first is reported.
    public static let maximumDepth = 48

    static func copy(_ node: OpaquePointer, depth: Int, deepest: inout (line: Int, column: Int)?) -> MarkdownNode {
        var out = MarkdownNode(kind: kind(of: node))
        out.startLine = Int(cmark_node_get_start_line(node))
        out.startColumn = Int(cmark_node_get_start_column(node))
        out.endLine = Int(cmark_node_get_end_line(node))
        out.endColumn = Int(cmark_node_get_end_column(node))
        switch out.kind {
        case .text, .code, .codeBlock:
            out.literal = string(cmark_node_get_literal(node))
        case .htmlInline, .htmlBlock:
            out.literal = string(cmark_node_get_literal(node))
        case .heading:
            out.headingLevel = Int(cmark_node_get_heading_level(node))
        case .list:
            out.isOrderedList = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        case .link, .image:
            out.destination = string(cmark_node_get_url(node))
        case .tableRow:
            out.isHeaderRow = cmark_gfm_extensions_get_table_row_is_header(node) != 0
        case .footnoteReference:
            out.literal = string(cmark_node_get_literal(node))
        default:
            break
        }
        var child = cmark_node_first_child(node)
        guard depth < maximumDepth else {
            if child != nil, deepest == nil { deepest = (out.startLine, out.startColumn) }
            return out
        }
        while let current = child {
            out.children.append(copy(current, depth: depth + 1, deepest: &deepest))
            child = cmark_node_next(current)
        }
        return out
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default:
            // Extension node types are runtime values, so they are told apart by name.
            switch string(cmark_node_get_type_string(node)) {
            case "table": return .table
            case "table_header", "table_row": return .tableRow
            case "table_cell": return .tableCell
            case "strikethrough": return .strikethrough
            case "tasklist": return .item
            default: return .other
            }
        }
    }
}
