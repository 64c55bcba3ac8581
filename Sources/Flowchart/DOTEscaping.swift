/// Makes text from content safe inside a double-quoted DOT string.
///
/// dot reads escapes inside quoted strings (`\n`, `\l`, `\N`, `\G`, …) and decodes HTML
/// entities in plain labels, so content could otherwise add line breaks, print the node's
/// own id, or turn `&#x41;` into `A`. Everything is made literal.
public enum DOTEscaping {
    /// dot rejects quoted strings longer than its lexer buffer (about 16 KB); stay well under.
    public static let maximumBytes = 16_000

    /// The text as a quoted DOT string, with quotes.
    public static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// The text escaped for use between the quotes of a DOT string. Line breaks in the text
    /// become spaces: the writer decides where lines break.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in truncated(text).unicodeScalars {
            let piece: String
            switch scalar {
            case "\\": piece = "\\\\"
            case "\"": piece = "\\\""
            case "&": piece = "&amp;"
            case "\n", "\r", "\t": piece = " "
            default:
                // Control characters (C0, DEL, C1) carry no meaning on a chart and some break dot.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                piece = String(scalar)
            }
            out += piece
        }
        return out
    }

    /// Cuts text that would be too long for dot, at a character boundary, marking the cut.
    static func truncated(_ text: String) -> String {
        // Escaping can at most multiply the length by five (`&` → `&amp;`), so measure the worst case.
        guard text.utf8.count * 5 > maximumBytes else { return text }
        var out = ""
        var budget = maximumBytes - 10
        for ch in text {
            let cost = ch.utf8.count * 5
            if cost > budget { break }
            budget -= cost
            out.append(ch)
        }
        return out + "…"
    }
}
