import Foundation
import Model
import Mustache
@testable import Site
import Testing
import TestSupport

/// A kept page's key holds its context as JSON (`PageManifest`), while the template reads the
/// context through `Mirror`. A stored property the JSON left out would be read by the page but
/// missing from its key, and a change to it would leave a stale page: so every property Mirror
/// sees, at every depth, must be in the JSON.
@Suite struct PageKeyCoverageTests {
    static func contexts() -> [(String, any Encodable)] {
        let input = SiteFixture.input(settings: Fixtures.examples.settings)
        let contexts = PageContexts(input: input)
        var out: [(String, any Encodable)] = [
            ("index", contexts.index()), ("compare", contexts.compare()), ("statistics", contexts.statistics()),
            ("notfound", contexts.notFound()), ("updates", contexts.updates()), ("accessibility", contexts.accessibility()),
            ("privacy", contexts.privacy()),
        ]
        out += contexts.areaPages.map { ("partnership \($0.id)", contexts.partnership($0)) }
        for p in input.procedures {
            var prose = ProseRenderer(pages: [:], usedIDs: [])
            var context = contexts.procedure(p, prose: &prose)
            contexts.addDocuments(to: &context, for: p, page: .procedure(id: p.id))
            out.append(("procedure \(p.id)", context))
        }
        return out
    }

    /// The Mirror paths of `value` that have no counterpart in `json`.
    static func missing(_ value: Any, _ json: Any, at path: String) -> [String] {
        if value is HTMLFragment { return json is String ? [] : [path] }
        if let custom = value as? MustacheCustomRepresentation {
            let represented = custom.representation
            if represented as? Bool == false, json is NSNull { return [] }
            return represented.map { missing($0, json, at: path) } ?? []
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            guard let object = json as? [String: Any] else { return [path] }
            return mirror.children.flatMap { child -> [String] in
                guard let label = child.label else { return [path + ".?"] }
                guard let inner = object[label] else { return [path + "." + label] }
                return missing(child.value, inner, at: path + "." + label)
            }
        case .collection:
            guard let array = json as? [Any], array.count == mirror.children.count else { return [path] }
            return zip(mirror.children, array).enumerated().flatMap { missing($1.0.value, $1.1, at: path + "[\($0)]") }
        case .optional:
            guard let some = mirror.children.first else { return json is NSNull ? [] : [path] }
            return missing(some.value, json, at: path)
        default:
            return []
        }
    }

    @Test func everyPropertyATemplateCanReadIsInThePagesKey() throws {
        let all = Self.contexts()
        #expect(all.count > 8)
        for (name, context) in all {
            let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(context), options: [.fragmentsAllowed])
            #expect(Self.missing(context, json, at: name) == [])
        }
    }

    /// The walk must be able to fail: a property the encoding leaves out is found.
    @Test func aPropertyLeftOutOfTheJSONIsFound() {
        struct Leaky: Encodable {
            var shown = "a"
            var hidden = HTMLFragment("<p>read by the page</p>")
            enum CodingKeys: CodingKey { case shown }
        }
        let json = try! JSONSerialization.jsonObject(with: JSONEncoder().encode(Leaky()))
        #expect(Self.missing(Leaky(), json, at: "leaky") == ["leaky.hidden"])
    }
}
