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
