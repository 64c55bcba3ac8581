import Mustache

/// An optional value for a template. Mustache looks a missing or nil name up in the enclosing
/// context, so a stage without a note would show the procedure's note; `Maybe` stands in its
/// place as `false` when absent, which stops the lookup. Encodes as the value or `null`.
struct Maybe<Value: Encodable & Sendable>: Encodable, Sendable, MustacheCustomRepresentation {
    var value: Value?

    init(_ value: Value?) {
        self.value = value
    }

    static var none: Maybe { Maybe(nil) }

    var representation: Any? { value.map { $0 as Any } ?? false }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
