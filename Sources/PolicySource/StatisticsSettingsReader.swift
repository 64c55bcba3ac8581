import Diagnostics
import Model
import Snapshot
import Yams

/// Reads `content/statistics.yml` (optional) with the same strictness as `site.yml`:
/// unknown keys, wrong types and impossible values are errors at their line.
struct StatisticsSettingsReader {
    static let file = "statistics.yml"
    static let keys = ["disclosure", "minimum-group-size", "period", "pool-years", "allow-groupings"]
    static let ruleKeys = ["suppress-up-to", "zeros-sensitive", "round-to"]
    static let periodKeys = ["from", "to", "label"]

    let snapshot: ContentSnapshot

    func read(into diagnostics: inout [Diagnostic]) -> StatisticsSettings {
        var settings = StatisticsSettings()
        guard let map = SiteSettingsReader(snapshot: snapshot).mapping(file: Self.file, what: Self.file, keys: Self.keys, into: &diagnostics) else {
            return settings
        }
        func problem(_ node: YAMLNode, _ message: String, _ help: String) {
            diagnostics.append(.error(.statisticsSetting, at: node.location, message, help: help))
        }
        func whole(_ node: YAMLNode?, _ key: String, min: Int, max: Int) -> Int? {
            guard let node, let v = node.text(key, into: &diagnostics), !node.isNull else { return nil }
            guard let n = Int(v), (min...max).contains(n) else {
                problem(node, "'\(key)' must be a whole number from \(min) to \(max), not '\(v.prefix(40))'", "write a number such as \(Swift.max(min, 1))")
                return nil
            }
            return n
        }
        func flag(_ node: YAMLNode?, _ key: String) -> Bool? {
            guard let node, let v = node.text(key, into: &diagnostics), !node.isNull else { return nil }
            switch v.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default:
                problem(node, "'\(key)' must be true or false, not '\(v.prefix(40))'", "write \(key): true or \(key): false")
                return nil
            }
        }
        if let node = map["disclosure"] {
            if case .mapping = node.node {
                if let rule = node.mapping("'disclosure'", known: Self.ruleKeys, into: &diagnostics) {
                    if rule["suppress-up-to"] == nil {
                        problem(node, "a disclosure rule of your own needs 'suppress-up-to'", "give the largest count to show as [c], e.g. suppress-up-to: 5")
                    }
                    let upTo = whole(rule["suppress-up-to"], "suppress-up-to", min: 1, max: 100) ?? 5
                    let zeros = flag(rule["zeros-sensitive"], "zeros-sensitive") ?? false
                    let round = whole(rule["round-to"], "round-to", min: 1, max: 100) ?? 1
                    settings.rule = .init(name: "custom", largestSuppressed: upTo, zerosSensitive: zeros, roundTo: round)
                }
            } else if let v = node.text("disclosure", into: &diagnostics), !node.isNull {
                if let rule = StatisticsSettings.DisclosureRule.named(v) { settings.rule = rule } else {
                    problem(node, "'disclosure' must be dfe, nhs, ons or a rule of your own, not '\(v.prefix(40))'",
                            Suggestion.help(for: v, in: ["dfe", "nhs", "ons"], kind: "rule sets") ?? "write disclosure: dfe (the default)")
                }
            }
        }
        if let n = whole(map["minimum-group-size"], "minimum-group-size", min: 1, max: 1000) { settings.minimumGroupSize = n }
        if let n = whole(map["pool-years"], "pool-years", min: 1, max: 10) { settings.poolYears = n }
        if let b = flag(map["allow-groupings"], "allow-groupings") { settings.allowGroupings = b }
        if let node = map["period"] {
            if case .mapping = node.node {
                if let p = node.mapping("'period'", known: Self.periodKeys, into: &diagnostics) {
                    func day(_ key: String) -> PolicyDate? {
                        guard let n = p[key], let v = n.text(key, into: &diagnostics) else {
                            problem(node, "a period of your own needs '\(key)'", "give both from: and to: as YYYY-MM-DD dates")
                            return nil
                        }
                        guard let d = PolicyDate(v), d.day != nil else {
                            diagnostics.append(.error(.invalidDate, at: n.location, "'\(key)' is not a date in YYYY-MM-DD form: '\(v.prefix(40))'"))
                            return nil
                        }
                        return d
                    }
                    let from = day("from"), to = day("to")
                    let label = p["label"].flatMap { $0.text("label", into: &diagnostics) }
                    if let from, let to {
                        if to < from {
                            problem(node, "the period ends (\(to)) before it begins (\(from))", "swap from: and to:")
                        } else {
                            settings.period = .custom(from: from, to: to, label: label ?? "\(from) to \(to)")
                        }
                    }
                }
            } else if let v = node.text("period", into: &diagnostics), !node.isNull {
                if v == "latest" {
                    settings.period = .latestCompleteYear
                } else if let y = Self.financialYear(v) {
                    settings.period = .financialYear(y)
                } else {
                    problem(node, "'period' must be latest, a financial year such as 2024-25, or from:/to: dates, not '\(v.prefix(40))'",
                            "write period: latest, or period: 2024-25")
                }
            }
        }
        return settings
    }

    /// "2024-25" → 2024.
    static func financialYear(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let e = Int(parts[1]),
              (y + 1) % 100 == e else { return nil }
        return y
    }
}
