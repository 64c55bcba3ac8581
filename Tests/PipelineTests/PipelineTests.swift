import Diagnostics
import Flowchart
import Foundation
import Model
import Output
import Pipeline
import PolicySource
import Testing
import TestSupport

@Suite struct PipelineTests {
    func pipeline(_ content: URL = Fixtures.content, renderer: DotRenderer? = try? DotRenderer.locate(), strict: Bool = true) -> BuildPipeline {
        BuildPipeline(content: content, display: "content", today: Fixtures.today, renderer: renderer, strict: strict)
    }

    func build(_ content: URL = Fixtures.content, into out: URL, renderer: DotRenderer? = try? DotRenderer.locate(),
               strict: Bool = true) async -> BuildContext {
        await pipeline(content, renderer: renderer, strict: strict).run(.build(output: out))
    }

    @Test func theStepsRunInOrderAndEachModeStopsWhereItShould() async throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let p = pipeline(renderer: nil)
        #expect(await p.run(.model).stepsRun == ["read", "settings", "parse", "validate", "model"])
        #expect(await p.run(.check).stepsRun == ["read", "settings", "parse", "validate", "model", "cases", "statistics", "theme", "charts", "pages", "links"])
        #expect(await p.run(.statistics(output: out)).stepsRun == ["read", "settings", "parse", "validate", "model", "cases", "statistics", "write"])
        #expect(await p.run(.build(output: out)).stepsRun.last == "write")
        #expect(BuildStep.Name.allCases.map(\.rawValue) == ["read", "settings", "parse", "validate", "model", "cases", "statistics", "theme", "charts", "pages", "links", "write"])
    }

    @Test func buildWritesTheModelAndReadme() async throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let report = await Fixtures.pipeline().run(.build(output: out))
        #expect(report.diagnostics.items.isEmpty)
        #expect(report.written.contains("README.md") && report.written.contains("model.json"))
        for id in ["herts", "cambs-pboro", "hips"] {
            for ext in ["dot", "txt"] { #expect(report.written.contains("\(id)/flowchart.\(ext)")) }
        }
        // Nottingham's source lists no stages: a page, but no chart.
        #expect(report.written.filter { $0.hasPrefix("notts/") } == ["notts/index.html"])
        let model = try ModelDocument.decode(Data(contentsOf: out.appendingPathComponent("model.json")))
        #expect(model.procedures.map(\.id) == ["herts", "cambs-pboro", "hips", "notts"])
    }

    /// The repository keeps output/README.md so the folder exists in a fresh clone; the build
    /// writes the same bytes, so building never shows up as a change in git.
    @Test func committedOutputReadmeMatchesWhatTheBuildWrites() async throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        _ = await Fixtures.pipeline().run(.build(output: out))
        let built = try Data(contentsOf: out.appendingPathComponent("README.md"))
        let committed = try Data(contentsOf: Fixtures.repoRoot.appendingPathComponent("output/README.md"))
        #expect(built == committed)
    }

    @Test func twoBuildsInDifferentFoldersAreByteIdentical() async throws {
        let a = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let b = try Fixtures.temporaryFolder().appendingPathComponent("elsewhere")
        _ = await build(into: a)
        // The same content from a copy at another path gives the same bytes.
        let copy = try Fixtures.copyOfContent()
        _ = await build(copy, into: b)
        #expect(try Fixtures.files(under: a) == Fixtures.files(under: b))
        #expect(try Fixtures.files(under: a).count >= 10)
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() async throws {
        let content = try Fixtures.copyOfContent()
        let root = content.deletingLastPathComponent()
        let out = root.appendingPathComponent("output")
        _ = await build(content, into: out)
        let before = try Fixtures.files(under: out)
        let manifest = try Data(contentsOf: root.appendingPathComponent(".output.manifest.json"))

        try Fixtures.edit(content, "policies/000_herts.md") { $0.replacingOccurrences(of: "## Stage 2:", with: "## Stage 5:") }
        let report = await build(content, into: out)
        #expect(!report.diagnostics.errors.isEmpty)
        #expect(report.written.isEmpty)
        #expect(try Fixtures.files(under: out) == before)
        // No staging folders are left beside the output, only the lock file builds share and
        // the page manifest and build record of the last good build, as they were.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.sorted() == [".output.build.json", ".output.lock", ".output.manifest.json"])
        #expect(try Data(contentsOf: root.appendingPathComponent(".output.manifest.json")) == manifest)
    }

    @Test func warningsStopTheBuildOnlyUnderStrict() async throws {
        let content = try Fixtures.copyOfContent()
        try Fixtures.edit(content, "policies/000_herts.md") {
            $0.replacingOccurrences(of: "# Resolution of Professional Differences including Escalations\n", with: "# Resolving Professional Differences\n")
        }
        let out = content.deletingLastPathComponent().appendingPathComponent("output")
        let strict = await build(content, into: out, strict: true)
        #expect(strict.diagnostics.warnings.map(\.code) == ["title-mismatch"])
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let lenient = await build(content, into: out, strict: false)
        #expect(lenient.written.contains("model.json"))
    }

    /// Without Graphviz the build stops (a site without its charts is not what readers expect),
    /// unless the charts were turned off: then DOT and text alternatives only, no warning.
    @Test func withoutDotTheBuildStopsUnlessChartsAreOff() async throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let stopped = await build(into: out, renderer: nil, strict: false)
        #expect(stopped.diagnostics.items.map(\.code) == ["dot-missing"])
        #expect(stopped.diagnostics.exitCode(strict: false) == 3)
        #expect(stopped.written.isEmpty)
        var pipeline = pipeline(renderer: nil, strict: true)
        pipeline.renderCharts = false
        let report = await pipeline.run(.build(output: out))
        #expect(report.diagnostics.items.isEmpty)
        #expect(report.written.contains("herts/flowchart.dot") && report.written.contains("herts/flowchart.txt"))
        // No flowchart is drawn; the statistics' bar charts are escalate's own SVG, not Graphviz's.
        #expect(!report.written.contains { !$0.hasPrefix("statistics/") && ($0.hasSuffix(".svg") || $0.hasSuffix(".pdf")) })
        // The page shows the chart's steps as a list where the picture would be, and no PDF link.
        let page = try String(contentsOf: out.appendingPathComponent("herts/index.html"), encoding: .utf8)
        #expect(page.contains("<details class=\"alternative\" open>"))
        #expect(!page.contains("flowchart.pdf") && !page.contains("<svg"))
    }

    @Test(.enabled(if: (try? DotRenderer.locate()) != nil, "Graphviz's dot is not installed"))
    func buildWritesSVGAndPDFForEveryChart() async throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let report = await build(into: out)
        #expect(report.diagnostics.items.isEmpty, "\(report.diagnostics.items)")
        for id in ["herts", "cambs-pboro", "hips"] {
            for ext in ["dot", "svg", "pdf", "txt"] { #expect(report.written.contains("\(id)/flowchart.\(ext)")) }
        }
        #expect(report.written.contains("herts/sub-procedure-challenging-a-decision-not-to-convene-an-initial-child-protection-conference.pdf"))
    }
}
