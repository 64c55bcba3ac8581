import Diagnostics
import Yams

/// A front-matter node with its file position, and the checks every key shares:
/// expected shape, unknown keys, non-empty text.
struct YAMLNode {
    let node: Node
    let file: String
    /// Added to Yams' 1-based line to get the file line.
    let lineOffset: Int

    var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    func child(_ node: Node) -> YAMLNode {
        YAMLNode(node: node, file: file, lineOffset: lineOffset)
    }

    var isNull: Bool {
        if case .scalar(let s) = node { return s.string.isEmpty || node.null != nil }
        return false
    }

    /// The scalar's text, or an error saying a single value was expected.
    func text(_ key: String, into diagnostics: inout [Diagnostic]) -> String? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error(.yamlType, at: location, "'\(key)' must be a single value, not a list or mapping"))
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return value
    }

    func sequence(_ key: String, into diagnostics: inout [Diagnostic]) -> [YAMLNode]? {
        switch node {
        case .sequence(let seq):
            return seq.map { child($0) }
        case .scalar where isNull:
            return []
        default:
            diagnostics.append(.error(.yamlType, at: location, "'\(key)' must be a list (lines starting with '- ')"))
            return nil
        }
    }

    /// The entries of a mapping in source order, after reporting keys not in `known`.
    func mapping(_ what: String, known: [String], into diagnostics: inout [Diagnostic]) -> [String: YAMLNode]? {
        guard case .mapping(let map) = node else {
            diagnostics.append(.error(.yamlType, at: location, "\(what) must be a mapping of 'key: value' lines"))
            return nil
        }
        var out: [String: YAMLNode] = [:]
        for (keyNode, valueNode) in map {
            let key = keyNode.string ?? ""
            if !known.contains(key) {
                diagnostics.append(.error(
                    .unknownKey, at: child(keyNode).location, "unknown key '\(key)' in \(what)",
                    help: Suggestion.help(for: key, in: known, kind: "known keys")))
                continue
            }
            out[key] = child(valueNode)
        }
        return out
    }
}
