import Diagnostics
import CmarkGFM

/// One labelled item of a fact list: `- **Timescale:** 3 working days from the date raised`.
/// Items nested under it are either sub-facts (labelled) or values (unlabelled).
struct Fact {
    var label: String
    var value: String
    var values: [String]
    var subFacts: [Fact]
    var location: SourceLocation
    /// Where the value starts, after the label: messages about the value point there.
    var valueLocation: SourceLocation
    /// Where each nested value item starts.
    var valueLocations: [SourceLocation] = []

    /// The value as a list: nested items if there are any, else the text split at semicolons
    /// (outside brackets).
    var list: [String] {
        if !values.isEmpty {
            return value.isEmpty ? values : [value] + values
        }
        return Self.splitAtSemicolons(value)
    }

    /// Splits at semicolons that are not inside brackets, so "(…; ask your manager)" stays whole.
    static func splitAtSemicolons(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for ch in text {
            switch ch {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: break
            }
            if ch == ";" && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Reads a Markdown list as facts; nil when its first item has no label, so the list is
    /// ordinary prose. Items after the first that lack a label are reported.
    static func list(from node: MarkdownNode, at position: (Int, Int) -> SourceLocation, into diagnostics: inout [Diagnostic]) -> [Fact]? {
        guard node.kind == .list, let first = node.children.first, label(of: first) != nil else { return nil }
        var facts: [Fact] = []
        for item in node.children {
            let location = position(item.startLine, item.startColumn)
            guard let (label, value, valueStart) = label(of: item) else {
                diagnostics.append(.error(
                    .factUnlabelled, at: location, "this item of a fact list has no label",
                    help: "start it with a bold label and a colon, e.g. '- **Record:** …', or move it below the list as prose"))
                continue
            }
            let valueLocation = valueStart.map { position($0.line, $0.column) } ?? location
            var fact = Fact(label: label, value: value, values: [], subFacts: [], location: location, valueLocation: valueLocation)
            for child in item.children.dropFirst() where child.kind == .list {
                if let sub = Fact.list(from: child, at: position, into: &diagnostics) {
                    fact.subFacts += sub
                } else {
                    fact.values += child.children.map { $0.plainText.trimmingCharacters(in: .whitespacesAndNewlines) }
                    fact.valueLocations += child.children.map { position($0.startLine, $0.startColumn) }
                }
            }
            facts.append(fact)
        }
        return facts
    }

    /// `**Label:** value` or `**Label**: value` at the start of an item's first paragraph, and
    /// where the value starts (cmark's byte column of the text after the label, moved past the
    /// colon and spaces; nil when cmark gives the text no position).
    private static func label(of item: MarkdownNode) -> (String, String, (line: Int, column: Int)?)? {
        guard let paragraph = item.children.first, paragraph.kind == .paragraph,
              let strong = paragraph.children.first, strong.kind == .strong else { return nil }
        var label = strong.plainText.trimmingCharacters(in: .whitespaces)
        var rest = paragraph.children.dropFirst().map(\.plainText).joined()
        if label.hasSuffix(":") {
            label.removeLast()
        } else if rest.hasPrefix(":") {
            rest.removeFirst()
        } else {
            return nil
        }
        var start: (line: Int, column: Int)?
        if strong.endLine > 0 {
            // The value starts after the closing '**', the colon if it is outside, and the spaces.
            let raw = paragraph.children.dropFirst().map(\.plainText).joined()
            let skipped = raw.utf8.prefix { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
            start = (strong.endLine, strong.endColumn + 1 + skipped)
        }
        return (label.trimmingCharacters(in: .whitespaces), rest.trimmingCharacters(in: .whitespacesAndNewlines), start)
    }
}

/// The facts of one heading's list, looked up by label, with unknown labels reported once.
struct FactTable {
    let facts: [Fact]
    /// Whether some label was not recognised (and reported).
    let hadUnknown: Bool

    init(_ facts: [Fact], known: [String], context: String, into diagnostics: inout [Diagnostic]) {
        var kept: [Fact] = []
        var unknown = false
        for fact in facts {
            if let canonical = known.first(where: { $0.caseInsensitiveCompare(fact.label) == .orderedSame }) {
                var fact = fact
                fact.label = canonical
                kept.append(fact)
            } else {
                unknown = true
                diagnostics.append(.error(
                    .unknownFact, at: fact.location, "unknown fact '\(fact.label)' in \(context)",
                    help: Suggestion.help(for: fact.label, in: known, kind: "facts here")))
            }
        }
        self.facts = kept
        self.hadUnknown = unknown
    }

    func all(_ label: String) -> [Fact] { facts.filter { $0.label == label } }

    /// The single fact with this label; a repeat is reported.
    /// The single fact with this label; a repeat is reported, and so are nested values when
    /// the fact takes one value only (`list` false), since they would otherwise be lost.
    func one(_ label: String, context: String, list: Bool = false, help: String? = nil,
             into diagnostics: inout [Diagnostic]) -> Fact? {
        let found = all(label)
        for extra in found.dropFirst() {
            diagnostics.append(.error(.factRepeated, at: extra.location, "'\(label)' is given more than once in \(context)",
                                      help: help ?? "keep one '\(label)' item; use nested items for several values"))
        }
        if let fact = found.first, !list, !fact.values.isEmpty || !fact.subFacts.isEmpty {
            diagnostics.append(.error(.factSingle, at: fact.location, "'\(label)' in \(context) takes one value, not a list",
                                      help: help ?? "write the value on the same line: '- **\(label):** …'"))
        }
        return found.first
    }

    func required(_ label: String, context: String, at location: SourceLocation, list: Bool = false,
                  into diagnostics: inout [Diagnostic]) -> Fact? {
        if let fact = one(label, context: context, list: list, into: &diagnostics) { return fact }
        diagnostics.append(.error(.missingFact, at: location, "\(context) has no '\(label)'",
                                  help: "add '- **\(label):** …' to the list under the heading"))
        return nil
    }
}
