@testable import CaseLog
import Foundation
import Model
import Testing
import TestSupport
import WorkingDays

/// `escalate cases generate`: deterministic, valid against the content, sized like reality,
/// and unmistakably synthetic.
@Suite struct GeneratorTests {
    static func generate(rows: Int, seed: UInt64) -> String {
        let g = CaseLogGenerator(procedures: Fixtures.examples.procedures, calendars: Fixtures.examples.calendars,
                                 configuration: LogRun.configuration(), seed: seed)
        var text = ""
        g.generate(rows: rows) { text += $0 }
        return text
    }

    @Test func theSameSeedGivesTheSameLogAndAnotherSeedAnother() {
        #expect(Self.generate(rows: 200, seed: 3) == Self.generate(rows: 200, seed: 3))
        #expect(Self.generate(rows: 200, seed: 3) != Self.generate(rows: 200, seed: 4))
    }

    @Test func theBundledLogIsTheGeneratorsOutput() throws {
        let bundled = try String(contentsOf: Fixtures.content.appendingPathComponent("cases/escalations.csv"), encoding: .utf8)
        #expect(bundled == Self.generate(rows: 800, seed: 14), "regenerate it with the command in content/cases/log.yml")
    }

    @Test func aGeneratedLogReadsCleanWithStagesInOrderOnWorkingDays() async throws {
        let run = try await LogRun.read(Self.generate(rows: 2_000, seed: 9))
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.prefix(5).map(\.message))")
        #expect(run.records.count == 2_000)
        let calendar = try #require(Fixtures.examples.calendars.calendar("england-and-wales"))
        for r in run.records {
            #expect(calendar.isWorkingDay(r.raisedOn))
            let days = r.stageDates.compactMap { $0 }
            #expect(days == days.sorted())
        }
        #expect(run.records.contains { $0.resolvedOn == nil }, "some cases are open")
        #expect(run.records.contains { $0.resolvedOn != nil })
        // Hertfordshire's log starts at stage 3: every one of its cases reached it.
        #expect(run.records.filter { $0.procedure == "herts" }.allSatisfy { $0.firstStageHeld == 3 && $0.stageDates.first! != nil })
        #expect(Set(run.records.map(\.partnership)) == ["herts", "cambs-pboro", "hampshire", "iow", "portsmouth", "southampton", "notts-city", "notts-county"])
    }

    @Test func mostStagesMeetTheirTimescale() async throws {
        // Hertfordshire's timescales run from the day raised: stage 3 within 10 working days.
        let run = try await LogRun.read(Self.generate(rows: 3_000, seed: 5))
        let calendar = try #require(Fixtures.examples.calendars.calendar("england-and-wales"))
        let herts = run.records.filter { $0.procedure == "herts" && $0.resolvedStage == 3 }
        let met = herts.filter { $0.resolvedOn! <= calendar.adding(workingDays: 10, to: $0.raisedOn) }
        #expect(herts.count > 100)
        #expect(Double(met.count) / Double(herts.count) > 0.6, "most, though a late earlier stage makes a cumulative one late too")
        #expect(met.count < herts.count, "and some do not")
    }

    @Test func theBundledLogHoldsTenToFortyEscalationsAYearPerPartnershipForFourYears() async throws {
        let run = await LogRun.read(Fixtures.content.appendingPathComponent("cases"), display: "content/cases")
        #expect(run.diagnostics.isEmpty)
        #expect(run.result.summary.synthetic)
        var counts: [String: [Int: Int]] = [:]
        for r in run.records {
            let d = r.raisedOn.date
            let year = d.month >= 4 ? d.year : d.year - 1
            counts[r.partnership, default: [:]][year, default: 0] += 1
        }
        #expect(counts.count == 8)
        for (partnership, years) in counts {
            for year in 2021...2024 {
                #expect((10...40).contains(years[year] ?? 0), "\(partnership) \(year): \(years[year] ?? 0)")
            }
        }
    }

    @Test func everyPersonalColumnHoldsMarkerText() throws {
        let lines = Self.generate(rows: 50, seed: 2)
        var t = CSVTokenizer(.bytes(Array(lines.utf8)))
        _ = try t.next()
        let header = (0..<t.fieldCount).map { String(decoding: t.field(slot: $0), as: UTF8.self) }
        let personal = header.indices.filter { !CaseLogSchema.fields.contains(header[$0]) }
        #expect(personal.map { header[$0] } == ["child_name", "child_date_of_birth", "nhs_number", "practitioner", "notes"])
        var rows = 0
        while try t.next() {
            rows += 1
            for i in personal { #expect(String(decoding: t.field(slot: i), as: UTF8.self).hasPrefix(CaseLogGenerator.marker)) }
        }
        #expect(rows == 50)
    }
}
