/// A table as tidy CSV: UTF-8, one header row, one line per row of the table, symbols as
/// published. Fields are quoted where CSV needs it, and a field that a spreadsheet would take
/// for a formula (`=`, `+`, `-`, `@`, tab or carriage return first) is prefixed with `'`, so
/// opening the file runs nothing.
public enum StatisticsCSV {
    public static func text(_ t: StatisticsTable) -> String {
        var lines: [[String]] = [["period", "partnership", column(t.dimension)] + t.columns.map(\.id)]
        for r in t.rows {
            lines.append([t.period, t.partnership ?? "all", r.isTotal ? "Total" : r.label] + r.cells.map(\.text))
        }
        return lines.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// "Raising agency" → `raising_agency`.
    static func column(_ header: String) -> String {
        String(header.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
            .split(separator: "_").joined(separator: "_")
    }

    static func field(_ raw: String) -> String {
        var s = String(raw.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" }.map(Character.init))
        if let first = s.first, "=+-@\t\r".contains(first), !isNumber(s) { s = "'" + s }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s != s.trimmingSpaces else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func isNumber(_ s: String) -> Bool { Double(s) != nil }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
