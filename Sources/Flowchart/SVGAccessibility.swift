import Foundation
import TextTools

/// Gives dot's SVG an accessible name and description: a `<title>` and `<desc>` first inside
/// `<svg>`, which is how a standalone SVG names itself. (Where the SVG is inlined in a page, the
/// site adds `role="img"` and `aria-labelledby` pointing at them.) Ids dot derives from page
/// numbers (`page0,1_graph0`) are not valid XML names and are made so. Browsers show each
/// group's `<title>` as its tooltip, and dot titles them with its own ids (`stage-1`,
/// `stage-1->decision-1`), so each is given the group's own words instead, or removed.
enum SVGAccessibility {
    static func apply(to svg: String, chart: Chart) -> String {
        guard let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
        let base = chart.id.svgIDBase
        let elements = "\n<title id=\"\(base)-title\">\(escape(chart.title))</title>\n<desc id=\"\(base)-desc\">\(escape(chart.description))</desc>"
        var out = svg
        out.insert(contentsOf: elements, at: out.index(after: end))
        return validIDs(humanTooltips(out))
    }

    /// Each `<title>` dot gave a group (node, edge, cluster, the graph) replaced by the text the
    /// group shows, joined into one line; removed when the group shows none (a point, an
    /// unlabelled edge) and for the graph, which the SVG's own title already names. The text
    /// is taken as dot escaped it, so it stays escaped. Only `<title>` without attributes is
    /// dot's: the SVG's own title carries an id.
    static func humanTooltips(_ svg: String) -> String {
        var out = ""
        var rest = Substring(svg)
        while let open = rest.firstRange(of: "<title>"), let close = rest[open.upperBound...].firstRange(of: "</title>") {
            let before = rest[..<open.lowerBound]
            let group = before.range(of: "<g ", options: .backwards).map { String(before[$0.lowerBound...].prefix { $0 != ">" }) } ?? ""
            let body = rest[close.upperBound...]
            let groupEnd = body.firstRange(of: "</g>")?.lowerBound ?? body.endIndex
            let words = group.contains("class=\"graph\"") ? "" : shownText(body[..<groupEnd])
            out += before
            if words.isEmpty {
                // Drop the newline after the removed element too, so no blank line is left.
                rest = body.first == "\n" ? body.dropFirst() : body
            } else {
                out += "<title>" + words + "</title>"
                rest = body
            }
        }
        return out + rest
    }

    /// The contents of the `<text>` elements, trimmed and joined by single spaces.
    private static func shownText(_ group: Substring) -> String {
        var parts: [String] = []
        var rest = group
        while let open = rest.firstRange(of: "<text"), let start = rest[open.upperBound...].firstIndex(of: ">"),
              let close = rest[start...].firstRange(of: "</text>") {
            let inner = rest[rest.index(after: start)..<close.lowerBound]
            let words = removeTags(inner).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !words.isEmpty { parts.append(words) }
            rest = rest[close.upperBound...]
        }
        return parts.joined(separator: " ")
    }

    private static func removeTags(_ text: Substring) -> String {
        var out = ""
        var inTag = false
        for c in text {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out
    }

    /// Replaces characters XML does not allow in names inside `id="…"` values.
    static func validIDs(_ svg: String) -> String {
        MarkupEscaping.rewriteAttribute("id", in: svg) { value in
            String(value.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" })
        }
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
