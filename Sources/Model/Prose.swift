/// A run of guidance text: the author's Markdown, and cmark-gfm's HTML of the same blocks from
/// the one parse of the whole file (so link reference definitions and footnotes resolve
/// document-wide). Only the site uses the HTML; the model's JSON carries the Markdown.
public struct Prose: Sendable, Hashable, Codable {
    public var markdown: String
    /// 1-based line in the source file where the text starts (0 when empty).
    public var line: Int
    /// cmark-gfm's rendering, safe mode unless the site allows raw HTML. Not in the JSON.
    public var html: String = ""
    /// The fragment id of each heading inside the text, in order: GitHub-style slugs, unique
    /// across the file, the same ids links are checked against. Not in the JSON.
    public var headingIDs: [String] = []

    public init(markdown: String = "", line: Int = 0, html: String = "", headingIDs: [String] = []) {
        self.markdown = markdown
        self.line = line
        self.html = html
        self.headingIDs = headingIDs
    }

    public var isEmpty: Bool { markdown.isEmpty && html.isEmpty }

    enum CodingKeys: String, CodingKey {
        case markdown, line
    }
}
