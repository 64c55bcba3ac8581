import Foundation
@testable import Output
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

/// The swap into place: atomic, one build at a time, and tidy after a killed build.
@Suite struct OutputSwapTests {
    func files(_ n: Int, tag: String) -> [OutputFile] {
        (0..<n).map { OutputFile(path: "page-\($0).html", text: "\(tag) \($0)") }
    }

    @Test func aBuildReplacesTheWholeFolder() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        try OutputWriter(directory: out).replace(with: files(3, tag: "first"))
        try OutputWriter(directory: out).replace(with: files(2, tag: "second"))
        let now = try Fixtures.files(under: out)
        #expect(now.keys.sorted() == [OutputWriter.markerName, "page-0.html", "page-1.html"])
        #expect(now["page-1.html"] == Data("second 1".utf8))
    }

    /// A file someone dropped into the output after a build (a CNAME, a leaflet) is named, kept,
    /// and the build stops: the folder is replaced as a whole, so it would otherwise be deleted.
    @Test func filesAddedAfterABuildAreNeverDeleted() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        try OutputWriter(directory: out).replace(with: files(2, tag: "first"))
        try "example.org".write(to: out.appendingPathComponent("CNAME"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: out.appendingPathComponent("uploads"), withIntermediateDirectories: true)
        try "pdf".write(to: out.appendingPathComponent("uploads/leaflet.pdf"), atomically: true, encoding: .utf8)
        #expect(OutputWriter.foreignFiles(in: out) == ["CNAME", "uploads/leaflet.pdf"])
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter(directory: out).replace(with: files(1, tag: "second")) }
        let now = try Fixtures.files(under: out)
        #expect(now["CNAME"] == Data("example.org".utf8) && now["uploads/leaflet.pdf"] == Data("pdf".utf8))
        #expect(now["page-1.html"] == Data("first 1".utf8))
        // Once they are moved away, building works again.
        try FileManager.default.removeItem(at: out.appendingPathComponent("CNAME"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("uploads"))
        try OutputWriter(directory: out).replace(with: files(1, tag: "second"))
        #expect(try Fixtures.files(under: out)["page-0.html"] == Data("second 0".utf8))
    }

    /// A build killed at any moment leaves `.output.staging-PID` or `.output.old-PID` behind;
    /// the next build removes them, and puts the old output back if it was caught between renames.
    @Test func leftoversOfAKilledBuildAreCleanedUp() throws {
        let root = try Fixtures.temporaryFolder()
        let out = root.appendingPathComponent("output")
        try OutputWriter(directory: out).replace(with: files(1, tag: "first"))
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent(".output.staging-999999/half"), withIntermediateDirectories: true)
        try fm.moveItem(at: out, to: root.appendingPathComponent(".output.old-999998"))
        OutputWriter.removeLeftovers(of: "output", in: root)
        #expect(try Fixtures.files(under: out)["page-0.html"] == Data("first 0".utf8))
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == [".output.lock", "output"])
        try OutputWriter(directory: out).replace(with: files(1, tag: "second"))
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == [".output.lock", "output"])
    }

    /// Two builds into one folder at once: each swap happens whole, one after the other, and the
    /// folder ends as exactly one of them wrote it, never a mixture.
    @Test func concurrentBuildsNeverInterleave() async throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for tag in ["a", "b", "c", "d"] {
                group.addTask { try OutputWriter(directory: out).replace(with: files(40, tag: tag)) }
            }
            try await group.waitForAll()
        }
        let texts = Set(try Fixtures.files(under: out).filter { $0.key.hasPrefix("page-") }.values
            .map { String(decoding: $0, as: UTF8.self).split(separator: " ")[0] })
        #expect(texts.count == 1)
        #expect(try Fixtures.files(under: out).count == 41)
    }
}

@Suite struct AtomicExchangeTests {
    @Test func twoFoldersAreSwappedInOneStep() throws {
        let root = try Fixtures.temporaryFolder()
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try "A".write(to: a.appendingPathComponent("x"), atomically: true, encoding: .utf8)
        try "B".write(to: b.appendingPathComponent("x"), atomically: true, encoding: .utf8)
        #expect(AtomicExchange.exchange(a.path, b.path))
        #expect(try String(contentsOf: a.appendingPathComponent("x"), encoding: .utf8) == "B")
        #expect(try String(contentsOf: b.appendingPathComponent("x"), encoding: .utf8) == "A")
    }
}
