/// A DOT digraph built in order, so the same calls always give the same bytes.
/// Attribute values that come from content must already be escaped (see `Label`,
/// `DOTEscaping`); ids are the writer's own readable ids (`stage-2`), quoted all the same.
struct DOTGraph {
    /// Attributes in the order written, so output never depends on hashing.
    struct Attributes: ExpressibleByDictionaryLiteral {
        var pairs: [(String, String)]

        init(dictionaryLiteral elements: (String, String)...) {
            pairs = elements
        }

        var isEmpty: Bool { pairs.isEmpty }

        static func + (a: Attributes, b: Attributes) -> Attributes {
            var out = a
            out.pairs += b.pairs
            return out
        }
    }

    private(set) var lines: [String] = []
    /// The ids of the nodes written so far.
    private(set) var nodeIDs: Set<String> = []
    let name: String

    init(name: String) {
        self.name = name
    }

    mutating func defaults(_ kind: String, _ attributes: Attributes) {
        lines.append("  \(kind) [\(Self.list(attributes))];")
    }

    mutating func node(_ id: String, _ attributes: Attributes) {
        nodeIDs.insert(id)
        lines.append(Self.nodeLine(id, attributes))
    }

    static func nodeLine(_ id: String, _ attributes: Attributes) -> String {
        "  \(DOTEscaping.quoted(id)) [\(list(attributes))];"
    }

    /// A cluster (a box drawn round its nodes); `nodes` are lines from `nodeLine`.
    mutating func cluster(_ id: String, _ attributes: Attributes, _ nodes: [String]) {
        lines.append("  subgraph \(DOTEscaping.quoted(id)) {")
        lines.append("    graph [\(Self.list(attributes))];")
        lines += nodes.map { "  " + $0 }
        lines.append("  }")
    }

    mutating func edge(_ from: String, _ to: String, _ attributes: Attributes = [:]) {
        let attrs = attributes.isEmpty ? "" : " [\(Self.list(attributes))]"
        lines.append("  \(DOTEscaping.quoted(from)) -> \(DOTEscaping.quoted(to))\(attrs);")
    }

    /// Keeps nodes on one row.
    mutating func sameRank(_ ids: [String]) {
        guard ids.count > 1 else { return }
        lines.append("  { rank=same; \(ids.map(DOTEscaping.quoted).joined(separator: "; ")); }")
    }

    mutating func comment(_ text: String) {
        lines.append("  // " + text.filter { $0 != "\n" && $0 != "\r" })
    }

    var text: String {
        "digraph \(DOTEscaping.quoted(name)) {\n" + lines.joined(separator: "\n") + "\n}\n"
    }

    /// Values are either pre-quoted labels (starting with `"`) or plain writer values, quoted here.
    private static func list(_ attributes: Attributes) -> String {
        attributes.pairs.map { (key, value) in
            "\(key)=" + (value.hasPrefix("\"") ? value : DOTEscaping.quoted(value))
        }.joined(separator: ", ")
    }
}
