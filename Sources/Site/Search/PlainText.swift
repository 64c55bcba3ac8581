/// The text of a piece of HTML escalate made (cmark-gfm's prose): tags dropped, character
/// references decoded, whitespace collapsed. For the search index, which shows text, not markup.
enum PlainText {
    static func from(html: String) -> String {
        var out = ""
        var inTag = false
        var quote: Character?
        var entity: String?
        for c in html {
            if inTag {
                if let q = quote { if c == q { quote = nil } }
                else if c == "\"" || c == "'" { quote = c }
                else if c == ">" { inTag = false; out.append(" ") }
                continue
            }
            if var e = entity {
                if c == ";" { out += decode(e); entity = nil; continue }
                e.append(c)
                if e.count > 10 || c == "<" || c.isWhitespace { out += "&" + e; entity = nil } else { entity = e }
                continue
            }
            switch c {
            case "<": inTag = true
            case "&": entity = ""
            default: out.append(c)
            }
        }
        if let e = entity { out += "&" + e }
        return collapse(out)
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func decode(_ name: String) -> String {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            var digits = name.dropFirst()
            guard name.hasPrefix("#") else { return "&" + name + ";" }
            var radix = 10
            if digits.first == "x" || digits.first == "X" { digits = digits.dropFirst(); radix = 16 }
            guard let value = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(value) else { return "&" + name + ";" }
            return String(Character(scalar))
        }
    }
}
