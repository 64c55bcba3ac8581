import Diagnostics
import Foundation
import Output
import Pipeline
import Testing
import TestSupport

/// A build whose inputs match the previous build's record, into a folder that still holds what
/// that build wrote, stops after reading (`BuildRecord`, `UpToDateCheck`); anything else that
/// could change a byte or a message makes it a full build.
@Suite struct UpToDateBuildTests {
    struct Project {
        let root: URL
        var content: URL { root.appendingPathComponent("content") }
        var output: URL { root.appendingPathComponent("output") }
        var record: URL { root.appendingPathComponent(".output.build.json") }

        init() throws {
            root = try Fixtures.copyOfContent().deletingLastPathComponent()
        }

        func build(_ change: (inout BuildPipeline) -> Void = { _ in }) async -> BuildContext {
            var p = Fixtures.pipeline(content)
            change(&p)
            return await p.run(.build(output: output))
        }
    }

    @Test func aSecondBuildOfTheSameInputsStopsAfterReadingAndSaysTheSameWarnings() async throws {
        let project = try Project()
        // A warning, so the replay has something to say.
        try "not a log".write(to: project.content.appendingPathComponent("cases/notes.txt"), atomically: true, encoding: .utf8)
        let first = await project.build()
        #expect(first.upToDate == nil)
        #expect(!first.written.isEmpty)
        #expect(first.diagnostics.items.map(\.code).contains(DiagnosticCode.contentUnread.rawValue))
        let before = try Fixtures.files(under: project.output)

        let second = await project.build()
        #expect(second.upToDate == .init(procedures: first.procedures.count, files: first.written.count))
        #expect(second.stepsRun == ["read"])
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.written == first.written)
        #expect(try Fixtures.files(under: project.output) == before)
        // Under --strict the same warning stops the build, as it would have without the record.
        let strict = await project.build { $0.strict = true }
        #expect(strict.hasFailures(strict: true))
        #expect(strict.written.isEmpty)
    }

    @Test func anEditedAddedOrMissingOutputFileMakesAFullBuildThatPutsItBack() async throws {
        let project = try Project()
        _ = await project.build()
        let clean = try Fixtures.files(under: project.output)
        // Same size, same name: only the bytes tell.
        let page = project.output.appendingPathComponent("index.html")
        var bytes = try Data(contentsOf: page)
        bytes[bytes.count - 2] = bytes[bytes.count - 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try bytes.write(to: page)
        let edited = await project.build()
        #expect(edited.upToDate == nil)
        #expect(try Fixtures.files(under: project.output) == clean)

        try FileManager.default.removeItem(at: project.output.appendingPathComponent("compare.html"))
        let missing = await project.build()
        #expect(missing.upToDate == nil)
        #expect(try Fixtures.files(under: project.output) == clean)

        // A link in place of a page is a difference, never followed.
        let target = project.root.appendingPathComponent("elsewhere.html")
        try clean["compare.html"]!.write(to: target)
        try FileManager.default.removeItem(at: project.output.appendingPathComponent("compare.html"))
        try FileManager.default.createSymbolicLink(at: project.output.appendingPathComponent("compare.html"), withDestinationURL: target)
        let linked = await project.build()
        #expect(linked.upToDate == nil)
    }

    @Test func everyInputAndOptionIsInTheFingerprint() async throws {
        let project = try Project()
        _ = await project.build()
        #expect(await project.build().upToDate != nil)

        try Fixtures.edit(project.content, "policies/002_hips.md") { $0.replacingOccurrences(of: "## Stage 2: ", with: "## Stage 2: Escalating to ") }
        #expect(await project.build().upToDate == nil, "a procedure")
        #expect(await project.build().upToDate != nil)

        try Fixtures.edit(project.content, "cases/escalations.csv") { $0 + "\n" }
        let cases = await project.build()
        #expect(cases.upToDate == nil, "the case log")
        #expect(await project.build().upToDate != nil)

        #expect(await project.build { $0.excludeInvalidRows = true }.upToDate == nil, "--exclude-invalid-rows")
        #expect(await project.build { $0.excludeInvalidRows = true }.upToDate != nil)
        #expect(await project.build { $0.statisticsPeriod = 2022 }.upToDate == nil, "--period")
        #expect(await project.build { $0.today = .init("2030-01-01") }.upToDate == nil, "--today")
        #expect(await project.build { $0.toolIdentity = "another escalate" }.upToDate == nil, "another binary")
        #expect(await project.build().upToDate == nil, "back to the first options")

        // --clean asks for every file anew, and leaves no record an earlier build could be taken for.
        let clean = await project.build { $0.keepUnchangedFiles = false }
        #expect(clean.upToDate == nil)
        #expect(!FileManager.default.fileExists(atPath: project.record.path))
        #expect(await project.build().upToDate == nil, "no record after --clean")
        #expect(await project.build().upToDate != nil)
        #expect(await project.build { $0.datesFromGit = true }.upToDate == nil, "dates from git are outside the content")
    }

    @Test func theRecordLivesBesideTheOutputAndNothingOfItReachesTheOutput() async throws {
        let project = try Project()
        let first = await project.build()
        let record = try #require(BuildRecord.read(for: project.output))
        #expect(Set(record.files.keys) == Set(first.written + [OutputWriter.markerName]))
        #expect(try !Fixtures.files(under: project.output).keys.contains { $0.contains("build.json") })
    }
}
