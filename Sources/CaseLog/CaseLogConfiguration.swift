import Diagnostics
import Model
import TextTools

/// `CaseLogSettings` resolved against the procedures: the vocabularies with every procedure's
/// categories, and lookup tables from a log's spellings to ids. Made once per build.
public struct CaseLogConfiguration: Sendable {
    public struct ProcedureInfo: Sendable, Hashable {
        public var id: String
        /// 0 for a procedure published without stages (counts only).
        public var stageCount: Int
        public var firstStage: Int
    }

    public var vocabularies: CaseVocabularies
    public var settings: CaseLogSettings
    public var procedures: [String: ProcedureInfo] = [:]
    /// Partnership id → ids of the procedures it takes part in.
    public var partnershipProcedures: [String: [String]] = [:]
    /// Whether a log must have a `procedure` column.
    public var procedureColumnRequired: Bool

    /// Normalised spelling → id.
    var partnershipLookup: [String: String] = [:]
    var procedureLookup: [String: String] = [:]
    var agencyLookup: [String: String] = [:]
    var categoryLookup: [String: [String: String]] = [:]
    var outcomeLookup: [String: String] = [:]
    /// Normalised header → schema field.
    var headerLookup: [String: String] = [:]

    public init(settings: CaseLogSettings, procedures list: [Procedure], diagnostics: inout [Diagnostic]) {
        self.settings = settings
        var categories: [String: Vocabulary] = [:]
        for p in list {
            categories[p.id] = settings.categories[p.id] ?? DefaultVocabularies.categories(of: p)
            let first = settings.firstStage[p.id] ?? 1
            procedures[p.id] = ProcedureInfo(id: p.id, stageCount: p.stages.count, firstStage: first)
            for partnership in p.partnerships { partnershipProcedures[partnership.id, default: []].append(p.id) }
        }
        vocabularies = CaseVocabularies(agencies: settings.agencies ?? DefaultVocabularies.agencies, categories: categories,
                                        outcomes: settings.outcomes ?? DefaultVocabularies.outcomes)
        switch settings.procedureColumn {
        case .required: procedureColumnRequired = true
        case .automatic: procedureColumnRequired = partnershipProcedures.values.contains { $0.count > 1 }
        }
        let file = settings.file ?? CaseLogSettings.fileName
        func unknownProcedure(_ id: String, _ what: String) {
            let at = settings.locations[id] ?? SourceLocation(file: file)
            diagnostics.append(.error(.caseLogSetting, at: at, "\(what) names the procedure '\(id)', which is not one of the content's procedures",
                                      help: Self.hint(id, in: list.map(\.id), kind: "procedure ids")))
        }
        for (id, first) in settings.firstStage.sorted(by: { $0.key < $1.key }) {
            guard let info = procedures[id] else { unknownProcedure(id, "'stages'"); continue }
            if first < 1 || (info.stageCount > 0 && first > info.stageCount) {
                diagnostics.append(.error(.caseLogSetting, at: settings.locations[id] ?? SourceLocation(file: file),
                    "the log cannot start at stage \(first) of '\(id)', which has \(info.stageCount) stages",
                    help: "give the lowest stage the log records, between 1 and \(max(info.stageCount, 1))"))
                procedures[id]?.firstStage = 1
            }
        }
        for id in settings.categories.keys.sorted() where procedures[id] == nil { unknownProcedure(id, "'categories'") }

        // Each vocabulary term is found by its id and its name as well as by the mapped spellings.
        func lookup(_ vocabulary: Vocabulary, _ spellings: [CaseLogSettings.Spelling], _ what: String) -> [String: String] {
            var table: [String: String] = [:]
            for term in vocabulary.terms {
                table[CaseLogSchema.normalised(term.id)] = term.id
                table[CaseLogSchema.normalised(term.name)] = term.id
            }
            for s in spellings {
                guard vocabulary.term(s.id) != nil else {
                    diagnostics.append(.error(.caseLogSetting, at: s.location, "'\(s.text)' is mapped to '\(s.id)', which is not one of the \(what)",
                                              help: Self.hint(s.id, in: vocabulary.terms.map(\.id), kind: "the \(what)")))
                    continue
                }
                table[CaseLogSchema.normalised(s.text)] = s.id
            }
            return table
        }
        agencyLookup = lookup(vocabularies.agencies, settings.agencySpellings, "agency ids")
        outcomeLookup = lookup(vocabularies.outcomes, settings.outcomeSpellings, "outcome ids")
        for (id, vocabulary) in categories {
            categoryLookup[id] = lookup(vocabulary, settings.categorySpellings[id] ?? [], "categories of '\(id)'")
        }
        for id in settings.categorySpellings.keys.sorted() where procedures[id] == nil { unknownProcedure(id, "'spellings: categories'") }
        let partnershipTerms = Vocabulary(terms: list.flatMap(\.partnerships).map { Vocabulary.Term(id: $0.id, name: $0.name) })
        partnershipLookup = lookup(partnershipTerms, settings.partnershipSpellings, "partnership ids")
        let procedureTerms = Vocabulary(terms: list.map { Vocabulary.Term(id: $0.id, name: $0.title) })
        procedureLookup = lookup(procedureTerms, settings.procedureSpellings, "procedure ids")

        for field in CaseLogSchema.fields {
            headerLookup[CaseLogSchema.normalised(settings.columns[field] ?? field)] = field
        }
        for (field, header) in settings.columns.sorted(by: { $0.key < $1.key }) where !CaseLogSchema.fields.contains(field) {
            diagnostics.append(.error(.caseLogSetting, at: settings.locations["columns." + field] ?? SourceLocation(file: file),
                "'columns' maps '\(header)' to '\(field)', which is not a field of the case-log schema",
                help: Self.hint(field, in: CaseLogSchema.fields, kind: "the schema's fields")))
        }
    }

    /// "did you mean 'x'? " where one is near enough, then what is allowed (at most 12 of them).
    static func hint(_ word: String, in candidates: [String], kind: String) -> String {
        var text = ""
        if let near = nearest(to: word, in: candidates) { text = "did you mean '\(near)'? " }
        let shown = candidates.prefix(12).joined(separator: ", ") + (candidates.count > 12 ? ", …" : "")
        return text + "\(kind) are: " + shown
    }

    static func nearest(to word: String, in candidates: [String]) -> String? {
        EditDistance.nearest(to: word, in: candidates)
    }

    // The cell as it stands is tried first: most cells are an id or a spelling exactly as the
    // table has it, and normalising each one costs more than reading it.
    func partnership(_ text: String) -> String? { find(text, partnershipLookup) }
    func procedure(_ text: String) -> String? { find(text, procedureLookup) }
    func agency(_ text: String) -> String? { find(text, agencyLookup) }
    func category(_ text: String, procedure: String) -> String? { categoryLookup[procedure].flatMap { find(text, $0) } }
    func outcome(_ text: String) -> String? { find(text, outcomeLookup) }

    private func find(_ text: String, _ table: [String: String]) -> String? {
        table[text] ?? table[CaseLogSchema.normalised(text)]
    }
    /// The schema field a header names, if any.
    func field(forHeader text: String) -> String? { headerLookup[CaseLogSchema.normalised(text)] }
}
