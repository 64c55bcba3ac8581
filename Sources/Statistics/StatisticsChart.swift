import TextTools

/// SVG charts drawn by escalate from a published table: horizontal bars for a one-way table,
/// a line for the trend. Colours are Okabe–Ito's blue on white; every bar carries its number
/// as a direct label, a suppressed cell is drawn as a hatched, dashed outline labelled
/// `[c] (withheld)` with a line saying why, and a true zero has no bar but the label
/// "0 (none)", so nothing is left for a reader to guess. The table is the chart's text
/// alternative: the chart says so, and the page puts it next to it.
///
/// Drawn for a phone first: the view box is `width` units wide with 14-unit text, so on a
/// 375 px screen (about 340 px of page) the text renders at 14 px, and the page's CSS caps the
/// width on a wide screen. Labels sit on their own lines above their bars, wrapped, so a long
/// agency or stage name never squeezes the bar.
public enum StatisticsChart {
    static let blue = "#0072B2"
    static let ink = "#1A1A1A"
    static let grey = "#595959"
    static let font = "Liberation Sans,Arial,DejaVu Sans,sans-serif"
    static let width = 340
    /// Characters of 14-unit text that fit the width, with room to spare for wide letters.
    static let lineLength = 40
    static let withheldNote = "[c]: withheld because it is small, or so that a small number cannot be worked out."

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
            + "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(grey)\" stroke-width=\"2\"/></pattern></defs>"
    }

    /// Words into lines of at most `lineLength` characters (a longer word keeps its own line).
    static func wrap(_ text: String, _ length: Int = lineLength) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty { line = String(word) }
            else if line.count + 1 + word.count <= length { line += " " + word }
            else { lines.append(line); line = String(word) }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [""] : lines
    }

    static func textLines(_ lines: [String], x: Int, y: Int, anchor: String? = nil, fill: String = ink) -> String {
        let e = MarkupEscaping.escape
        let a = anchor.map { " text-anchor=\"\($0)\"" } ?? ""
        return lines.enumerated().map { "<text x=\"\(x)\" y=\"\(y + $0.offset * 18)\"\(a) fill=\"\(fill)\">\(e($0.element))</text>" }.joined()
    }

    static func bars(_ t: StatisticsTable, id: String, standalone: Bool) -> String {
        let e = MarkupEscaping.escape
        let rows = t.rows.filter { !$0.isTotal }
        let labels = rows.map { wrap($0.label) }
        let withheld = rows.contains { $0.cells.first == .symbol(.confidential) }
        let note = withheld ? wrap(withheldNote) : []
        let top = 4
        // Each row: its label's lines (18 apart), then a 20-unit bar, then space.
        let heights = labels.map { $0.count * 18 + 30 }
        let height = top + heights.reduce(0, +) + (note.isEmpty ? 6 : note.count * 18 + 12)
        let maxValue = max(1, rows.compactMap { $0.cells.first?.number }.max() ?? 1)
        // Room right of the longest bar for its number.
        let barSpace = Double(width - 48)
        var out = open(t, id: id, width: width, height: height, standalone: standalone)
        var y = top
        for (i, r) in rows.enumerated() {
            out += textLines(labels[i], x: 0, y: y + 14)
            let barTop = y + labels[i].count * 18 + 2
            let cell = r.cells.first ?? .symbol(.notAvailable)
            switch cell {
            case .number(let v, let text) where v > 0:
                let w = max(2, Int((v / maxValue * barSpace).rounded()))
                out += "<rect x=\"0\" y=\"\(barTop)\" width=\"\(w)\" height=\"20\" fill=\"\(blue)\"/>"
                out += "<text x=\"\(w + 6)\" y=\"\(barTop + 15)\" fill=\"\(ink)\" font-weight=\"bold\">\(e(text))</text>"
            case .number:
                out += "<line x1=\"1\" y1=\"\(barTop)\" x2=\"1\" y2=\"\(barTop + 20)\" stroke=\"\(grey)\" stroke-width=\"2\"/>"
                out += "<text x=\"8\" y=\"\(barTop + 15)\" fill=\"\(ink)\">0 (none)</text>"
            case .symbol(let s):
                out += "<rect x=\"1\" y=\"\(barTop + 1)\" width=\"40\" height=\"18\" fill=\"url(#\(id)-hatch)\" stroke=\"\(grey)\" stroke-dasharray=\"4 3\"/>"
                out += "<text x=\"48\" y=\"\(barTop + 15)\" fill=\"\(ink)\">\(e(s.rawValue))\(s == .confidential ? " (withheld)" : "")</text>"
            }
            y += heights[i]
        }
        if !note.isEmpty { out += textLines(note, x: 0, y: y + 14, fill: grey) }
        return out + "</svg>"
    }

    static func line(_ t: StatisticsTable, id: String, standalone: Bool) -> String {
        let e = MarkupEscaping.escape
        let values = t.rows.map { $0.cells.first?.number }
        let withheld = values.contains(nil)
        let note = withheld ? wrap(withheldNote) : []
        // Year labels (7 characters, about 50 units) alternate between two lines when more
        // than five would crowd the width.
        let staggered = t.rows.count > 5
        let left = 30, right = width - 30, top = 30, bottom = 170
        let height = bottom + (staggered ? 44 : 26) + (note.isEmpty ? 4 : note.count * 18 + 8)
        let maxValue = max(1, values.compactMap { $0 }.max() ?? 1)
        let step = t.rows.count > 1 ? Double(right - left) / Double(t.rows.count - 1) : 0
        func x(_ i: Int) -> Int { t.rows.count > 1 ? left + Int((Double(i) * step).rounded()) : (left + right) / 2 }
        func y(_ v: Double) -> Int { bottom - Int((v / maxValue * Double(bottom - top)).rounded()) }
        var out = open(t, id: id, width: width, height: height, standalone: standalone)
        out += "<line x1=\"\(left - 20)\" y1=\"\(bottom)\" x2=\"\(right + 20)\" y2=\"\(bottom)\" stroke=\"\(grey)\"/>"
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
            let labelY = bottom + 20 + (staggered && i % 2 == 1 ? 18 : 0)
            out += "<text x=\"\(x(i))\" y=\"\(labelY)\" text-anchor=\"middle\" fill=\"\(ink)\">\(e(r.label))</text>"
            if let v = values[i] {
                out += "<circle cx=\"\(x(i))\" cy=\"\(y(v))\" r=\"5\" fill=\"\(blue)\"/>"
                out += "<text x=\"\(x(i))\" y=\"\(y(v) - 12)\" text-anchor=\"middle\" fill=\"\(ink)\" font-weight=\"bold\">\(e(r.cells[0].text))</text>"
            } else {
                out += "<rect x=\"\(x(i) - 12)\" y=\"\(bottom - 44)\" width=\"24\" height=\"44\" fill=\"url(#\(id)-hatch)\" stroke=\"\(grey)\" stroke-dasharray=\"4 3\"/>"
                out += "<text x=\"\(x(i))\" y=\"\(bottom - 52)\" text-anchor=\"middle\" fill=\"\(ink)\">\(e(r.cells.first?.text ?? "[x]"))</text>"
            }
        }
        if !note.isEmpty { out += textLines(note, x: 0, y: height - note.count * 18 + 8, fill: grey) }
        return out + "</svg>"
    }
}
