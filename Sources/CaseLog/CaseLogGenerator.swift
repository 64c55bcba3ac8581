import Model
import WorkingDays

/// A deterministic synthetic case log (`escalate cases generate`): the partnerships and
/// procedures of the content, escalations raised on working days from April 2021 to September
/// 2025, stage dates that follow each procedure's stages and mostly meet its timescales
/// (counted with its own working-day calendar), some cases still open, and every personal
/// column filled with `SYNTHETIC-PERSONAL-…` marker text so a leak is unmistakable. The same
/// rows, seed and content give the same bytes.
public struct CaseLogGenerator: Sendable {
    public var procedures: [Procedure]
    public var calendars: BankHolidays
    public var configuration: CaseLogConfiguration
    public var seed: UInt64

    /// The span the log covers: four full financial years and half of a fifth.
    public static let firstDay = Day(year: 2021, month: 4, day: 1)
    public static let lastDay = Day(year: 2025, month: 9, day: 30)

    public static let personalColumns = ["child_name", "child_date_of_birth", "nhs_number", "practitioner", "notes"]
    public static let marker = "SYNTHETIC-PERSONAL-"

    public init(procedures: [Procedure], calendars: BankHolidays, configuration: CaseLogConfiguration, seed: UInt64) {
        self.procedures = procedures
        self.calendars = calendars
        self.configuration = configuration
        self.seed = seed
    }

    /// The header, in the order a case system might export it (personal columns among the others).
    public var header: [String] {
        let stages = configuration.procedures.values.map(\.stageCount).max() ?? 0
        return ["case_id", "child_name", "child_date_of_birth", "nhs_number", "partnership", "procedure", "raised_on",
                "raising_agency", "receiving_agency", "practitioner", "category"]
            + (stages > 0 ? (1...stages).map(CaseLogSchema.stage) : [])
            + ["resolved_on", "resolved_stage", "outcome", "notes"]
    }

    /// Calls `write` with each line of the CSV (header first), CRLF-terminated as Excel writes.
    public func generate(rows: Int, _ write: (String) -> Void) {
        var random = SplitMix64(seed: seed)
        let header = self.header
        write(header.map(Self.quoted).joined(separator: ",") + "\r\n")
        let pairs = procedures.flatMap { p in p.partnerships.map { (partnership: $0.id, procedure: p) } }
        guard !pairs.isEmpty, rows > 0 else { return }
        // Raised days, in order (a log is kept in the order cases arrive).
        let span = Self.lastDay.number - Self.firstDay.number + 1
        var days = (0..<rows).map { _ in Self.firstDay.number + Int(random.next() % UInt64(span)) }
        days.sort()
        let agencies = configuration.vocabularies.agencies.terms.map(\.id)
        let outcomes = configuration.vocabularies.outcomes.terms.map(\.id)
        let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        for (index, dayNumber) in days.enumerated() {
            let pair = pairs[Int(random.next() % UInt64(pairs.count))]
            let p = pair.procedure
            let calendar = calendars.calendar(p.calendar) ?? WorkingDayCalendar(name: p.calendar, closures: [], firstYear: 2000, lastYear: 2100)
            var raised = Day(number: dayNumber)
            while !calendar.isWorkingDay(raised) { raised = raised.adding(days: 1) }
            // The stages: each case reaches the first stage the log holds, fewer go further. A
            // case raised too late to reach that stage by the log's last day would not be in the
            // log at all, so it is raised earlier.
            let info = configuration.procedures[p.id]
            let first = info?.firstStage ?? 1
            var path = stages(p, raised: raised, calendar: calendar, random: &random)
            while path.dates[first] == nil, !(info?.stageCount ?? 0 == 0) {
                raised = raised.adding(days: -14)
                while !calendar.isWorkingDay(raised) { raised = raised.adding(days: -1) }
                path = stages(p, raised: raised, calendar: calendar, random: &random)
            }
            let year = raised.date.year
            var cells = [String](repeating: "", count: header.count)
            func set(_ name: String, _ value: String) { if let i = column[name] { cells[i] = value } }
            let n = String(index + 1)
            set("case_id", "SYN-\(year)-\(String(repeating: "0", count: max(0, 6 - n.count)) + n)")
            set("child_name", "\(Self.marker)NAME-\(n)")
            set("child_date_of_birth", "\(Self.marker)DOB-\(n)")
            set("nhs_number", "\(Self.marker)NHS-\(n)")
            set("practitioner", "\(Self.marker)PRACTITIONER-\(n)")
            // Free text as people write it: commas, quotes and a line break, so the quoting is exercised.
            set("notes", "\(Self.marker)NOTES-\(n): discussed, \"next steps\" agreed\nfollow-up booked")
            set("partnership", pair.partnership)
            set("procedure", p.id)
            set("raised_on", format(raised))
            let raising = agencies[Int(random.next() % UInt64(agencies.count))]
            var receiving = agencies[Int(random.next() % UInt64(agencies.count))]
            if receiving == raising { receiving = agencies[(agencies.firstIndex(of: raising)! + 1) % agencies.count] }
            set("raising_agency", raising)
            set("receiving_agency", receiving)
            let categories = configuration.vocabularies.categories[p.id]?.terms.map(\.id) ?? ["other"]
            set("category", categories[Int(random.next() % UInt64(categories.count))])
            for (stage, day) in path.dates where stage >= first { set(CaseLogSchema.stage(stage), format(day)) }
            let (end, reached, cut) = (path.end, path.reached, path.cut)
            // Still open: whatever has not ended by the log's last day, and a few more of the latest.
            let open = cut || end > Self.lastDay || (raised.number > Self.lastDay.number - 60 && random.unit() < 0.3)
            if !open {
                set("resolved_on", format(end))
                if reached > 0 { set("resolved_stage", String(reached)) }
                set("outcome", outcomes[min(outcomes.count - 1, Int(random.unit() * random.unit() * Double(outcomes.count)))])
            }
            write(cells.map(Self.quoted).joined(separator: ",") + "\r\n")
        }
    }

    /// The day each stage began, the day the last one reached ended, and whether the log's last
    /// day cut the case short.
    private func stages(_ p: Procedure, raised: Day, calendar: WorkingDayCalendar, random: inout SplitMix64)
        -> (dates: [Int: Day], end: Day, reached: Int, cut: Bool) {
        let stageCount = configuration.procedures[p.id]?.stageCount ?? 0
        let first = configuration.procedures[p.id]?.firstStage ?? 1
        guard stageCount > 0 else {
            return ([:], calendar.adding(workingDays: 3 + Int(random.next() % 30), to: raised), 0, false)
        }
        var dates: [Int: Day] = [:]
        var highest = first
        while highest < stageCount, random.unit() < 0.35 { highest += 1 }
        var start = raised
        var end = raised
        var reached = 0
        for stage in 1...highest {
            if stage > 1 { start = next(end, calendar) }
            guard start <= Self.lastDay else { return (dates, end, reached, true) }
            dates[stage] = start
            reached = stage
            end = stageEnd(p.stages[stage - 1].timescale, start: start, raised: raised, calendar: calendar, random: &random)
        }
        return (dates, end, reached, false)
    }

    /// When a stage ends: mostly within its timescale (85%), otherwise a few working days over;
    /// where there is none, after 2 to 15 working days.
    private func stageEnd(_ t: Timescale, start: Day, raised: Day, calendar: WorkingDayCalendar, random: inout SplitMix64) -> Day {
        let met = random.unit() < 0.85
        guard t.isFixed, let value = t.value, value > 0 else {
            return calendar.adding(workingDays: 2 + Int(random.next() % 14), to: start)
        }
        let anchor = t.kind == .fromRaised ? raised : start
        let deadline = max(calendar.adding(value, t.unit ?? .workingDays, to: anchor), start)
        if met {
            let room = max(0, deadline.number - start.number)
            var day = start.adding(days: room == 0 ? 0 : Int(random.next() % UInt64(room + 1)))
            while !calendar.isWorkingDay(day) && day > start { day = day.adding(days: -1) }
            return day
        }
        return calendar.adding(workingDays: 1 + Int(random.next() % 10), to: deadline)
    }

    private func next(_ day: Day, _ calendar: WorkingDayCalendar) -> Day {
        calendar.adding(workingDays: 1, to: day)
    }

    private func format(_ day: Day) -> String {
        let d = day.date
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch configuration.settings.dateFormat {
        case .iso: return "\(d.year)-\(two(d.month))-\(two(d.day ?? 1))"
        case .dayMonthYear: return "\(two(d.day ?? 1))/\(two(d.month))/\(d.year)"
        }
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64), so a seed gives the
/// same log on every machine and Swift version.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// In [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
