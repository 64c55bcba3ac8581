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

/// YAML's anchors (`&name`), aliases (`*name`) and merge keys (`<<`) have no use in escalate's
/// files, and an alias can make a small document stand for an enormous one ("billion laughs").
/// They are refused before the tree is read.
enum YAMLAliases {
    /// Problems for the first anchor, alias or merge key in `root`, whose text is `source`.
    static func check(_ root: Node, source: String, file: String, lineOffset: Int, what: String) -> [Diagnostic] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var seen: Set<[Int]> = []
        var stack = [root]
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        }
        let help = "write each value out in full where it is needed; escalate's files do not use YAML anchors, aliases or merge keys"
        while let node = stack.popLast() {
            guard let mark = node.mark else { continue }
            // An alias stands for the very node it names, so that node turns up again with the
            // same position; it is reported, and never walked twice.
            // (A mapping starts where its first key does, so the kind of node is part of the key.)
            let kind: Int
            switch node {
            case .mapping: kind = 0
            case .sequence: kind = 1
            default: kind = 2
            }
            guard seen.insert([mark.line, mark.column, kind]).inserted else {
                return [.error(.yamlAlias, at: location(mark), "\(what) uses a YAML alias", help: help)]
            }
            let line = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : ""
            let column = max(mark.column - 1, 0)
            if column < line.count, line[line.index(line.startIndex, offsetBy: column)] == "&" {
                return [.error(.yamlAlias, at: location(mark), "\(what) defines a YAML anchor", help: help)]
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    if key.string == "<<" {
                        return [.error(.yamlAlias, at: location(key.mark), "\(what) uses a YAML merge key ('<<')", help: help)]
                    }
                    stack.append(value)
                    stack.append(key)
                }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.reversed())
            default:
                continue
            }
        }
        return []
    }
}
