import Model
import WorkingDays

/// The common row of a CSV log read straight from its bytes: every kept cell ASCII without
/// surrounding space, every spelling exactly as the mapping has it, every date exactly in the
/// configured format, and nothing wrong. Such a row gives the record `CaseRowValidator` would
/// give, without a `String` or a `Cell` for each cell; for any other row `record` says nil and
/// the validator reads it, so every problem is still found and worded in one place.
struct PlainRowReader: Sendable {
    struct PartnershipEntry: Sendable {
        var id: String
        /// Indices into `procedures` of the procedures it takes part in; nil when it takes part
        /// in none (the validator then has no procedure for its rows).
        var procedures: [Int]?
    }

    struct ProcedureEntry: Sendable {
        var id: String
        var stageCount: Int
        var firstStage: Int
        var categories: SpellingTable<String>?
    }

    let partnerships: [PartnershipEntry]
    let procedures: [ProcedureEntry]
    let partnershipTable: SpellingTable<Int>
    let procedureTable: SpellingTable<Int>
    let agencyTable: SpellingTable<String>
    let outcomeTable: SpellingTable<String>
    let procedureColumnRequired: Bool
    let dateFormat: CaseLogSettings.DateFormat

    /// Slots of the kept cells (-1 where the log has no such column).
    let caseID: Int
    let partnership: Int
    let procedure: Int
    let raisedOn: Int
    let raisingAgency: Int
    let receivingAgency: Int
    let category: Int
    let resolvedOn: Int
    let resolvedStage: Int
    let outcome: Int
    /// Stage numbers with a column, ascending, and their slots.
    let stages: [(number: Int, slot: Int)]

    init(configuration c: CaseLogConfiguration, header: CaseLogHeader) {
        let slots = Dictionary(uniqueKeysWithValues: header.fields.enumerated().map { ($1, $0) })
        func slot(_ field: String) -> Int { slots[field] ?? -1 }
        caseID = slot(CaseLogSchema.caseID)
        partnership = slot(CaseLogSchema.partnership)
        procedure = slot(CaseLogSchema.procedure)
        raisedOn = slot(CaseLogSchema.raisedOn)
        raisingAgency = slot(CaseLogSchema.raisingAgency)
        receivingAgency = slot(CaseLogSchema.receivingAgency)
        category = slot(CaseLogSchema.category)
        resolvedOn = slot(CaseLogSchema.resolvedOn)
        resolvedStage = slot(CaseLogSchema.resolvedStage)
        outcome = slot(CaseLogSchema.outcome)
        stages = header.stages.map { ($0, slot(CaseLogSchema.stage($0))) }

        let procedureIDs = Array(Set(c.procedures.keys).union(c.procedureLookup.values)).sorted()
        let procedureIndex = Dictionary(uniqueKeysWithValues: procedureIDs.enumerated().map { ($1, $0) })
        procedures = procedureIDs.map { id in
            let info = c.procedures[id]
            return ProcedureEntry(id: id, stageCount: info?.stageCount ?? 0, firstStage: info?.firstStage ?? 1,
                                  categories: c.categoryLookup[id].map(SpellingTable.init))
        }
        let partnershipIDs = Array(Set(c.partnershipProcedures.keys).union(c.partnershipLookup.values)).sorted()
        let partnershipIndex = Dictionary(uniqueKeysWithValues: partnershipIDs.enumerated().map { ($1, $0) })
        partnerships = partnershipIDs.map { id in
            PartnershipEntry(id: id, procedures: c.partnershipProcedures[id].map { $0.compactMap { procedureIndex[$0] } })
        }
        partnershipTable = SpellingTable(c.partnershipLookup.mapValues { partnershipIndex[$0]! })
        procedureTable = SpellingTable(c.procedureLookup.mapValues { procedureIndex[$0]! })
        agencyTable = SpellingTable(c.agencyLookup)
        outcomeTable = SpellingTable(c.outcomeLookup)
        procedureColumnRequired = c.procedureColumnRequired
        dateFormat = c.settings.dateFormat
    }

    /// The record of the tokenizer's current row and the hash of its case id, or nil when the
    /// row is not plain (or has a problem): the validator is then asked.
    func record(_ t: CSVTokenizer) -> (record: CaseRecord, caseID: UInt64)? {
        t.text.withUnsafeBufferPointer { text -> (record: CaseRecord, caseID: UInt64)? in
            guard let base = text.baseAddress else { return nil }
            // Non-ASCII anywhere: decoding, curly quotes and the like are the validator's.
            var high: UInt8 = 0
            for b in text { high |= b }
            guard high < 0x80 else { return nil }

            @inline(__always) func cell(_ slot: Int) -> UnsafeBufferPointer<UInt8> {
                guard slot >= 0 else { return UnsafeBufferPointer(start: base, count: 0) }
                let r = t.range(slot: slot)
                return UnsafeBufferPointer(start: base + r.lowerBound, count: r.count)
            }
            /// A non-empty cell with no white space or control byte at either end: its text is
            /// its bytes.
            @inline(__always) func plain(_ c: UnsafeBufferPointer<UInt8>) -> Bool {
                c.count > 0 && c[0] > 0x20 && c[c.count - 1] > 0x20
            }
            @inline(__always) func date(_ c: UnsafeBufferPointer<UInt8>) -> Day? {
                Self.day(c, dateFormat)
            }

            let id = cell(caseID)
            guard plain(id) else { return nil }
            let pc = cell(partnership)
            guard plain(pc), let pi = partnershipTable.find(pc) else { return nil }
            let partnershipEntry = partnerships[pi]
            var procedureIndex: Int
            let prc = cell(procedure)
            if procedure >= 0, prc.count > 0 {
                guard plain(prc), let i = procedureTable.find(prc), partnershipEntry.procedures?.contains(i) == true else { return nil }
                procedureIndex = i
            } else {
                guard !(procedure >= 0 && procedureColumnRequired), let only = partnershipEntry.procedures, only.count == 1 else { return nil }
                procedureIndex = only[0]
            }
            let p = procedures[procedureIndex]
            guard let raised = date(cell(raisedOn)) else { return nil }
            let ra = cell(raisingAgency), rc = cell(receivingAgency)
            guard plain(ra), let raising = agencyTable.find(ra), plain(rc), let receiving = agencyTable.find(rc) else { return nil }
            let cc = cell(category)
            guard plain(cc), let category = p.categories?.find(cc) else { return nil }

            let stageCount = p.stageCount
            let first = p.firstStage
            var stageDates: [Day?] = stageCount > 0 ? Array(repeating: nil, count: stageCount - first + 1) : []
            var previous: Day?
            var gap = false
            for (n, slot) in stages {
                let c = cell(slot)
                if c.count == 0 {
                    if n >= first, n <= stageCount, stageCount > 0 { gap = true }
                    continue
                }
                guard n <= stageCount, n >= first, !gap, let day = date(c), day >= raised else { return nil }
                if let previous, day < previous { return nil }
                stageDates[n - first] = day
                previous = day
            }
            var resolved: Day?
            let rsc = cell(resolvedOn)
            if rsc.count > 0 {
                guard let d = date(rsc), d >= raised, previous.map({ d >= $0 }) ?? true else { return nil }
                resolved = d
            }
            var resolvedAt: Int?
            let stc = cell(resolvedStage)
            if stc.count > 0 {
                guard stc.count <= 3, stc.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
                let n = stc.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                guard n >= 1, n <= stageCount else { return nil }
                resolvedAt = n
            }
            var outcome: String?
            let oc = cell(self.outcome)
            if oc.count > 0 {
                guard plain(oc), let o = outcomeTable.find(oc) else { return nil }
                outcome = o
            }
            if resolved == nil, resolvedAt != nil || outcome != nil { return nil }
            let highest = stageDates.lastIndex(where: { $0 != nil }).map { $0 + first }
            if resolved != nil {
                if let given = resolvedAt, let highest, given < highest { return nil }
                if resolvedAt == nil { resolvedAt = highest }
            }
            let record = CaseRecord(procedure: p.id, partnership: partnershipEntry.id, raisedOn: raised, raisingAgency: raising,
                                    receivingAgency: receiving, category: category, firstStageHeld: first, stageDates: stageDates,
                                    resolvedOn: resolved, resolvedStage: resolved == nil ? nil : resolvedAt,
                                    outcome: resolved == nil ? nil : outcome)
            return (record, CaseLogReader.hash(id))
        }
    }

    /// A date cell exactly in the format (no time of day, no space), or nil for anything else,
    /// including an impossible day: `CaseDate` reads and words those.
    @inline(__always)
    static func day(_ c: UnsafeBufferPointer<UInt8>, _ format: CaseLogSettings.DateFormat) -> Day? {
        @inline(__always) func digit(_ i: Int) -> Int? {
            let d = Int(c[i]) - 0x30
            return d >= 0 && d <= 9 ? d : nil
        }
        let year: Int, month: Int, day: Int
        switch format {
        case .iso:
            guard c.count == 10, c[4] == 0x2D, c[7] == 0x2D,
                  let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
                  let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9) else { return nil }
            year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
            month = m0 * 10 + m1
            day = d0 * 10 + d1
        case .dayMonthYear:
            guard c.count >= 8, c.count <= 10 else { return nil }
            var parts = (0, 0, 0)
            var lengths = (0, 0, 0)
            var part = 0
            for b in c {
                if b == 0x2F {
                    part += 1
                    guard part < 3 else { return nil }
                    continue
                }
                guard b >= 0x30, b <= 0x39 else { return nil }
                let d = Int(b - 0x30)
                switch part {
                case 0: parts.0 = parts.0 * 10 + d; lengths.0 += 1
                case 1: parts.1 = parts.1 * 10 + d; lengths.1 += 1
                default: parts.2 = parts.2 * 10 + d; lengths.2 += 1
                }
            }
            guard part == 2, (1...2).contains(lengths.0), (1...2).contains(lengths.1), lengths.2 == 4 else { return nil }
            (day, month, year) = parts
        }
        guard CaseDate.years.contains(year), month >= 1, month <= 12, day >= 1, day <= PolicyDate.daysIn(month: month, year: year) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
