import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// swift-mustache renders an unknown name as empty text, so a misspelt key would silently
/// leave a gap on the page. These tests resolve every `{{name}}` of the built-in templates
/// against the typed context each template is given, the way Mustache looks names up.
@Suite struct TemplateKeysTests {
    /// Every page of the example site, with a logo so the header's logo branch is checked too.
    static func json(_ value: some Encodable) throws -> Any {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(value), options: [.fragmentsAllowed])
    }

    static func pages() throws -> [(template: String, context: Any)] {
        var settings = Fixtures.examples.settings
        settings.theme.logo = "crest.svg"
        settings.theme.logoAlt = "Crest"
        settings.theme.footer = "Footer"
        let input = SiteFixture.input(settings: settings)
        let contexts = PageContexts(input: input)
        var out: [(String, Any)] = [
            ("index", try json(contexts.index())), ("compare", try json(contexts.compare())),
            ("statistics", try json(contexts.statistics())), ("notfound", try json(contexts.notFound())),
            ("updates", try json(contexts.updates())), ("accessibility", try json(contexts.accessibility())),
            ("privacy", try json(contexts.privacy())),
        ]
        out += try contexts.areaPages.map { ("partnership", try json(contexts.partnership($0))) }
        for p in input.procedures {
            var prose = ProseRenderer(pages: [:], usedIDs: [])
            out.append(("procedure", try json(contexts.procedure(p, prose: &prose))))
        }
        return out
    }

    @Test func everyNameInTheBuiltInTemplatesResolves() throws {
        var problems: [TemplateNameCheck.Unresolved] = []
        for (template, context) in try Self.pages() {
            var unverified: [TemplateNameCheck.Unresolved] = []
            TemplateNameCheck.check(template, templates: BuiltInTheme.templates, stack: [context], into: &problems, unverified: &unverified)
        }
        var unique: [TemplateNameCheck.Unresolved] = []
        for p in problems where !unique.contains(p) { unique.append(p) }
        #expect(unique.isEmpty, "\(unique)")
    }

    /// The check itself must be able to fail: a misspelt key in a section and at the top.
    @Test func aMisspeltKeyIsFound() throws {
        var templates = BuiltInTheme.templates
        templates["procedure"] = "{{title}} {{#stages}}{{titel}} {{#notifications}}{{recipent}}{{/notifications}}{{/stages}} {{sumary}}"
        let context = try #require(try Self.pages().first { $0.template == "procedure" }?.context)
        var problems: [TemplateNameCheck.Unresolved] = []
        var unverified: [TemplateNameCheck.Unresolved] = []
        TemplateNameCheck.check("procedure", templates: templates, stack: [context], into: &problems, unverified: &unverified)
        #expect(problems.map(\.name).sorted() == ["recipent", "sumary", "titel"])
    }
}
