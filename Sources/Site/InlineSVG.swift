import TextTools

/// Prepares dot's SVG to sit inside a page: no XML prolog, doctype or comments, ids made unique
/// on the page, and a size that follows the page width.
enum InlineSVG {
    static func prepare(_ svg: String, prefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        body = removeComments(body)
        // dot numbers its groups node1, edge1, graph0 in every chart; two charts on a page would clash.
        body = MarkupEscaping.rewriteAttribute("id", in: body) { prefix + $0 }
        // Width and height in points would fix the size; the viewBox keeps the proportions.
        // Inlined, the chart is an image named by its own title and description.
        if let open = body.range(of: "<svg"), let end = body[open.upperBound...].firstIndex(of: ">") {
            var tag = String(body[open.lowerBound..<end])
            let width = attribute("width", of: tag)
            tag = removeAttribute("width", from: tag)
            tag = removeAttribute("height", from: tag)
            // Never drawn larger than dot made it, so a small chart does not tower over a big one.
            if let width { tag += " style=\"max-width: \(width)\"" }
            let ids = idsOf(["title", "desc"], in: body)
            if !ids.isEmpty { tag += " role=\"img\" aria-labelledby=\"\(ids.joined(separator: " "))\"" }
            body = tag + body[end...]
        }
        return body
    }

    /// The ids of the first `<title>` and `<desc>` elements, in that order.
    private static func idsOf(_ elements: [String], in svg: String) -> [String] {
        elements.compactMap { name in
            guard let r = svg.range(of: "<\(name) id=\""), let end = svg[r.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(svg[r.upperBound..<end])
        }
    }

    private static func removeComments(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "-->") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private static func attribute(_ name: String, of tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\""), let end = tag[r.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[r.upperBound..<end])
    }

    private static func removeAttribute(_ name: String, from tag: String) -> String {
        guard let r = tag.range(of: " \(name)=\""), let end = tag[r.upperBound...].firstIndex(of: "\"") else { return tag }
        return String(tag[..<r.lowerBound]) + String(tag[tag.index(after: end)...])
    }
}
