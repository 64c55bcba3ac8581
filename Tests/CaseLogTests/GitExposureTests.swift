import CaseLog
import Foundation
import Testing

/// A log with personal columns where `git add` would take it is said loudly; an ignored one,
/// one outside any repository, one without personal columns, or a synthetic one is not.
@Suite struct GitExposureTests {
    static let personal = LogRun.header.replacingOccurrences(of: "outcome\n", with: "outcome,child_name\n")
        + LogRun.good.replacingOccurrences(of: "agreed\n", with: "agreed,SYNTHETIC-PERSONAL-NAME\n")

    func git(_ arguments: [String], in folder: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"] + arguments
        p.currentDirectoryURL = folder
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "git \(arguments)")
    }

    func codes(_ folder: URL, _ name: String = "log.csv") async -> [String] {
        await LogRun.read(folder.appendingPathComponent(name), display: name, checkGit: true).diagnostics.map(\.code)
    }

    @Test func aLogWithPersonalColumnsInAWorkTreeIsWarnedAbout() async throws {
        let folder = try TestFolder()
        try git(["init", "-q"], in: folder.url)
        try folder.write("log.csv", Self.personal)
        let run = await LogRun.read(folder.url.appendingPathComponent("log.csv"), display: "log.csv", checkGit: true)
        #expect(run.diagnostics.map(\.code) == ["case-log-tracked"])
        #expect(run.diagnostics.first?.severity == .warning)
        #expect(run.diagnostics.first?.message.contains("WITHOUT BEING IGNORED") == true)

        try folder.write(".gitignore", "*.csv\n")
        #expect(await codes(folder.url) == [])

        try git(["add", "-f", "log.csv"], in: folder.url)
        let tracked = await LogRun.read(folder.url.appendingPathComponent("log.csv"), display: "log.csv", checkGit: true)
        #expect(tracked.diagnostics.map(\.code) == ["case-log-tracked"])
        #expect(tracked.diagnostics.first?.message.contains("COMMITTED TO GIT") == true)

        // Declared synthetic beside it: exempt.
        try folder.write("log.yml", "synthetic: true\n")
        #expect(await codes(folder.url) == [])
    }

    @Test func aLogWithoutPersonalColumnsOrOutsideARepositoryIsNotWarnedAbout() async throws {
        let inRepo = try TestFolder()
        try git(["init", "-q"], in: inRepo.url)
        try inRepo.write("log.csv", LogRun.header + LogRun.good)
        #expect(await codes(inRepo.url) == [])

        let outside = try TestFolder()
        try outside.write("log.csv", Self.personal)
        #expect(await codes(outside.url) == [])
    }

    @Test func underStrictTheWarningStopsTheBuild() async throws {
        let folder = try TestFolder()
        try git(["init", "-q"], in: folder.url)
        try folder.write("log.csv", Self.personal)
        var pipeline = TestSupport.Fixtures.pipeline(strict: true)
        pipeline.cases = folder.url.appendingPathComponent("log.csv")
        pipeline.casesDisplay = "log.csv"
        let context = await pipeline.run(.check)
        #expect(context.diagnostics.items.map(\.code) == ["case-log-tracked"])
        #expect(context.hasFailures(strict: true))
        #expect(!context.hasFailures(strict: false))
    }
}

import TestSupport
