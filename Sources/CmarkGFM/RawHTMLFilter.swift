import TextTools

/// Raw HTML in policy prose, when a site allows it (`allow-raw-html: true`), passed through an
/// allow-list: known harmless tags, a few attributes each, and links only to `http`, `https`,
/// `mailto`, `tel` or relative addresses. Everything else is dropped (tags, comments,
/// declarations, event handlers, `style`, `id`) or shown as text (a stray `<`). cmark-gfm's own
/// unsafe mode would also let `javascript:` links through, so the document is still rendered in
/// safe mode and the filtered HTML is put back as custom nodes (see `CmarkSession`).
public enum RawHTMLFilter {
    static let tags: Set<String> = [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "dfn", "div", "dl", "dt",
        "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre",
        "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "u", "ul", "var",
    ]
    static let globalAttributes: Set<String> = ["title", "lang", "dir", "class"]
    static let tagAttributes: [String: Set<String>] = [
        "a": ["href"], "blockquote": ["cite"], "q": ["cite"], "del": ["cite"], "ins": ["cite"], "ol": ["start", "type", "reversed"],
        "td": ["colspan", "rowspan", "headers"], "th": ["colspan", "rowspan", "headers", "scope", "abbr"], "details": ["open"],
    ]
    static let urlAttributes: Set<String> = ["href", "cite"]
    static let schemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// `html` with every tag checked against the allow-list.
    public static func filter(_ html: String) -> String {
        var out = ""
        let chars = Array(html.unicodeScalars)
        var i = 0
        func starts(_ text: String, at index: Int) -> Bool {
            let needle = Array(text.unicodeScalars)
            guard index + needle.count <= chars.count else { return false }
            for (k, c) in needle.enumerated() where String(chars[index + k]).lowercased() != String(c) { return false }
            return true
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "<" else {
                if c == ">" { out += "&gt;" } else if c.value >= 0x20 || c == "\n" || c == "\t" { out.unicodeScalars.append(c) }
                i += 1
                continue
            }
            // Comments, CDATA, declarations and processing instructions are dropped whole.
            if starts("<!--", at: i) {
                i = index(of: "-->", in: chars, from: i + 4).map { $0 + 3 } ?? chars.count
                continue
            }
            if starts("<!", at: i) || starts("<?", at: i) {
                i = index(of: ">", in: chars, from: i + 2).map { $0 + 1 } ?? chars.count
                continue
            }
            let closing = i + 1 < chars.count && chars[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            var name = ""
            while j < chars.count, chars[j].properties.isAlphabetic || ("0"..."9").contains(Character(chars[j])) {
                name.unicodeScalars.append(chars[j])
                j += 1
            }
            guard !name.isEmpty else {
                out += "&lt;"
                i += 1
                continue
            }
            name = name.lowercased()
            // The tag runs to the first `>` outside a quoted value.
            var quote: Unicode.Scalar?
            var end = j
            while end < chars.count {
                let e = chars[end]
                if let q = quote { if e == q { quote = nil } } else if e == "\"" || e == "'" { quote = e } else if e == ">" { break }
                end += 1
            }
            let inside = String(String.UnicodeScalarView(chars[j..<min(end, chars.count)]))
            i = min(end + 1, chars.count)
            guard tags.contains(name) else { continue }
            if closing {
                out += "</\(name)>"
                continue
            }
            out += "<" + name
            for (attribute, value) in attributes(inside) {
                guard globalAttributes.contains(attribute) || tagAttributes[name]?.contains(attribute) == true else { continue }
                if urlAttributes.contains(attribute), !isSafeURL(value) { continue }
                out += " \(attribute)=\"\(MarkupEscaping.escape(value))\""
            }
            out += inside.trimmingTrailingWhitespace().hasSuffix("/") ? " />" : ">"
        }
        return out
    }

    /// Attribute names (lowercased) and values (entities decoded) of a tag's inside.
    static func attributes(_ text: String) -> [(String, String)] {
        var out: [(String, String)] = []
        let chars = Array(text.unicodeScalars)
        var i = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "/" }
        while i < chars.count {
            while i < chars.count, isSpace(chars[i]) { i += 1 }
            var name = ""
            while i < chars.count, !isSpace(chars[i]), chars[i] != "=" { name.unicodeScalars.append(chars[i]); i += 1 }
            guard !name.isEmpty else { i += 1; continue }
            while i < chars.count, chars[i] == " " { i += 1 }
            var value = ""
            if i < chars.count, chars[i] == "=" {
                i += 1
                while i < chars.count, chars[i] == " " { i += 1 }
                if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                    let q = chars[i]
                    i += 1
                    while i < chars.count, chars[i] != q { value.unicodeScalars.append(chars[i]); i += 1 }
                    i += 1
                } else {
                    while i < chars.count, !isSpace(chars[i]) { value.unicodeScalars.append(chars[i]); i += 1 }
                }
            }
            out.append((name.lowercased(), decodeEntities(value)))
        }
        return out
    }

    /// A relative address, or one whose scheme is allowed. Browsers ignore tabs, newlines and
    /// control characters inside a scheme (`jav&#x09;ascript:`), so they are ignored here too.
    static func isSafeURL(_ value: String) -> Bool {
        let compact = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })).lowercased()
        guard let colon = compact.firstIndex(of: ":") else { return true }
        let beforeColon = compact[..<colon]
        if beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return schemes.contains(String(beforeColon))
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n", "nbsp": "\u{A0}"]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[rest.index(after: amp)...]
            let body = rest.prefix { $0 != ";" && $0 != "&" && $0 != " " }.prefix(32)
            var scalar: Unicode.Scalar?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
            }
            if let scalar {
                out.unicodeScalars.append(scalar)
                rest = rest.dropFirst(body.count)
            } else if let text = named[body.lowercased()] {
                out += text
                rest = rest.dropFirst(body.count)
            } else {
                out += "&"
                continue
            }
            if rest.first == ";" { rest = rest.dropFirst() }
        }
        return out + rest
    }

    private static func index(of needle: String, in chars: [Unicode.Scalar], from start: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard start <= chars.count - n.count else { return nil }
        for i in start...(chars.count - n.count) where chars[i] == n[0] && Array(chars[i..<(i + n.count)]) == n { return i }
        return nil
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\n" { s = s.dropLast() }
        return s
    }
}
