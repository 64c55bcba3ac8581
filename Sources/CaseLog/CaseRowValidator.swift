import Diagnostics
import WorkingDays

/// One row of a log → a `CaseRecord`, or the problems that stop it being one. A problem names
/// the row's column, never its value: a log's cells are case data, and the case id and any
/// personal column must not reach a message.
struct CaseRowValidator {
    struct Problem: Equatable {
        var code: DiagnosticCode
        /// The schema field the problem is in (its column is named in the message).
        var field: String
        var message: String
        var help: String = ""

        init(_ code: DiagnosticCode, at field: String, _ message: String, help: String = "") {
            self.code = code
            self.field = field
            self.message = message
            self.help = help
        }
    }

    let configuration: CaseLogConfiguration
    let header: CaseLogHeader
    /// Slot of each field in the kept cells.
    let slots: [String: Int]
    /// The stage numbers the log has columns for.
    let stages: [Int]
    let mappingFile: String

    init(configuration: CaseLogConfiguration, header: CaseLogHeader) {
        self.configuration = configuration
        self.header = header
        slots = Dictionary(uniqueKeysWithValues: header.fields.enumerated().map { ($1, $0) })
        stages = header.stages
        mappingFile = configuration.settings.file ?? "content/" + CaseLogSettings.fileName
    }

    private func cell(_ field: String, _ cells: [Cell]) -> Cell {
        guard let slot = slots[field], slot < cells.count else { return .empty }
        return cells[slot]
    }

    /// True when every kept cell is empty: a blank row (trailing rows of an export), skipped.
    func isBlank(_ cells: [Cell]) -> Bool {
        cells.allSatisfy { cell in
            if case .text(let t) = cell { return t.allSatisfy { $0.isWhitespace } }
            return cell == .empty
        }
    }

    /// The case id's text, for the duplicate check only.
    func caseID(_ cells: [Cell]) -> String? {
        text(cell(CaseLogSchema.caseID, cells))
    }

    private func text(_ cell: Cell) -> String? {
        switch cell {
        case .text(let t):
            let trimmed = Self.trimmed(t)
            return trimmed.isEmpty ? nil : trimmed
        case .number(let d):
            return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .empty, .undecodable:
            return nil
        }
    }

    enum Outcome {
        case record(CaseRecord)
        case problems([Problem])
    }

    /// The text without surrounding white space. Most cells have none, so they are returned as
    /// they are without a copy (Foundation's trimming bridges every string and was most of the
    /// time of reading a large log).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        func plain(_ b: UInt8) -> Bool { b > 0x20 && b < 0x80 }
        if plain(first) && plain(last) { return text }
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    func validate(_ cells: [Cell], date1904: Bool) -> Outcome {
        var problems: [Problem] = []
        let c = configuration

        // Text of a field, with an encoding problem reported once for the cell.
        func value(_ field: String, required: Bool) -> String? {
            let cell = cell(field, cells)
            if cell == .undecodable {
                problems.append(Problem(.caseLogEncoding, at: field, "the cell is not \(c.settings.encoding == .utf8 ? "UTF-8" : "Windows-1252") text",
                    help: "save the log as 'CSV UTF-8', or set 'encoding' in \(mappingFile) to the log's encoding"))
                return nil
            }
            let t = text(cell)
            if t == nil && required {
                problems.append(Problem(.caseLogMissingValue, at: field, "the cell is empty",
                                        help: "every case needs its \(field.replacingOccurrences(of: "_", with: " ")); fill it in, or run with --exclude-invalid-rows to leave the row out"))
            }
            return t
        }
        func date(_ field: String, required: Bool) -> Day? {
            let cell = cell(field, cells)
            let reading: CaseDate.Reading
            if case .number(let serial) = cell {
                reading = CaseDate.serial(serial, date1904: date1904)
            } else {
                guard let t = value(field, required: required) else { return nil }
                reading = CaseDate.read(t, c.settings.dateFormat)
            }
            switch reading {
            case .day(let d): return d
            case .unreadable:
                let format = c.settings.dateFormat == .iso ? "YYYY-MM-DD" : "DD/MM/YYYY"
                problems.append(Problem(.caseLogDate, at: field, "the date cannot be read as \(format)",
                    help: "write the date as \(format) (the format set by 'date-format' in \(mappingFile); it is never guessed)"))
            case .impossible:
                problems.append(Problem(.caseLogDate, at: field, "the date is not a real day (or is before 1990 or after 2100)",
                                        help: "correct the date in the log"))
            }
            return nil
        }
        func unknown(_ field: String, _ what: String, _ text: String, _ table: [String: String], _ ids: [String], _ key: String, idsOf: String? = nil) {
            var help = ""
            // The nearest spelling the mapping knows, by the id it stands for: the cell's own text is not repeated.
            if let near = CaseLogConfiguration.nearest(to: CaseLogSchema.normalised(text), in: Array(table.keys)), let id = table[near] {
                help = "did you mean '\(id)'? "
            }
            help += "map the log's spelling to one of the \(idsOf ?? what) ids under '\(key)' in \(mappingFile); "
                + "they are: " + ids.prefix(12).joined(separator: ", ") + (ids.count > 12 ? ", …" : "")
            problems.append(Problem(.caseLogUnknown, at: field, "the cell is not a known \(what)", help: help))
        }

        _ = value(CaseLogSchema.caseID, required: true)
        var partnership: String?
        if let t = value(CaseLogSchema.partnership, required: true) {
            partnership = c.partnership(t)
            if partnership == nil {
                unknown(CaseLogSchema.partnership, "partnership", t, c.partnershipLookup, c.partnershipProcedures.keys.sorted(), "spellings: partnerships")
            }
        }
        var procedure: String?
        if header.columns[CaseLogSchema.procedure] != nil, let t = value(CaseLogSchema.procedure, required: c.procedureColumnRequired) {
            procedure = c.procedure(t)
            if procedure == nil {
                unknown(CaseLogSchema.procedure, "procedure", t, c.procedureLookup, c.procedures.keys.sorted(), "spellings: procedures")
            } else if let partnership, let p = procedure, !(c.partnershipProcedures[partnership] ?? []).contains(p) {
                problems.append(Problem(.caseLogUnknown, at: CaseLogSchema.procedure, "the procedure is not one the row's partnership '\(partnership)' takes part in",
                    help: "'\(partnership)' takes part in: " + (c.partnershipProcedures[partnership] ?? []).joined(separator: ", ")))
                procedure = nil
            }
        } else if let partnership, let only = c.partnershipProcedures[partnership] {
            if only.count == 1 {
                procedure = only[0]
            } else {
                problems.append(Problem(.caseLogMissingValue, at: CaseLogSchema.procedure, "the partnership '\(partnership)' takes part in \(only.count) procedures, so the row must say which",
                    help: "fill in the procedure column (one of: \(only.joined(separator: ", ")))"))
            }
        }
        let raised = date(CaseLogSchema.raisedOn, required: true)
        var agencies: [String] = []
        for field in [CaseLogSchema.raisingAgency, CaseLogSchema.receivingAgency] {
            guard let t = value(field, required: true) else { continue }
            if let id = c.agency(t) { agencies.append(id) } else {
                unknown(field, "agency", t, c.agencyLookup, c.vocabularies.agencies.terms.map(\.id), "spellings: agencies")
            }
        }
        var category: String?
        if let t = value(CaseLogSchema.category, required: true), let procedure {
            category = c.category(t, procedure: procedure)
            if category == nil {
                unknown(CaseLogSchema.category, "category of the '\(procedure)' procedure", t, c.categoryLookup[procedure] ?? [:],
                        c.vocabularies.categories[procedure]?.terms.map(\.id) ?? [], "spellings: categories: \(procedure)", idsOf: "'\(procedure)' category")
            }
        }

        // Stages: only those the procedure has, from the lowest the log holds.
        let info = procedure.flatMap { c.procedures[$0] }
        let stageCount = info?.stageCount ?? 0
        let first = info?.firstStage ?? 1
        var stageDates: [Day?] = stageCount > 0 ? Array(repeating: nil, count: stageCount - first + 1) : []
        var previous: (stage: Int, day: Day)?
        var gap: Int?
        for n in stages {
            let field = CaseLogSchema.stage(n)
            let day = date(field, required: false)
            guard let procedure else { continue }
            let has = day != nil || cell(field, cells) != .empty
            if has && (n > stageCount || n < first) {
                let why = stageCount == 0 ? "'\(procedure)' is published without stages"
                    : n > stageCount ? "'\(procedure)' has \(stageCount) stages" : "this log holds '\(procedure)' from stage \(first)"
                problems.append(Problem(.caseLogStageBeyond, at: field, "the row has a date for stage \(n), but \(why)",
                    help: n < first ? "set 'stages: \(procedure): \(n)' in \(mappingFile) if the log records stage \(n), or clear the cell"
                                    : "clear the cell, or correct the row's procedure"))
                continue
            }
            guard (first...max(first, stageCount)).contains(n), stageCount > 0 else { continue }
            guard let day else {
                if gap == nil { gap = n }
                continue
            }
            if let g = gap {
                problems.append(Problem(.caseLogStageSkipped, at: CaseLogSchema.stage(g), "stage \(n) has a date but stage \(g), which the log records, has none",
                    help: "give the date stage \(g) began (a case passes through every stage in turn)"))
                gap = nil
            }
            if let raised, day < raised {
                problems.append(Problem(.caseLogDateOrder, at: field, "stage \(n) began before the case was raised",
                                        help: "check both dates in the log"))
            } else if let previous, day < previous.day {
                problems.append(Problem(.caseLogDateOrder, at: field, "stage \(n) began before stage \(previous.stage)",
                                        help: "check both dates in the log: stages follow one another"))
            }
            stageDates[n - first] = day
            previous = (n, day)
        }

        let resolved = header.columns[CaseLogSchema.resolvedOn] != nil ? date(CaseLogSchema.resolvedOn, required: false) : nil
        if let resolved {
            if let raised, resolved < raised {
                problems.append(Problem(.caseLogDateOrder, at: CaseLogSchema.resolvedOn, "the case was resolved before it was raised",
                                        help: "check both dates in the log"))
            } else if let previous, resolved < previous.day {
                problems.append(Problem(.caseLogDateOrder, at: CaseLogSchema.resolvedOn, "the case was resolved before stage \(previous.stage) began",
                                        help: "check both dates in the log"))
            }
        }
        var resolvedStage: Int?
        if let t = value(CaseLogSchema.resolvedStage, required: false), procedure != nil {
            if let n = Int(t.lowercased().replacingOccurrences(of: "stage", with: "").trimmingCharacters(in: .whitespaces)), n >= 1, n <= max(stageCount, 0) {
                resolvedStage = n
            } else {
                problems.append(Problem(.caseLogStageBeyond, at: CaseLogSchema.resolvedStage, stageCount == 0 ? "the procedure is published without stages, so no stage can be given"
                                             : "the cell is not a stage number from 1 to \(stageCount)",
                    help: "write the number of the stage at which the case was resolved, or leave it empty"))
            }
        }
        var outcome: String?
        if let t = value(CaseLogSchema.outcome, required: false) {
            outcome = c.outcome(t)
            if outcome == nil {
                unknown(CaseLogSchema.outcome, "outcome", t, c.outcomeLookup, c.vocabularies.outcomes.terms.map(\.id), "spellings: outcomes")
            }
        }
        if resolved == nil, header.columns[CaseLogSchema.resolvedOn] != nil, cell(CaseLogSchema.resolvedOn, cells) == .empty,
           resolvedStage != nil || outcome != nil {
            problems.append(Problem(.caseLogMissingValue, at: CaseLogSchema.resolvedOn, "the row gives an outcome or resolved stage but no date resolved",
                help: "give the date the case was resolved, or clear the outcome while it is open"))
        }

        guard problems.isEmpty, let partnership, let procedure, let raised, agencies.count == 2, let category else {
            return .problems(problems)
        }
        let highest = stageDates.lastIndex(where: { $0 != nil }).map { $0 + first }
        if resolved != nil, let given = resolvedStage, let highest, given < highest {
            problems.append(Problem(.caseLogStageBeyond, at: CaseLogSchema.resolvedStage, "the case is given as resolved at stage \(given), but the log records stage \(highest) beginning",
                help: "a case is resolved at the last stage it reached: give that stage, or clear the later stage's date"))
            return .problems(problems)
        }
        if resolved != nil && resolvedStage == nil {
            resolvedStage = highest
        }
        return .record(CaseRecord(procedure: procedure, partnership: partnership, raisedOn: raised, raisingAgency: agencies[0],
                                   receivingAgency: agencies[1], category: category, firstStageHeld: first, stageDates: stageDates,
                                   resolvedOn: resolved, resolvedStage: resolved == nil ? nil : resolvedStage,
                                   outcome: resolved == nil ? nil : outcome))
    }
}
