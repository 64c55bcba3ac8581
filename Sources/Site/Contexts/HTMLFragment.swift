import Mustache

/// HTML escalate made (cmark-gfm's rendering of prose), for `{{{…Html}}}`. Empty HTML is
/// falsy in a section, so `{{#guidanceHtml}}<div>…</div>{{/guidanceHtml}}` leaves nothing
/// behind, and renders as nothing where a theme uses it unguarded. Encodes as a string.
struct HTMLFragment: Encodable, Sendable, MustacheCustomRenderable {
    var html: String

    init(_ html: String) {
        self.html = html
    }

    var renderText: String { html }
    var isNull: Bool { html.isEmpty }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(html)
    }
}
