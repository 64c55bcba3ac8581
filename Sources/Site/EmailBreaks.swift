/// Where a long email address may wrap: after its `@` and before each of its dots. At
/// 375 pixels `overflow-wrap` alone broke addresses mid-word ("safeguardingpartne|rship"); a
/// `<wbr>` at those points lets the browser break where a reader expects, and `overflow-wrap`
/// stays only as the last resort for a part longer than the line.
///
/// Applied to each rendered page, so every template (a theme's too) gets it: the text of an
/// `<a href="mailto:…">` link that is exactly its address is written with the breaks. Other
/// text and the link's address itself are left as they are.
enum EmailBreaks {
    static func apply(_ html: String) -> String {
        let marker = "href=\"mailto:"
        guard html.contains(marker) else { return html }
        var out = ""
        var rest = Substring(html)
        while let found = rest.range(of: marker) {
            out += rest[..<found.upperBound]
            rest = rest[found.upperBound...]
            // The address as the attribute holds it, the end of the tag, then the link's text.
            guard let quote = rest.firstIndex(of: "\""), let close = rest[quote...].firstIndex(of: ">") else { continue }
            let address = rest[..<quote]
            let afterTag = rest.index(after: close)
            out += rest[..<afterTag]
            rest = rest[afterTag...]
            guard rest.hasPrefix(String(address) + "</a>"), address.contains("@") else { continue }
            out += broken(String(address))
            rest = rest.dropFirst(address.count)
        }
        return out + rest
    }

    /// `first<wbr>.last@<wbr>council<wbr>.gov<wbr>.uk`: a break after the `@` and before each
    /// dot (of the name too: "Safeguarding.partnershipsteam@" is wider than a 320-pixel line).
    static func broken(_ address: String) -> String {
        guard let at = address.lastIndex(of: "@") else { return address }
        let local = address[..<at].replacingOccurrences(of: ".", with: "<wbr>.")
        let domain = address[address.index(after: at)...].replacingOccurrences(of: ".", with: "<wbr>.")
        return local + "@<wbr>" + domain
    }
}
