/// Prepares dot's SVG to sit inside a page: no XML prolog, doctype or comments, ids made unique
/// on the page, and a size that follows the page width.
enum InlineSVG {
    static func prepare(_ svg: String, prefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        body = removeComments(body)
        // dot numbers its groups node1, edge1, graph0 in every chart; two charts on a page would clash.
        body = body.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
        body = relabel(body, prefix: prefix)
        // Width and height in points would fix the size; the viewBox keeps the proportions.
        if let open = body.range(of: "<svg"), let end = body[open.upperBound...].firstIndex(of: ">") {
            var tag = String(body[open.lowerBound...end])
            tag = removeAttribute("width", from: tag)
            tag = removeAttribute("height", from: tag)
            body = tag + body[body.index(after: end)...]
        }
        return body
    }

    /// aria-labelledby lists two ids; both need the prefix.
    private static func relabel(_ svg: String, prefix: String) -> String {
        guard let r = svg.range(of: "aria-labelledby=\"") , let end = svg[r.upperBound...].firstIndex(of: "\"") else { return svg }
        let ids = svg[r.upperBound..<end].split(separator: " ").map { $0.hasPrefix(prefix) ? String($0) : prefix + $0 }
        return String(svg[..<r.upperBound]) + ids.joined(separator: " ") + String(svg[end...])
    }

    private static func removeComments(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private static func removeAttribute(_ name: String, from tag: String) -> String {
        guard let r = tag.range(of: " \(name)=\""), let end = tag[r.upperBound...].firstIndex(of: "\"") else { return tag }
        return String(tag[..<r.lowerBound]) + String(tag[tag.index(after: end)...])
    }
}
