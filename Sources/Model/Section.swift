/// A guidance section that is not a stage, route or list the tool reads
/// ("Professional curiosity", "Guidance for schools").
public struct Section: Sendable, Hashable, Codable {
    public var title: String
    public var anchor: String
    public var body: Prose
    /// The heading's inline formatting as cmark-gfm renders it (`The <em>role</em> of …`), or
    /// nil for plain text. Not in the JSON.
    public var titleHtml: String?

    public init(title: String, anchor: String, body: Prose, titleHtml: String? = nil) {
        self.title = title
        self.anchor = anchor
        self.body = body
        self.titleHtml = titleHtml
    }

    enum CodingKeys: String, CodingKey {
        case title, anchor, body
    }
}
