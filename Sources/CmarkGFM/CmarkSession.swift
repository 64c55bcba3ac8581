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
        for name in MarkdownOptions.extensionNames {
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
}
