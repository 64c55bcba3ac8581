import CCmarkGFM
import Foundation

/// Runs cmark-gfm work one call at a time.
///
/// cmark-gfm keeps process-wide tables (the extension registry, inline special
/// characters) that parsing mutates, so two parses on different threads corrupt
/// each other's output. Every parse and render goes through this lock.
enum CmarkSession {
    private static let lock = NSLock()

    /// Registration must happen exactly once per process; a Swift static is initialised once, thread-safely.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses `text` and hands the document and its parser to `body` while the lock is held.
    static func withDocument<T>(
        _ text: String, options: MarkdownOptions,
        _ body: (_ root: OpaquePointer, _ parser: OpaquePointer) -> T
    ) -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = registered
        let flags = options.cmarkFlags
        guard let parser = cmark_parser_new(flags) else {
            fatalError("cmark_parser_new returned NULL: out of memory")
        }
        defer { cmark_parser_free(parser) }
        // Tables that would cost cmark-gfm far more than their length are read as text (see `TableCost`).
        let readTables = TableCost.firstExcess(in: text) == nil
        for name in MarkdownOptions.extensionNames where readTables || name != "table" {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress {
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    cmark_parser_feed(parser, pointer, buffer.count)
                }
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            fatalError("cmark_parser_finish returned NULL: out of memory")
        }
        defer { cmark_node_free(root) }
        return body(root, parser)
    }

    /// Replaces each raw HTML node with a custom node holding the HTML after `RawHTMLFilter`.
    /// The renderer writes custom nodes as they are, so raw HTML passes the allow-list while
    /// the rest of the document keeps safe mode (no `javascript:` link destinations).
    static func filterRawHTML(_ root: OpaquePointer) {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { found.append(node) }
        }
        cmark_iter_free(iterator)
        for node in found {
            let block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            guard let custom = cmark_node_new(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE) else { continue }
            let raw = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            _ = cmark_node_set_on_enter(custom, RawHTMLFilter.filter(raw))
            _ = cmark_node_set_on_exit(custom, "")
            if cmark_node_replace(node, custom) == 1 {
                cmark_node_free(node)
            } else {
                cmark_node_free(custom)
            }
        }
    }
}
