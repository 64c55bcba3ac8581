import TextTools

/// Gives dot's SVG an accessible name and description: a `<title>` and `<desc>` first inside
/// `<svg>`, which is how a standalone SVG names itself. (Where the SVG is inlined in a page, the
/// site adds `role="img"` and `aria-labelledby` pointing at them.) Ids dot derives from page
/// numbers (`page0,1_graph0`) are not valid XML names and are made so.
enum SVGAccessibility {
    static func apply(to svg: String, chart: Chart) -> String {
        guard let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
        let base = chart.id.svgIDBase
        let elements = "\n<title id=\"\(base)-title\">\(escape(chart.title))</title>\n<desc id=\"\(base)-desc\">\(escape(chart.description))</desc>"
        var out = svg
        out.insert(contentsOf: elements, at: out.index(after: end))
        return validIDs(out)
    }

    /// Replaces characters XML does not allow in names inside `id="…"` values.
    static func validIDs(_ svg: String) -> String {
        MarkupEscaping.rewriteAttribute("id", in: svg) { value in
            String(value.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" })
        }
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
