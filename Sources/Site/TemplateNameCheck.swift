import Foundation

/// swift-mustache renders a name it cannot find as empty text, so a misspelt key in a theme's
/// template (`{{site.foter}}`) would leave a silent gap on every page. This resolves every name
/// of a template, and of the partials and parents it uses, against the context it is given
/// (encoded as JSON, so the names are exactly the stored properties Mustache sees), the way
/// Mustache looks names up: through the enclosing sections' values, then outwards.
enum TemplateNameCheck {
    /// A name that does not resolve, and the template it is in.
    struct Unresolved: CustomStringConvertible, Equatable {
        var template: String
        var name: String
        var description: String { "{{\(name)}} in the \(template) template" }
    }

    /// Every name the built-in templates use (they are tested against their contexts).
    static let builtInNames: Set<String> = Set(BuiltInTheme.templates.values.flatMap { text in
        tags(text).compactMap { tag -> String? in
            switch tag {
            case .variable(let n), .section(let n, _): return n
            default: return nil
            }
        }
    })

    /// The names of `template` that do not resolve against `context`; unknown partials too.
    static func unresolved(_ template: String, templates: [String: String], context: some Encodable) -> [Unresolved] {
        guard let data = try? JSONEncoder().encode(context),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        var problems: [Unresolved] = []
        var unverified: [Unresolved] = []
        check(template, templates: templates, stack: [json], into: &problems, unverified: &unverified)
        // Names in sections this page leaves out cannot be checked against it; those the
        // built-in templates also use are known good, the rest (a misspelling) are reported.
        problems += unverified.filter { !builtInNames.contains($0.name) }
        var unique: [Unresolved] = []
        for p in problems where !unique.contains(p) { unique.append(p) }
        return unique
    }

    enum Tag {
        case text
        case variable(String)
        case section(String, inverted: Bool)
        case close(String)
        case partial(String)
        case parent(String)
        case block(String)

        var isParent: Bool {
            if case .parent = self { return true }
            return false
        }
    }

    static func tags(_ template: String) -> [Tag] {
        // (The standard library's search: Foundation's would bridge the template each time.)
        var out: [Tag] = []
        var rest = Substring(template)
        while let open = rest.firstRange(of: "{{") {
            rest = rest[open.upperBound...]
            let triple = rest.first == "{"
            if triple { rest = rest.dropFirst() }
            guard let close = rest.firstRange(of: triple ? "}}}" : "}}") else { break }
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
    /// - Parameter unverified: names inside sections that are absent in this context (so cannot
    ///   be resolved against it), collected instead of ignored.
    static func check(_ name: String, templates: [String: String], stack: [Any], into problems: inout [TemplateNameCheck.Unresolved],
                      unverified: inout [Unresolved]) {
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
                if skipping > 0 {
                    unverified.append(.init(template: name, name: key))
                    skipping += 1; pushed.append(false); continue
                }
                let (found, value) = lookup(key)
                if !found { problems.append(.init(template: name, name: key)) }
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
                if skipping > 0 {
                    unverified.append(.init(template: name, name: key))
                    continue
                }
                if !lookup(key).found { problems.append(.init(template: name, name: key)) }
            case .partial(let partial), .parent(let partial):
                if skipping > 0 { continue }
                guard templates[partial] != nil else {
                    problems.append(.init(template: name, name: (tag.isParent ? "<" : ">") + partial))
                    if tag.isParent { pushed.append(false) }
                    continue
                }
                check(partial, templates: templates, stack: stack, into: &problems, unverified: &unverified)
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


}
