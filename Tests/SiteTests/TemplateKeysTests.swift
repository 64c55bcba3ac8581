import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// swift-mustache renders an unknown name as empty text, so a misspelt key would silently
/// leave a gap on the page. These tests resolve every `{{name}}` of the built-in templates
/// against the typed context each template is given, the way Mustache looks names up.
@Suite struct TemplateKeysTests {
    /// A name that does not resolve, with where it is.
    struct Unresolved: CustomStringConvertible, Equatable {
        var template: String
        var name: String
        var description: String { "{{\(name)}} in the \(template) template" }
    }

    enum Tag {
        case text
        case variable(String)
        case section(String, inverted: Bool)
        case close(String)
        case partial(String)
        case parent(String)
        case block(String)
    }

    static func tags(_ template: String) -> [Tag] {
        var out: [Tag] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let triple = rest.first == "{"
            if triple { rest = rest.dropFirst() }
            guard let close = rest.range(of: triple ? "}}}" : "}}") else { break }
            var body = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            guard let sigil = body.first else { continue }
            func name() -> String { String(body.dropFirst()).trimmingCharacters(in: .whitespaces) }
            switch sigil {
            case "#": out.append(.section(name(), inverted: false))
            case "^": out.append(.section(name(), inverted: true))
            case "/": out.append(.close(name()))
            case ">": out.append(.partial(name()))
            case "<": out.append(.parent(name()))
            case "$": out.append(.block(name()))
            case "!": continue
            case "&": body = name(); out.append(.variable(body))
            default: out.append(.variable(body))
            }
        }
        return out
    }

    /// Checks `template` (and the partials and parents it uses) against a stack of JSON scopes.
    static func check(_ name: String, templates: [String: String], stack: [Any], into problems: inout [Unresolved]) {
        var stack = stack
        // What each open tag pushed, so its close can pop it; nil for blocks, which push nothing.
        var pushed: [Bool?] = []
        var skipping = 0
        func lookup(_ key: String) -> (found: Bool, value: Any?) {
            if key == "." { return (true, stack.last) }
            let parts = key.split(separator: ".").map(String.init)
            for scope in stack.reversed() {
                guard let object = scope as? [String: Any], object.keys.contains(parts[0]) else { continue }
                var value: Any? = object[parts[0]]
                for part in parts.dropFirst() {
                    guard let inner = value as? [String: Any] else { return (value is NSNull, nil) }
                    guard inner.keys.contains(part) else { return (false, nil) }
                    value = inner[part]
                }
                return (true, value)
            }
            return (false, nil)
        }
        for tag in tags(templates[name] ?? "") {
            switch tag {
            case .text:
                continue
            case .close:
                if let last = pushed.popLast() {
                    if last == true { stack.removeLast() }
                    if skipping > 0 { skipping -= 1 }
                }
            case .block:
                pushed.append(nil)
                if skipping > 0 { skipping += 1 }
            case .section(let key, let inverted):
                if skipping > 0 { skipping += 1; pushed.append(false); continue }
                let (found, value) = lookup(key)
                if !found { problems.append(Unresolved(template: name, name: key)) }
                if inverted { pushed.append(false); continue }
                switch value {
                case let object as [String: Any]:
                    stack.append(object); pushed.append(true)
                case let array as [Any]:
                    // Every element's keys, so each key is checked against some element.
                    var merged: [String: Any] = [:]
                    for case let element as [String: Any] in array { merged = deepMerge(merged, element) }
                    if array.isEmpty { skipping = 1; pushed.append(false) }
                    else if merged.isEmpty { stack.append(array[0]); pushed.append(true) }
                    else { stack.append(merged); pushed.append(true) }
                case is NSNull, nil:
                    // Absent here: its body is not rendered, so it is checked where present.
                    skipping = 1; pushed.append(false)
                case let flag as Bool where flag == false:
                    skipping = 1; pushed.append(false)
                case let other?:
                    if other is Bool { pushed.append(false) } else { stack.append(other); pushed.append(true) }
                }
            case .variable(let key):
                if skipping > 0 { continue }
                if !lookup(key).found { problems.append(Unresolved(template: name, name: key)) }
            case .partial(let partial), .parent(let partial):
                if skipping > 0 { continue }
                check(partial, templates: templates, stack: stack, into: &problems)
                if case .parent = tag { pushed.append(false) }
            }
        }
    }

    /// Two elements of a list as one scope: lists joined, objects merged, a present value
    /// preferred to an absent one, so a key is checked wherever any element has it.
    static func deepMerge(_ a: [String: Any], _ b: [String: Any]) -> [String: Any] {
        var out = a
        for (key, value) in b {
            switch (out[key], value) {
            case (nil, _), (is NSNull, _): out[key] = value
            case (let x as [Any], let y as [Any]): out[key] = x + y
            case (let x as [String: Any], let y as [String: Any]): out[key] = deepMerge(x, y)
            case (let x as Bool, let y as Bool): out[key] = x || y
            default: continue
            }
        }
        return out
    }

    static func json(_ value: some Encodable) throws -> Any {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(value), options: [.fragmentsAllowed])
    }

    /// Every page of the example site, with a logo so the header's logo branch is checked too.
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
        ]
        for p in input.procedures {
            var prose = ProseRenderer(pages: [:], usedIDs: [])
            out.append(("procedure", try json(contexts.procedure(p, prose: &prose))))
        }
        return out
    }

    @Test func everyNameInTheBuiltInTemplatesResolves() throws {
        var problems: [Unresolved] = []
        for (template, context) in try Self.pages() {
            Self.check(template, templates: BuiltInTheme.templates, stack: [context], into: &problems)
        }
        var unique: [Unresolved] = []
        for p in problems where !unique.contains(p) { unique.append(p) }
        #expect(unique.isEmpty, "\(unique)")
    }

    /// The check itself must be able to fail: a misspelt key in a section and at the top.
    @Test func aMisspeltKeyIsFound() throws {
        var templates = BuiltInTheme.templates
        templates["procedure"] = "{{title}} {{#stages}}{{titel}} {{#notifications}}{{recipent}}{{/notifications}}{{/stages}} {{sumary}}"
        let context = try #require(try Self.pages().first { $0.template == "procedure" }?.context)
        var problems: [Unresolved] = []
        Self.check("procedure", templates: templates, stack: [context], into: &problems)
        #expect(problems.map(\.name).sorted() == ["recipent", "sumary", "titel"])
    }
}
