import CCmarkGFM
import Foundation

/// Renders Markdown to HTML with cmark-gfm's own renderer.
public struct HTMLRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    public func render(_ markdown: String) -> String {
        CmarkSession.withDocument(markdown, options: options) { root, parser in
            if options.allowRawHTML { CmarkSession.filterRawHTML(root) }
            // The renderer only applies tagfilter when it is given the parser's extension list.
            let extensions = cmark_parser_get_syntax_extensions(parser)
            guard let html = cmark_render_html(root, options.cmarkFlags, extensions) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }
}
