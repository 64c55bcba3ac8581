import Foundation
import Output
import Pipeline
import Testing
import TestSupport

/// A build replaces its output folder as a whole, so a mistaken `--output` must never reach
/// the author's own files.
@Suite struct OutputFolderTests {
    @Test func foldersThatMustNeverBeReplacedAreRefused() throws {
        let content = try Fixtures.copyOfContent()
        let root = content.deletingLastPathComponent()
        let rules = OutputFolderRules(protected: [content], workingDirectory: root, home: URL(fileURLWithPath: "/nonexistent-home"))
        #expect(rules.check("content") == .isProtected(content.relativePath))
        #expect(rules.check(content.path) == .isProtected(content.relativePath))
        #expect(rules.check("content/policies") == .insideProtected(content.relativePath))
        #expect(rules.check(".") == .workingDirectory)
        #expect(rules.check("") == .empty)
        #expect(rules.check("  ") == .empty)
        #expect(rules.check("..") == .containsWorkingDirectory)
        #expect(rules.check("/") == .root)
        #expect(rules.check("output") == nil)
        #expect(rules.check("site/public") == nil)
        let home = OutputFolderRules(protected: [], workingDirectory: root, home: root.deletingLastPathComponent())
        #expect(home.check(root.deletingLastPathComponent().path) == .home)
    }

    @Test func aFolderOfSomeoneElsesFilesIsNotReplaced() throws {
        let root = try Fixtures.temporaryFolder()
        let docs = root.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try "mine".write(to: docs.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let rules = OutputFolderRules(protected: [], workingDirectory: root)
        #expect(rules.check("docs") == .notEscalateOutput("docs"))
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter(directory: docs).replace(with: []) }
        #expect(try String(contentsOf: docs.appendingPathComponent("notes.md"), encoding: .utf8) == "mine")
        // An empty folder, or one a build wrote (it has the marker), may be replaced.
        try OutputWriter(directory: root.appendingPathComponent("fresh")).replace(with: [OutputFile(path: "a.txt", text: "a")])
        #expect(rules.check("fresh") == nil)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("fresh/\(OutputWriter.markerName)").path))
    }

    /// The data-destroying case: `--output content` (and `.`) once deleted the author's files.
    @Test func buildingIntoTheContentFolderChangesNothing() async throws {
        let content = try Fixtures.copyOfContent()
        let before = try Fixtures.files(under: content)
        let report = await Fixtures.pipeline(content).run(.build(output: content))
        #expect(report.diagnostics.errors.map(\.code) == ["output-refused"])
        #expect(report.written.isEmpty)
        #expect(try Fixtures.files(under: content) == before)
    }
}
