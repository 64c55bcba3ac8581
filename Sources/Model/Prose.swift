/// A run of guidance text kept as the author's Markdown, rendered later by cmark-gfm.
public struct Prose: Sendable, Hashable, Codable {
    public var markdown: String
    /// 1-based line in the source file where the text starts (0 when empty).
    public var line: Int

    public init(markdown: String = "", line: Int = 0) {
        self.markdown = markdown
        self.line = line
    }

    public var isEmpty: Bool { markdown.isEmpty }
}
