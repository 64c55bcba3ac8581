import Mustache

/// A page's context as swift-mustache looks names up in it, with each value's fields read once.
///
/// swift-mustache finds `{{name}}` in a struct through `Mirror`, building the mirror and walking
/// every field again for each name and for each level of the context stack it climbs; with
/// contexts of dozens of fields and thousands of pages that was a third of a large build. This
/// wrapper reflects a value once, on its first lookup, and answers from a dictionary after that
/// (`MustacheParent`), giving back exactly what the mirror would have: the field's value with
/// one level of `Optional` removed, nil for a missing or nil field. Values swift-mustache treats
/// in a way of their own (strings, numbers, `Bool`, `MustacheCustomRenderable`,
/// `MustacheCustomRepresentation`, dictionaries, transformable values) are passed through as they
/// are; only structs and classes are wrapped, and arrays have their elements wrapped the same
/// way. The pages are byte for byte what they were (the golden pages and a 1,000-procedure
/// corpus were compared).
final class ReflectedContext: MustacheParent, CustomStringConvertible {
    private let value: Any
    private var fields: [String: Any]?

    private init(_ value: Any) {
        self.value = value
    }

    /// `value` wrapped where swift-mustache would reflect it, or as it is.
    static func wrap(_ value: Any) -> Any {
        switch value {
        case is String, is Substring, is Bool, is Int, is Double, is MustacheParent, is MustacheCustomRenderable,
             is MustacheCustomRepresentation, is MustacheLambda, is MustacheTemplate:
            return value
        case let strings as [String]:
            return strings
        case let array as [Any]:
            return array.map(wrap)
        default:
            switch Mirror(reflecting: value).displayStyle {
            case .struct?, .class?: return ReflectedContext(value)
            default: return value
            }
        }
    }

    func child(named name: String) -> Any? {
        if fields == nil {
            var read: [String: Any] = [:]
            for child in Mirror(reflecting: value).children {
                guard let label = child.label, read[label] == nil, let found = Self.unwrapOptional(child.value) else { continue }
                read[label] = Self.representing(found)
            }
            fields = read
        }
        return fields?[name]
    }

    /// What swift-mustache does with a custom representation, done once here, and the result wrapped.
    private static func representing(_ value: Any) -> Any? {
        // A representation of nil is left to swift-mustache, which then stops looking in the
        // enclosing contexts, as it would without the wrapper.
        if let custom = value as? MustacheCustomRepresentation {
            return custom.representation.map(wrap) ?? value
        }
        return wrap(value)
    }

    /// swift-mustache's own rule for a field's value: one level of `Optional` removed.
    private static func unwrapOptional(_ object: Any) -> Any? {
        let mirror = Mirror(reflecting: object)
        guard mirror.displayStyle == .optional else { return object }
        guard let first = mirror.children.first else { return nil }
        return first.value
    }

    var description: String { String(describing: value) }
}
