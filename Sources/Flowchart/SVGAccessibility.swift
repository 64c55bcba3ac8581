/// Gives dot's SVG an accessible name and description: `role="img"`, a `<title>` and `<desc>`
/// first inside `<svg>`, and `aria-labelledby` pointing at them. The rest of the SVG is as dot wrote it.
enum SVGAccessibility {
    static func apply(to svg: String, chart: Chart) -> String {
        guard let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
        let base = "chart-\(chart.procedureID)-\(chart.name)"
        let attributes = " role=\"img\" aria-labelledby=\"\(base)-title \(base)-desc\""
        let elements = "\n<title id=\"\(base)-title\">\(escape(chart.title))</title>\n<desc id=\"\(base)-desc\">\(escape(chart.description))</desc>"
        var out = svg
        out.insert(contentsOf: elements, at: out.index(after: end))
        out.insert(contentsOf: attributes, at: end)
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
