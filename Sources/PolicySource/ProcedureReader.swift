import Diagnostics
import CmarkGFM
import Model

/// Reads one policy file (front matter + Markdown body) into a `Procedure`,
/// reporting every problem with its line and column.
public struct ProcedureReader: Sendable {
    /// Calendars the content defines; nil skips the check.
    public var knownCalendars: Set<String>?
    /// The date review warnings are measured against; nil skips them.
    public var today: PolicyDate?
    /// How prose is rendered (raw HTML allowed or not); the one parse renders it.
    public var markdownOptions: MarkdownOptions

    public init(knownCalendars: Set<String>? = nil, today: PolicyDate? = nil, markdownOptions: MarkdownOptions = MarkdownOptions()) {
        self.knownCalendars = knownCalendars
        self.today = today
        self.markdownOptions = markdownOptions
    }

    static let stageFacts = ["Who", "Type", "Starts when", "Escalates to", "Timescale", "Record", "Notify", "Members",
                             "Outcome", "Outcomes"]
    static let notifyFacts = ["To", "By", "How", "When"]
    static let routeFacts = ["When", "Kind", "Relation", "Contact", "Timescale", "Leads to"]
    static let subProcedureFacts = ["Applies when", "Timescale", "Covered by"]
    /// A step takes the same facts as a stage (it has no 'Escalates to': its outcomes say where it leads).
    static let stepFacts = stageFacts.filter { $0 != "Escalates to" }
    static let dutyFacts = ["Record", "Notify"]

    /// - Parameters:
    ///   - file: the path shown in messages, e.g. `content/policies/000_herts.md`.
    ///   - source: the path recorded in the model, relative to the content folder.
    public func read(bytes: [UInt8], file: String, source: String) -> ReadProcedure {
        var result = ReadProcedure(procedure: nil, diagnostics: [], anchors: [], links: [])
        let text: SourceText
        switch SourceText.decode(bytes, file: file) {
        case .failure(let diagnostic):
            result.diagnostics.append(diagnostic)
            return result
        case .success(let decoded):
            text = decoded
        }
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(text) {
        case .failure(.missingOpening):
            result.diagnostics.append(.error(.frontMatterMissing, at: text.location(line: 1),
                "the file does not start with front matter",
                help: "begin the file with a line '---', the document facts (id, title, partnerships, …), and another '---' line"))
            return result
        case .failure(.missingClosing):
            result.diagnostics.append(.error(.frontMatterUnclosed, at: text.location(line: 1),
                "the front matter opened on line 1 is never closed",
                help: "add a line '---' after the last front-matter key"))
            return result
        case .success(let s):
            split = s
        }

        var diagnostics: [Diagnostic] = text.controlCharacters()
        let fm = FrontMatterReader(file: file, yaml: split.yaml, firstLine: split.yamlFirstLine).read(into: &diagnostics)
        var body = BodyReader(text: text, firstLine: split.bodyFirstLine, frontMatter: fm, options: markdownOptions)
        let parts = body.read(split.body, into: &diagnostics)
        result.idLocation = fm.locations["id"]
        result.versionLocation = fm.locations["version"]
        result.relatedProcedures = zip(fm.related.compactMap(\.procedure), fm.relatedLocations).map { ($0, $1) }
        result.anchors = parts.anchors
        result.links = parts.links
        diagnostics += PlaceholderCheck.scan(text)

        let procedure = assemble(fm, parts, source: source, text: text, into: &diagnostics)
        result.procedure = procedure
        if let procedure {
            diagnostics += ProcedureChecks(procedure: procedure, frontMatter: fm, body: parts, file: file,
                                           knownCalendars: knownCalendars, today: today).run()
        }
        result.diagnostics = diagnostics
        return result
    }

    private func assemble(_ fm: FrontMatter, _ parts: BodyParts, source: String, text: SourceText,
                          into diagnostics: inout [Diagnostic]) -> Procedure? {
        let top = fm.locations["id"] ?? text.location(line: 1)
        // Unreadable YAML is already reported; "no id, no title" on top of it would only mislead.
        guard fm.readable else { return nil }
        for (key, value) in [("id", fm.id), ("title", fm.title)] where value == nil && fm.locations[key] == nil {
            diagnostics.append(.error(.missingKey, at: text.location(line: 1), "the front matter has no '\(key)'",
                                      help: "add '\(key): …' between the '---' lines"))
        }
        if fm.partnerships.isEmpty && fm.locations["partnerships"] == nil {
            diagnostics.append(.error(.missingKey, at: text.location(line: 1), "the front matter names no partnerships",
                                      help: "add 'partnerships:' with at least one '- id: …' and 'name: …'"))
        } else if fm.partnerships.isEmpty {
            diagnostics.append(.error(.missingKey, at: fm.locations["partnerships"] ?? top,
                                      "'partnerships' lists no partnership", help: "add at least one '- id: …' with 'name: …'"))
        }
        guard let id = fm.id, let title = fm.title, !fm.partnerships.isEmpty else { return nil }
        return Procedure(
            id: id, title: title, source: source, example: fm.example,
            summary: fm.summary ?? parts.firstParagraph,
            partnerships: fm.partnerships, version: fm.version, approved: fm.approved, reviewed: fm.reviewed,
            lastUpdated: fm.lastUpdated, nextReview: fm.nextReview, amendments: fm.amendments,
            print: fm.print, calendar: fm.calendar ?? FrontMatter.defaultCalendar, timescaleNote: fm.timescaleNote,
            stageListing: fm.stageListing, stagesNote: fm.stagesNote, introduction: parts.introduction,
            stages: parts.stages.map(\.stage), routes: parts.routes.map(\.route), duties: parts.duties,
            subProcedures: parts.subProcedures, contacts: fm.contacts, categories: parts.categories,
            categoriesNote: parts.categoriesNote, categoriesAfter: parts.categoriesAfter,
            concernTemplate: parts.concernTemplate, concernTemplateNote: parts.concernTemplateNote,
            concernTemplateAfter: parts.concernTemplateAfter,
            sections: parts.sections, footnotes: parts.footnotes)
            .with(sourceDocument: fm.sourceDocument, related: fm.related)
    }
}
