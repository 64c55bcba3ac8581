/// A guidance section that is not a stage, route or list the tool reads
/// ("Professional curiosity", "Guidance for schools").
public struct Section: Sendable, Hashable, Codable {
    public var title: String
    public var anchor: String
    public var body: Prose

    public init(title: String, anchor: String, body: Prose) {
        self.title = title
        self.anchor = anchor
        self.body = body
    }
}
