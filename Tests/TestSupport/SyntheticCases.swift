import CaseLog
import Model
import WorkingDays
import Statistics

/// Vocabularies and a deterministic synthetic stream of records for the bundled procedures.
public enum SyntheticCases {
    public static let vocabularies = CaseVocabularies(
        agencies: Vocabulary(terms: [
            .init(id: "acute-trust", name: "Acute hospital trust", group: "health"),
            .init(id: "gp", name: "GP practice", group: "health"),
            .init(id: "school", name: "School", group: "education"),
            .init(id: "early-years", name: "Early years setting", group: "education"),
            .init(id: "police", name: "Police", group: "police"),
            .init(id: "csc", name: "Children's social care", group: "csc"),
            .init(id: "other", name: "Other", group: "other"),
        ], groups: [.init(id: "health", name: "Health"), .init(id: "education", name: "Education"), .init(id: "police", name: "Police"),
                    .init(id: "csc", name: "Children's social care"), .init(id: "other", name: "Other")]),
        categories: Dictionary(uniqueKeysWithValues: Fixtures.examples.procedures.map { p in
            (p.id, Vocabulary(terms: [.init(id: "threshold", name: "Threshold or level of need", group: "other"),
                                      .init(id: "communication", name: "Communication", group: "other"),
                                      .init(id: "other", name: "Other")]))
        }),
        outcomes: Vocabulary(terms: [.init(id: "agreed", name: "Agreed", group: "resolved"), .init(id: "compromise", name: "Compromise", group: "resolved"),
                                     .init(id: "not-agreed", name: "Not agreed")],
                             groups: [.init(id: "resolved", name: "Resolved")]))

    public static let agencies = ["acute-trust", "gp", "school", "early-years", "police", "csc", "other"]

    /// Records for every partnership of the bundled procedures, `perYear` a year on average,
    /// financial years 2022-23 to 2024-25, plus a few in April 2025 so 2024-25 is complete.
    public static func records(seed: UInt64 = 1, perYear: ClosedRange<Int> = 10...40) -> [CaseRecord] {
        var rng = SplitMix(seed: seed)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let calendar = Fixtures.examples.calendars.calendar("england-and-wales")!
        var out: [CaseRecord] = []
        for p in Fixtures.examples.procedures {
            let first = p.id == "herts" ? 3 : 1
            for m in p.partnerships {
                for year in 2022...2024 {
                    let n = perYear.lowerBound + pick(perYear.count)
                    for _ in 0..<n {
                        var raised = Day(year: year, month: 4, day: 1).adding(days: pick(365))
                        while !calendar.isWorkingDay(raised) { raised = raised.adding(days: 1) }
                        let stageCount = p.stageListing == .listed ? p.stages.count : 1
                        let highest = first + pick(max(1, stageCount - first + 1))
                        var dates: [Day?] = []
                        var d = raised
                        for _ in first...highest {
                            dates.append(d)
                            d = calendar.adding(1 + pick(4), .workingDays, to: d)
                        }
                        let open = pick(10) == 0
                        out.append(CaseRecord(procedure: p.id, partnership: m.id, raisedOn: raised, raisingAgency: agencies[pick(agencies.count)],
                                              receivingAgency: agencies[pick(3) == 0 ? 5 : pick(agencies.count)],
                                              category: ["threshold", "communication", "other"][pick(3)], firstStageHeld: first,
                                              stageDates: dates, resolvedOn: open ? nil : d, resolvedStage: open ? nil : highest,
                                              outcome: open ? nil : ["agreed", "compromise", "not-agreed"][pick(3)]))
                    }
                }
                out.append(CaseRecord(procedure: p.id, partnership: m.id, raisedOn: Day(year: 2025, month: 4, day: 7), raisingAgency: "gp",
                                      receivingAgency: "csc", category: "other", firstStageHeld: first, stageDates: [Day(year: 2025, month: 4, day: 7)]))
            }
        }
        return out
    }

    public static func publication(_ records: [CaseRecord], settings: StatisticsSettings = StatisticsSettings(), synthetic: Bool = true) -> StatisticsPublication? {
        let builder = StatisticsBuilder(procedures: Fixtures.examples.procedures, vocabularies: vocabularies, settings: settings, synthetic: synthetic)
        var sink = StatisticsAggregator(procedures: Fixtures.examples.procedures, calendars: Fixtures.examples.calendars, custom: builder.customPeriod)
        for r in records { sink.add(r) }
        return builder.publication(sink)
    }
}

/// A small deterministic generator, so the random tests are the same on every run.
public struct SplitMix {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
