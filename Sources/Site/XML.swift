import TextTools

/// Escaping for XML documents (sitemap, feed).
enum XML {
    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
