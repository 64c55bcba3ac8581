import Foundation
import Model
import Output
import Pipeline
import Statistics
import Testing
import TestSupport

/// The build with a case log (the bundled synthetic one, read by the real reader): the
/// statistics pages and files in the site, `escalate stats`'s own folder, and the same bytes
/// from the same log.
@Suite struct StatisticsBuildTests {
    func pipeline() -> BuildPipeline {
        Fixtures.pipeline(renderCharts: false, strict: true)
    }

    /// Set ESCALATE_STATISTICS_PREVIEW to a folder to keep the built site there, to look at.
    @Test func theSiteCarriesTheStatisticsPagesAndFiles() async throws {
        let temporary = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let out = ProcessInfo.processInfo.environment["ESCALATE_STATISTICS_PREVIEW"].map { URL(fileURLWithPath: $0) } ?? temporary
        let report = await pipeline().run(.build(output: out))
        #expect(report.diagnostics.items.isEmpty, "\(report.diagnostics.items.map(\.message))")
        let written = Set(report.written)
        for path in ["statistics.html", "statistics/herts.html", "statistics/portsmouth.html", "statistics/notts-city.html",
                     "statistics/statistics.json", "statistics/methods.txt", "statistics/csv/all/raising-agency.csv",
                     "statistics/csv/herts/compliance.csv", "statistics/charts/herts/trend.svg"] {
            #expect(written.contains(path), "\(path)")
        }
        let page = try String(contentsOf: out.appendingPathComponent("statistics/herts.html"), encoding: .utf8)
        #expect(page.contains("<caption"))
        #expect(page.contains("scope=\"row\""))
        #expect(page.contains("Synthetic data"))
        #expect(page.contains("[c]"))
        let overview = try String(contentsOf: out.appendingPathComponent("statistics.html"), encoding: .utf8)
        #expect(overview.contains("href=\"statistics/herts.html\""))
    }

    @Test func statsWritesOnlyTheStatisticsAndTheSameBytesTwice() async throws {
        let a = try Fixtures.temporaryFolder().appendingPathComponent("statistics")
        let b = try Fixtures.temporaryFolder().appendingPathComponent("statistics")
        let first = await pipeline().run(.statistics(output: a))
        let second = await pipeline().run(.statistics(output: b))
        #expect(first.diagnostics.items.isEmpty)
        #expect(first.written.contains("statistics.json"))
        #expect(!first.written.contains { $0.hasSuffix(".html") })
        #expect(try Fixtures.files(under: a) == Fixtures.files(under: b))
        // A second run replaces the folder it made.
        let again = await pipeline().run(.statistics(output: a))
        #expect(again.written == first.written)
    }

    @Test func statsRefusesTheContentFolder() async throws {
        let report = await pipeline().run(.statistics(output: Fixtures.content))
        #expect(report.diagnostics.items.contains { $0.code == "output-refused" })
        #expect(report.written.isEmpty)
    }
}

/// Secondary suppression on the bundled synthetic log (10 to 40 escalations a year per
/// partnership): the headline figures are published, and a reader who adds and subtracts
/// what is published — within a table, and across the all-partnerships table and the
/// partnerships — cannot narrow any `[c]` below the rule. The attack here is independent of
/// the audit's linear programme: interval arithmetic on the published text alone.
@Suite struct BundledLogDisclosureTests {
    func publication() async throws -> StatisticsPublication {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("statistics")
        let report = await Fixtures.pipeline(renderCharts: false, strict: true).run(.statistics(output: out))
        #expect(report.diagnostics.items.isEmpty, "\(report.diagnostics.items.map(\.message))")
        let data = try Data(contentsOf: out.appendingPathComponent("statistics.json"))
        return try JSONDecoder().decode(StatisticsPublication.self, from: data)
    }

    @Test func yearlyTotalsArePublishedAndTheAuditPasses() async throws {
        let p = try await publication()
        #expect(p.audit.passed)
        #expect(p.unsafeCells.isEmpty)
        #expect((p.audit.narrowestRange ?? .max) >= p.audit.requiredRange)
        for section in p.sections {
            let id = section.id ?? "all"
            let trend = try #require(p.table("\(id)/trend"))
            #expect(trend.rows.count >= 3)
            // Every partnership has 10 or more a year in the bundled log (GeneratorTests), above the rule's 5.
            for row in trend.rows { #expect(row.cells[0].number != nil, "\(id) \(row.label): \(row.cells[0].text)") }
            // HIPS lists no categories of disagreement: its partnerships have no category table.
            let kinds = section.procedure == "hips" ? ["raising-agency", "receiving-agency", "outcome"] : ["raising-agency", "receiving-agency", "category", "outcome"]
            #expect((p.table("\(id)/category") == nil) == (section.procedure == "hips"), "\(id)")
            for kind in kinds {
                let t = try #require(p.table("\(id)/\(kind)"), "\(id)/\(kind)")
                #expect(t.rows.last?.isTotal == true)
                #expect(t.rows.last?.cells[0].number != nil, "\(id)/\(kind) total: \(t.rows.last?.cells[0].text ?? "")")
            }
            // A publication that still says something: most counts are shown.
            let counts = section.tables.compactMap(p.table).flatMap { t in t.rows.flatMap { r in zip(t.columns, r.cells).filter { $0.0.isCount }.map(\.1) } }
            let hidden = counts.filter { $0 == .symbol(.confidential) }.count
            #expect(hidden * 3 <= counts.count, "\(id): \(hidden) of \(counts.count) counts suppressed")
        }
        #expect(p.table("all/category") != nil, "all partnerships by category")
    }

    /// What a reader can do with a sum: each `[c]` among its parts lies between the rule's
    /// smallest count and what the published total leaves once the others take their least.
    func narrowest(total: StatisticsTable.Cell?, parts: [StatisticsTable.Cell], rule: StatisticsSettings.DisclosureRule) -> Int? {
        guard let t = total?.number else { return nil }
        let hidden = parts.filter { $0 == .symbol(.confidential) }.count
        guard hidden > 0 else { return nil }
        let left = Int(t) - parts.compactMap(\.number).reduce(0) { $0 + Int($1) }
        let upper = left - (hidden - 1) * rule.smallestSuppressed
        return upper - rule.smallestSuppressed + 1
    }

    @Test func noConfidentialCellIsRecoveredFromItsTableOrTheLinkedTables() async throws {
        let p = try await publication()
        let required = p.rule.largestSuppressed
        var checked = 0
        for t in p.tables {
            guard let total = t.rows.last, total.isTotal else { continue }
            for (c, column) in t.columns.enumerated() where column.isCount {
                if let n = narrowest(total: total.cells[c], parts: t.rows.dropLast().map { $0.cells[c] }, rule: p.rule) {
                    checked += 1
                    #expect(n >= required, "\(t.id) \(column.id): a [c] narrowed to \(n) values from its own total")
                }
            }
        }
        // All partnerships minus the others, row by row, for every breakdown and the trend.
        let partnerships = p.sections.compactMap(\.id)
        for all in p.tables where all.partnership == nil && all.kind != "partnership" {
            for row in all.rows {
                let parts = partnerships.compactMap { m -> StatisticsTable.Cell? in
                    guard let t = p.table("\(m)/\(all.kind)") else { return nil }
                    #expect(t.period == all.period, "\(t.id) and \(all.id) cover the same period")
                    return t.rows.first { $0.id == row.id }?.cells[0]
                }
                if let n = narrowest(total: row.cells[0], parts: parts, rule: p.rule) {
                    checked += 1
                    #expect(n >= required, "\(all.id) \(row.id): a partnership's [c] narrowed to \(n) values as all partnerships minus the others")
                }
            }
        }
        #expect(checked > 20, "the attack had sums with [c] in them to try: \(checked)")
    }
}
