/// The text of a piece of HTML escalate made (cmark-gfm's prose): tags dropped, character
/// references decoded, whitespace collapsed. For the search index, which shows text, not markup.
///
/// Read as Unicode scalars, as HTML is defined, not as grapheme clusters: a site's search index
/// reads every word of every procedure, and clusters made this several times slower.
enum PlainText {
    static func from(html: String) -> String {
        // Built as UTF-8 bytes: appending to a String's scalar view copied it again and again.
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count)
        func put(_ c: Unicode.Scalar) { UTF8.encode(c) { out.append($0) } }
        var inTag = false
        var quote: Unicode.Scalar?
        var entity: [Unicode.Scalar]?
        for c in html.unicodeScalars {
            if inTag {
                if let q = quote { if c == q { quote = nil } }
                else if c == "\"" || c == "'" { quote = c }
                else if c == ">" { inTag = false; put(" ") }
                continue
            }
            if var e = entity {
                if c == ";" {
                    out += decode(String(String.UnicodeScalarView(e))).utf8
                    entity = nil
                    continue
                }
                e.append(c)
                if e.count > 10 || c == "<" || c.properties.isWhitespace {
                    put("&")
                    e.forEach(put)
                    entity = nil
                } else {
                    entity = e
                }
                continue
            }
            switch c {
            case "<": inTag = true
            case "&": entity = []
            default: put(c)
            }
        }
        if let e = entity {
            put("&")
            e.forEach(put)
        }
        return collapse(String(decoding: out, as: UTF8.self))
    }

    /// Runs of white space as one space, none at the ends.
    static func collapse(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for c in text.unicodeScalars {
            if c.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            UTF8.encode(c) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
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
