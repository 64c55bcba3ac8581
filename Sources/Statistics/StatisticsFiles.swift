import Foundation

/// The publication as files, by path inside the folder they go in (`escalate stats` writes
/// them at its output's root; the site puts them under `statistics/`): one JSON of every
/// table with its metadata (sorted keys, so the same log gives the same bytes), a tidy CSV and
/// an SVG chart per table, and the methods note as text.
public enum StatisticsFiles {
    public static func csvPath(_ t: StatisticsTable) -> String { "csv/\(t.partnership ?? "all")/\(t.kind).csv" }
    public static func chartPath(_ t: StatisticsTable) -> String { "charts/\(t.partnership ?? "all")/\(t.kind).svg" }

    public static func files(_ p: StatisticsPublication) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        out["statistics.json"] = try encoder.encode(p) + Data("\n".utf8)
        for t in p.tables {
            out[csvPath(t)] = Data(StatisticsCSV.text(t).utf8)
            if let svg = StatisticsChart.svg(t, id: "chart", standalone: true) { out[chartPath(t)] = Data((svg + "\n").utf8) }
        }
        var methods = p.synthetic ? "SYNTHETIC DATA: every escalation in this log is invented.\n\n" : ""
        methods += "Escalation statistics, \(p.period) (\(p.periodMonths))\n\nHow these figures were made\n\n"
        methods += p.methods.joined(separator: "\n\n") + "\n"
        out["methods.txt"] = Data(methods.utf8)
        return out
    }
}
