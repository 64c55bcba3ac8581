import TextTools

/// SVG charts drawn by escalate from a published table: horizontal bars for a one-way table,
/// a line for the trend. Colours are Okabe–Ito's blue on white; every bar carries its number
/// as a direct label, a suppressed cell is drawn as a dashed outline labelled `[c]`, and a true
/// zero has no bar but the label "0 (none)", so nothing is left for a reader to guess. The
/// table is the chart's text alternative: the chart says so, and the page puts it next to it.
public enum StatisticsChart {
    static let blue = "#0072B2"
    static let ink = "#1A1A1A"
    static let grey = "#595959"
    static let font = "Liberation Sans,Arial,DejaVu Sans,sans-serif"

    /// Nil when the table has no chart.
    /// - Parameter id: unique on the page the chart is inlined into (for `aria-labelledby`).
    public static func svg(_ t: StatisticsTable, id: String, standalone: Bool = false) -> String? {
        switch t.chart {
        case .none: return nil
        case .bars: return bars(t, id: id, standalone: standalone)
        case .line: return line(t, id: id, standalone: standalone)
        }
    }

    static func open(_ t: StatisticsTable, id: String, width: Int, height: Int, standalone: Bool) -> String {
        let e = MarkupEscaping.escape
        // A file on its own is announced by its <title> and <desc>; inline in a page, the
        // chart is an image named by them (SVG files may not carry ARIA references).
        let head = standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
        return "<svg\(head) class=\"stat-chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" font-family=\"\(font)\" font-size=\"14\">"
            + "<title id=\"\(id)-title\">\(e(t.caption))</title>"
            + "<desc id=\"\(id)-desc\">Chart of the table \(e(t.title.lowercased())); the figures are in the table that goes with it. [c] marks a number withheld because it is small or would let a small number be worked out.</desc>"
    }

    static func bars(_ t: StatisticsTable, id: String, standalone: Bool) -> String {
        let e = MarkupEscaping.escape
        let rows = t.rows.filter { !$0.isTotal }
        let width = 640, rowHeight = 46, top = 10
        let height = top + rows.count * rowHeight + 10
        let maxValue = max(1, rows.compactMap { $0.cells.first?.number }.max() ?? 1)
        let barSpace = 480.0
        var out = open(t, id: id, width: width, height: height, standalone: standalone)
        for (i, r) in rows.enumerated() {
            let y = top + i * rowHeight
            out += "<text x=\"0\" y=\"\(y + 14)\" fill=\"\(ink)\">\(e(r.label))</text>"
            let cell = r.cells.first ?? .symbol(.notAvailable)
            switch cell {
            case .number(let v, let text) where v > 0:
                let w = max(2, Int((v / maxValue * barSpace).rounded()))
                out += "<rect x=\"0\" y=\"\(y + 20)\" width=\"\(w)\" height=\"18\" fill=\"\(blue)\"/>"
                out += "<text x=\"\(w + 6)\" y=\"\(y + 34)\" fill=\"\(ink)\">\(e(text))</text>"
            case .number:
                out += "<line x1=\"0\" y1=\"\(y + 20)\" x2=\"0\" y2=\"\(y + 38)\" stroke=\"\(grey)\" stroke-width=\"2\"/>"
                out += "<text x=\"8\" y=\"\(y + 34)\" fill=\"\(ink)\">0 (none)</text>"
            case .symbol(let s):
                out += "<rect x=\"1\" y=\"\(y + 21)\" width=\"60\" height=\"16\" fill=\"none\" stroke=\"\(grey)\" stroke-dasharray=\"4 3\"/>"
                out += "<text x=\"68\" y=\"\(y + 34)\" fill=\"\(ink)\">\(e(s.rawValue))\(s == .confidential ? " (withheld)" : "")</text>"
            }
        }
        return out + "</svg>"
    }

    static func line(_ t: StatisticsTable, id: String, standalone: Bool) -> String {
        let e = MarkupEscaping.escape
        let width = 640, height = 240, left = 40, right = 600, top = 30, bottom = 190
        let values = t.rows.map { $0.cells.first?.number }
        let maxValue = max(1, values.compactMap { $0 }.max() ?? 1)
        let step = t.rows.count > 1 ? Double(right - left) / Double(t.rows.count - 1) : 0
        func x(_ i: Int) -> Int { t.rows.count > 1 ? left + Int((Double(i) * step).rounded()) : (left + right) / 2 }
        func y(_ v: Double) -> Int { bottom - Int((v / maxValue * Double(bottom - top)).rounded()) }
        var out = open(t, id: id, width: width, height: height, standalone: standalone)
        out += "<line x1=\"\(left - 10)\" y1=\"\(bottom)\" x2=\"\(right + 10)\" y2=\"\(bottom)\" stroke=\"\(grey)\"/>"
        // Segments join neighbouring published years only: a suppressed year is a gap, labelled.
        var path: [String] = []
        for (i, v) in values.enumerated() {
            if let v {
                path.append("\(path.isEmpty ? "M" : "L")\(x(i)) \(y(v))")
            } else if !path.isEmpty {
                out += "<path d=\"\(path.joined(separator: " "))\" fill=\"none\" stroke=\"\(blue)\" stroke-width=\"3\"/>"
                path = []
            }
        }
        if !path.isEmpty { out += "<path d=\"\(path.joined(separator: " "))\" fill=\"none\" stroke=\"\(blue)\" stroke-width=\"3\"/>" }
        for (i, r) in t.rows.enumerated() {
            out += "<text x=\"\(x(i))\" y=\"\(bottom + 22)\" text-anchor=\"middle\" fill=\"\(ink)\">\(e(r.label))</text>"
            if let v = values[i] {
                out += "<circle cx=\"\(x(i))\" cy=\"\(y(v))\" r=\"5\" fill=\"\(blue)\"/>"
                out += "<text x=\"\(x(i))\" y=\"\(y(v) - 12)\" text-anchor=\"middle\" fill=\"\(ink)\" font-weight=\"bold\">\(e(r.cells[0].text))</text>"
            } else {
                out += "<text x=\"\(x(i))\" y=\"\(bottom - 10)\" text-anchor=\"middle\" fill=\"\(ink)\">\(e(r.cells.first?.text ?? "[x]"))</text>"
            }
        }
        return out + "</svg>"
    }
}
