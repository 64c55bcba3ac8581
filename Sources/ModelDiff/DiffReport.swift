import Diagnostics
import Foundation

/// A `ContentDiff` as text for a terminal, Markdown for a pull-request comment, or JSON for
/// tools. Everything quoted comes from content, so each form escapes it for its destination.
public struct DiffReport: Sendable {
    public var diff: ContentDiff
    /// How the two sides are named in the heading (folders, or git revisions).
    public var old: String
    public var new: String

    public init(_ diff: ContentDiff, old: String, new: String) {
        self.diff = diff
        self.old = old
        self.new = new
    }

    /// One line per procedure, then one indented line per change.
    public func text() -> String {
        let t = { (s: String) in ControlCharacter.escaped(s) }
        guard !diff.isEmpty else { return "no changes a reader would notice between \(t(old)) and \(t(new))\n" }
        var out = ""
        for p in diff.procedures {
            out += "\(t(p.id)): \(t(p.title))"
            switch p.status {
            case .added: out += " (added)\n"; continue
            case .removed: out += " (removed)\n"; continue
            case .changed: out += " (\(plural(p.changes.count, "change")))\n"
            }
            for c in p.changes { out += "  " + Self.sentence(c, quote: { "'" + t($0) + "'" }, name: t) + "\n" }
        }
        return out
    }

    /// A heading, then a list per procedure; content is escaped so it cannot add links,
    /// images, HTML or formatting to the comment.
    public func markdown() -> String {
        let m = Self.escapeMarkdown
        var out = "### Changes to the procedures\n\n"
        out += "Between `\(Self.code(old))` and `\(Self.code(new))`.\n\n"
        guard !diff.isEmpty else { return out + "No changes a reader would notice.\n" }
        for p in diff.procedures {
            out += "**\(m(p.title))** (`\(Self.code(p.id))`)"
            switch p.status {
            case .added: out += ": a new procedure.\n\n"; continue
            case .removed: out += ": removed.\n\n"; continue
            case .changed: out += "\n\n"
            }
            for c in p.changes { out += "- " + Self.sentence(c, quote: { "“" + m($0) + "”" }, name: { "**" + m($0) + "**" }) + "\n" }
            out += "\n"
        }
        return out
    }

    /// Sorted keys, two-space indentation, one trailing newline (docs/diff-format is README's
    /// "Comparing versions" section).
    public func jsonData() throws -> Data {
        struct Document: Encodable {
            var schema = "escalate-diff"
            var schemaVersion = 1
            var old: String
            var new: String
            var procedures: [ProcedureDiff]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Document(old: old, new: new, procedures: diff.procedures))
        data.append(0x0A)
        return data
    }

    /// "Stage 2: Line managers: timescale changed from 'within 5 …' to 'within 3 …'".
    static func sentence(_ c: Change, quote: (String) -> String, name: (String) -> String) -> String {
        let subject = name(c.subject)
        let field = c.field.map(Self.label) ?? ""
        switch (c.kind, c.field) {
        case (.added, nil): return "\(subject): added" + (c.after.map { " (\(quote($0)))" } ?? "")
        case (.removed, nil): return "\(subject): removed" + (c.before.map { " (was \(quote($0)))" } ?? "")
        case (.added, _): return "\(subject): \(field) added: \(quote(c.after ?? ""))"
        case (.removed, _): return "\(subject): \(field) removed: \(quote(c.before ?? ""))"
        case (.renamed, _): return "\(subject): renamed from \(quote(c.before ?? ""))"
        case (.renumbered, _): return "\(subject): renumbered, was \(c.before ?? "")"
        case (.changed, _):
            var text = "\(subject): \(field) changed from \(c.before.map(quote) ?? "none") to \(c.after.map(quote) ?? "none")"
            if let a = c.beforeKind, let b = c.afterKind, a != b {
                text += " (now \(Self.kindWords(b)), was \(Self.kindWords(a)))"
            }
            return text
        }
    }

    static func label(_ field: String) -> String {
        switch field {
        case "who": return "who is involved"
        case "notify": return "notification duty"
        case "escalates-to": return "escalates to"
        case "starts-when": return "starts when"
        case "leads-to": return "leads to"
        case "applies-when": return "applies when"
        case "covered-by": return "covered by"
        case "last-updated": return "last updated"
        case "next-review": return "next review"
        case "timescale-note": return "note on timescales"
        case "stages": return "stage listing"
        default: return field
        }
    }

    static func kindWords(_ kind: String) -> String {
        switch kind {
        case "from-raised": return "counted from the date raised"
        case "after-previous": return "counted after the previous stage"
        case "event": return "tied to an event"
        default: return "no fixed time"
        }
    }

    /// Every ASCII punctuation character backslash-escaped (CommonMark allows it for each), line
    /// breaks as spaces, control characters shown escaped: the text can only be text.
    static func escapeMarkdown(_ s: String) -> String {
        var out = ""
        for scalar in ControlCharacter.escaped(s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")).unicodeScalars {
            if scalar.isASCII, scalar.properties.generalCategory.isPunctuationOrSymbol { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Inside a code span: backticks and line breaks would end it.
    static func code(_ s: String) -> String {
        ControlCharacter.escaped(s).replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ")
    }

    private func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}

private extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
