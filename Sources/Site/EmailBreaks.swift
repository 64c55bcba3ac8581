import TextTools

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
        // On the page's bytes: a page may carry megabytes of prose, and searching a String
        // through Foundation measured it again from the start for every address.
        let bytes = Array(html.utf8)
        let marker = Array("href=\"mailto:".utf8)
        let closeLink = Array("</a>".utf8)
        guard var found = bytes.firstIndex(ofBytes: marker) else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var rest = 0
        while true {
            let afterMarker = found + marker.count
            out += bytes[rest..<afterMarker]
            rest = afterMarker
            // The address as the attribute holds it, the end of the tag, then the link's text.
            if let quote = bytes[rest...].firstIndex(of: UInt8(ascii: "\"")),
               let close = bytes[quote...].firstIndex(of: UInt8(ascii: ">")) {
                let address = Array(bytes[rest..<quote])
                let afterTag = close + 1
                out += bytes[rest..<afterTag]
                rest = afterTag
                let text = rest + address.count
                if address.contains(UInt8(ascii: "@")), text + closeLink.count <= bytes.count,
                   bytes[rest..<text].elementsEqual(address), bytes[text..<(text + closeLink.count)].elementsEqual(closeLink) {
                    out += broken(String(decoding: address, as: UTF8.self)).utf8
                    rest = text
                }
            }
            guard let next = bytes.firstIndex(ofBytes: marker, from: rest) else { break }
            found = next
        }
        out += bytes[rest...]
        return String(decoding: out, as: UTF8.self)
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
