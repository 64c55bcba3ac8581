import CaseLog
import Diagnostics
import Foundation
import Model
import Snapshot
import Yams

/// Reads `content/case-log.yml` (optional): the vocabularies of the statistics and the mapping
/// of a partnership's case log onto them (docs/case-log.md). Checked as strictly as site.yml:
/// unknown keys, types, anchors and aliases refused. Ids it names are checked against the
/// procedures later, by `CaseLogConfiguration`.
struct CaseLogSettingsReader {
    static let topKeys = ["vocabularies", "mapping"]
    static let vocabularyKeys = ["agencies", "outcomes", "categories"]
    static let mappingKeys = ["date-format", "encoding", "procedure-column", "columns", "stages", "spellings"]
    static let spellingKeys = ["partnerships", "procedures", "agencies", "categories", "outcomes"]

    let snapshot: ContentSnapshot

    func read(into diagnostics: inout [Diagnostic]) -> CaseLogSettings {
        var settings = CaseLogSettings()
        let file = CaseLogSettings.fileName
        guard let data = snapshot.file(file)?.bytes else { return settings }
        let shown = snapshot.shown(file)
        settings.file = shown
        let source: SourceText
        switch SourceText.decode([UInt8](data), file: shown) {
        case .failure(let d): diagnostics.append(d); return settings
        case .success(let s): source = s
        }
        diagnostics += source.controlCharacters()
        let root: YAMLNode
        do {
            guard let n = try Yams.compose(yaml: source.text) else { return settings }
            let aliases = YAMLAliases.check(n, source: source.text, file: shown, lineOffset: 0, what: file)
            guard aliases.isEmpty else { diagnostics += aliases; return settings }
            root = YAMLNode(node: n, file: shown, lineOffset: 0)
        } catch let error as YamlError {
            diagnostics.append(FrontMatterReader(file: shown, yaml: source.text, firstLine: 1).yamlDiagnostic(error, in: file))
            return settings
        } catch {
            diagnostics.append(.error(.yamlSyntax, at: SourceLocation(file: shown), "\(file) could not be read: \(error)"))
            return settings
        }
        guard let top = root.mapping(file, known: Self.topKeys, into: &diagnostics) else { return settings }
        if let node = top["vocabularies"], let v = node.mapping("'vocabularies'", known: Self.vocabularyKeys, into: &diagnostics) {
            if let n = v["agencies"] { settings.agencies = vocabulary(n, "agencies", &diagnostics) }
            if let n = v["outcomes"] { settings.outcomes = vocabulary(n, "outcomes", &diagnostics) }
            if let n = v["categories"], let byProcedure = anyMapping(n, "'vocabularies: categories'", &diagnostics) {
                for (id, (keyLocation, list)) in byProcedure {
                    settings.locations[id] = settings.locations[id] ?? keyLocation
                    if let terms = terms(list, "categories of '\(id)'", groups: nil, &diagnostics) {
                        var vocabulary = Vocabulary(terms: terms)
                        if vocabulary.term("other") == nil { vocabulary.terms.append(.init(id: "other", name: "Other")) }
                        settings.categories[id] = vocabulary
                    }
                }
            }
        }
        guard let node = top["mapping"], let m = node.mapping("'mapping'", known: Self.mappingKeys, into: &diagnostics) else { return settings }
        if let n = m["date-format"], let v = text(n, "date-format", &diagnostics) {
            if let f = CaseLogSettings.DateFormat(rawValue: v) { settings.dateFormat = f } else {
                diagnostics.append(.error(.caseLogSetting, at: n.location, "'date-format' must be iso or dd/mm/yyyy",
                                          help: "say how the log writes dates: iso (2025-04-03) or dd/mm/yyyy (03/04/2025); escalate never guesses"))
            }
        }
        if let n = m["encoding"], let v = text(n, "encoding", &diagnostics) {
            if let e = CaseLogSettings.TextEncoding(rawValue: v.lowercased()) { settings.encoding = e } else {
                diagnostics.append(.error(.caseLogSetting, at: n.location, "'encoding' must be utf-8 or windows-1252",
                                          help: "a file with a byte-order mark is always read as UTF-8; this says how to read one without"))
            }
        }
        if let n = m["procedure-column"], let v = text(n, "procedure-column", &diagnostics) {
            if let e = CaseLogSettings.ProcedureColumn(rawValue: v) { settings.procedureColumn = e } else {
                diagnostics.append(.error(.caseLogSetting, at: n.location, "'procedure-column' must be automatic or required",
                                          help: "automatic requires the column exactly when a partnership takes part in more than one procedure"))
            }
        }
        if let n = m["columns"], let columns = anyMapping(n, "'mapping: columns'", &diagnostics) {
            for (field, (location, value)) in columns {
                guard let header = text(value, field, &diagnostics) else { continue }
                settings.columns[field] = header
                settings.locations["columns." + field] = location
            }
        }
        if let n = m["stages"], let stages = anyMapping(n, "'mapping: stages'", &diagnostics) {
            for (id, (location, value)) in stages {
                guard let v = text(value, id, &diagnostics) else { continue }
                guard let first = Int(v) else {
                    diagnostics.append(.error(.caseLogSetting, at: value.location, "'stages: \(id)' must be the number of the lowest stage the log holds"))
                    continue
                }
                settings.firstStage[id] = first
                settings.locations[id] = location
            }
        }
        if let n = m["spellings"], let s = n.mapping("'mapping: spellings'", known: Self.spellingKeys, into: &diagnostics) {
            settings.partnershipSpellings = spellings(s["partnerships"], "partnerships", &diagnostics)
            settings.procedureSpellings = spellings(s["procedures"], "procedures", &diagnostics)
            settings.agencySpellings = spellings(s["agencies"], "agencies", &diagnostics)
            settings.outcomeSpellings = spellings(s["outcomes"], "outcomes", &diagnostics)
            if let c = s["categories"], let byProcedure = anyMapping(c, "'spellings: categories'", &diagnostics) {
                for (id, (location, value)) in byProcedure {
                    settings.categorySpellings[id] = spellings(value, "categories: \(id)", &diagnostics)
                    settings.locations[id] = settings.locations[id] ?? location
                }
            }
        }
        return settings
    }

    /// `groups:` and `terms:` lists.
    private func vocabulary(_ node: YAMLNode, _ what: String, _ diagnostics: inout [Diagnostic]) -> Vocabulary? {
        guard let map = node.mapping("'\(what)'", known: ["groups", "terms"], into: &diagnostics) else { return nil }
        var groups: [Vocabulary.Group] = []
        if let list = map["groups"]?.sequence("groups", into: &diagnostics) {
            for item in list {
                guard let g = item.mapping("a group of \(what)", known: ["id", "name"], into: &diagnostics),
                      let id = required(g, "id", item, &diagnostics), let name = required(g, "name", item, &diagnostics) else { continue }
                groups.append(.init(id: id, name: name))
            }
        }
        guard let list = map["terms"] else {
            diagnostics.append(.error(.missingKey, at: node.location, "'\(what)' has no 'terms' list", help: "list each \(what) term with its id and name"))
            return nil
        }
        guard let t = terms(list, what, groups: groups, &diagnostics) else { return nil }
        return Vocabulary(terms: t, groups: groups)
    }

    private func terms(_ node: YAMLNode, _ what: String, groups: [Vocabulary.Group]?, _ diagnostics: inout [Diagnostic]) -> [Vocabulary.Term]? {
        guard let list = node.sequence(what, into: &diagnostics) else { return nil }
        var out: [Vocabulary.Term] = []
        for item in list {
            guard let t = item.mapping("a term of \(what)", known: ["id", "name", "group"], into: &diagnostics),
                  let id = required(t, "id", item, &diagnostics), let name = required(t, "name", item, &diagnostics) else { continue }
            guard !out.contains(where: { $0.id == id }) else {
                diagnostics.append(.error(.caseLogSetting, at: item.location, "the id '\(id)' is used twice in \(what)", help: "give each term its own id"))
                continue
            }
            var group: String?
            if let g = t["group"], let v = text(g, "group", &diagnostics) {
                if let groups, !groups.contains(where: { $0.id == v }) {
                    diagnostics.append(.error(.caseLogSetting, at: g.location, "'\(v)' is not one of the groups of \(what)",
                                              help: "groups are: " + groups.map(\.id).joined(separator: ", ")))
                } else {
                    group = v
                }
            }
            out.append(.init(id: id, name: name, group: group))
        }
        return out
    }

    /// `log spelling: id` lines.
    private func spellings(_ node: YAMLNode?, _ what: String, _ diagnostics: inout [Diagnostic]) -> [CaseLogSettings.Spelling] {
        guard let node, let map = anyMapping(node, "'spellings: \(what)'", &diagnostics) else { return [] }
        return map.sorted { $0.key < $1.key }.compactMap { text, entry in
            guard let id = self.text(entry.1, text, &diagnostics) else { return nil }
            return CaseLogSettings.Spelling(text: text, id: id, location: entry.0)
        }
    }

    /// A mapping whose keys are the author's own (ids, spellings), with each key's position.
    private func anyMapping(_ node: YAMLNode, _ what: String, _ diagnostics: inout [Diagnostic]) -> [String: (SourceLocation, YAMLNode)]? {
        if node.isNull { return [:] }
        guard case .mapping(let map) = node.node else {
            diagnostics.append(.error(.yamlType, at: node.location, "\(what) must be a mapping of 'key: value' lines"))
            return nil
        }
        var out: [String: (SourceLocation, YAMLNode)] = [:]
        for (k, v) in map {
            guard let key = k.string else { continue }
            out[key] = (node.child(k).location, node.child(v))
        }
        return out
    }

    private func required(_ map: [String: YAMLNode], _ key: String, _ item: YAMLNode, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let v = text(map[key], key, &diagnostics) else {
            diagnostics.append(.error(.missingKey, at: item.location, "this entry has no '\(key)'"))
            return nil
        }
        return v
    }

    private func text(_ node: YAMLNode?, _ key: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let node, let v = node.text(key, into: &diagnostics), !v.isEmpty, !node.isNull else { return nil }
        return v
    }
}
