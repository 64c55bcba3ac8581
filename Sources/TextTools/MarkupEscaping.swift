import Foundation

/// Escaping for text placed in HTML, SVG or XML outside a template engine.
public enum MarkupEscaping {
    /// `&`, `<`, `>`, `"` and `'` as entities; control characters other than tab and newline,
    /// which markup does not allow, dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
                if (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Rewrites the value of every ` name="…"` attribute in markup escalate or its tools wrote
    /// (double-quoted values, as cmark-gfm and Graphviz write them).
    public static func rewriteAttribute(_ name: String, in markup: String, _ transform: (String) -> String) -> String {
        var out = ""
        var rest = Substring(markup)
        let needle = " \(name)=\""
        // The standard library's search, not Foundation's, which bridges the whole rest of the
        // text on every call and made long pages quadratic.
        while let r = rest.firstRange(of: needle) {
            out += rest[..<r.upperBound]
            rest = rest[r.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            out += transform(String(rest[..<end]))
            rest = rest[end...]
        }
        return out + rest
    }
}
