import Build
import Diagnostics
import Flowchart
import Foundation
import Model
import PolicySource
import Testing

@Suite struct PipelineTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = PolicyDate("2026-11-23")!

    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func pipeline(content: URL, renderer: DotRenderer? = try? DotRenderer.locate()) -> Pipeline {
        Pipeline(loader: ContentLoader(directory: content, display: "content", today: Self.today), renderer: renderer)
    }

    func files(under dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = dir.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)! {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                out[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
            }
        }
        return out
    }

    @Test func buildWritesTheModelAndReadme() async throws {
        let out = try temporaryFolder().appendingPathComponent("output")
        let report = await pipeline(content: Self.repoRoot.appendingPathComponent("content")).build(into: out, strict: true)
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
        let out = try temporaryFolder().appendingPathComponent("output")
        _ = await pipeline(content: Self.repoRoot.appendingPathComponent("content")).build(into: out, strict: false)
        let built = try Data(contentsOf: out.appendingPathComponent("README.md"))
        let committed = try Data(contentsOf: Self.repoRoot.appendingPathComponent("output/README.md"))
        #expect(built == committed)
    }

    @Test func twoBuildsInDifferentFoldersAreByteIdentical() async throws {
        let content = Self.repoRoot.appendingPathComponent("content")
        let a = try temporaryFolder().appendingPathComponent("output")
        let b = try temporaryFolder().appendingPathComponent("elsewhere")
        _ = await pipeline(content: content).build(into: a, strict: true)
        _ = await pipeline(content: content).build(into: b, strict: true)
        #expect(try files(under: a) == files(under: b))
        #expect(try files(under: a).count >= 10)
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() async throws {
        let root = try temporaryFolder()
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Self.repoRoot.appendingPathComponent("content"), to: content)
        let out = root.appendingPathComponent("output")
        _ = await pipeline(content: content).build(into: out, strict: true)
        let before = try files(under: out)

        let policy = content.appendingPathComponent("policies/000_herts.md")
        let broken = try String(contentsOf: policy, encoding: .utf8).replacingOccurrences(of: "## Stage 2:", with: "## Stage 5:")
        try broken.write(to: policy, atomically: true, encoding: .utf8)
        let report = await pipeline(content: content).build(into: out, strict: true)
        #expect(!report.diagnostics.errors.isEmpty)
        #expect(report.written.isEmpty)
        #expect(try files(under: out) == before)
        // No staging folders are left beside the output.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func warningsStopTheBuildOnlyUnderStrict() async throws {
        let root = try temporaryFolder()
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Self.repoRoot.appendingPathComponent("content"), to: content)
        let policy = content.appendingPathComponent("policies/000_herts.md")
        let text = try String(contentsOf: policy, encoding: .utf8)
            .replacingOccurrences(of: "last-updated: 2025-05-21\n", with: "last-updated: 2025-05-21\nnext-review: 2026-01-01\n")
        try text.write(to: policy, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("output")
        let strict = await pipeline(content: content).build(into: out, strict: true)
        #expect(strict.diagnostics.warnings.map(\.code) == ["review-overdue"])
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let lenient = await pipeline(content: content).build(into: out, strict: false)
        #expect(lenient.written.contains("model.json"))
    }

    @Test func withoutDotTheDOTIsStillWrittenAndTheSkipIsSaid() async throws {
        let out = try temporaryFolder().appendingPathComponent("output")
        let report = await pipeline(content: Self.repoRoot.appendingPathComponent("content"), renderer: nil).build(into: out, strict: false)
        #expect(report.diagnostics.items.map(\.code) == ["dot-missing"])
        #expect(report.diagnostics.items[0].message.contains("SVG and PDF were skipped"))
        #expect(report.written.contains("herts/flowchart.dot"))
        #expect(!report.written.contains { $0.hasSuffix(".svg") || $0.hasSuffix(".pdf") })
    }

    @Test(.enabled(if: (try? DotRenderer.locate()) != nil, "Graphviz's dot is not installed"))
    func buildWritesSVGAndPDFForEveryChart() async throws {
        let out = try temporaryFolder().appendingPathComponent("output")
        let report = await pipeline(content: Self.repoRoot.appendingPathComponent("content")).build(into: out, strict: true)
        #expect(report.diagnostics.items.isEmpty, "\(report.diagnostics.items)")
        for id in ["herts", "cambs-pboro", "hips"] {
            for ext in ["dot", "svg", "pdf", "txt"] { #expect(report.written.contains("\(id)/flowchart.\(ext)")) }
        }
        #expect(report.written.contains("herts/sub-procedure-challenging-a-decision-not-to-convene-an-initial-child-protection-conference.pdf"))
    }
}
