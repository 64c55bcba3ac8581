import Foundation
import Model
import Testing
import TestSupport

/// `--dates-from-git`, and the progress line on a terminal.
@Suite struct DatesFromGitCLITests {
    let cli = CLITests()
    static let hasGit = GitFixture.available

    func git(_ arguments: [String], in repo: URL, date: String? = nil) throws {
        try GitFixture(repository: repo).git(arguments, date: date)
    }

    func lastUpdated(_ output: URL) throws -> [String: String] {
        let model = try ModelDocument.decode(Data(contentsOf: output.appendingPathComponent("model.json")))
        return Dictionary(uniqueKeysWithValues: model.procedures.map { ($0.id, $0.lastUpdated?.description ?? "none") })
    }

    @Test(.enabled(if: hasGit, "git is not installed"))
    func lastUpdatedComesFromTheLastCommitOnlyWhenAsked() throws {
        let repo = try Fixtures.temporaryFolder()
        try FileManager.default.copyItem(at: Fixtures.content, to: repo.appendingPathComponent("content"))
        try git(["init", "-q"], in: repo)
        try git(["add", "content"], in: repo)
        try git(["commit", "-q", "-m", "first"], in: repo, date: "2024-02-03T12:00:00+00:00")
        try Fixtures.edit(repo.appendingPathComponent("content"), "policies/000_herts.md") { $0 + "\n## Further reading\n\nAsk the partnership team.\n" }
        try git(["commit", "-q", "-a", "-m", "second"], in: repo, date: "2026-06-15T09:30:00+01:00")

        let plain = try cli.run(["build", "--no-charts", "--output", "plain"], in: repo)
        #expect(plain.status == 0, "\(plain.stderr)")
        let fromContent = try lastUpdated(repo.appendingPathComponent("plain"))
        #expect(fromContent["herts"] == "2025-05-21")

        let dated = try cli.run(["build", "--no-charts", "--dates-from-git", "--output", "dated"], in: repo)
        #expect(dated.status == 0, "\(dated.stderr)")
        let fromGit = try lastUpdated(repo.appendingPathComponent("dated"))
        #expect(fromGit["herts"] == "2026-06-15")
        #expect(fromGit["hips"] == "2024-02-03" && fromGit["notts"] == "2024-02-03")
        // The page shows it too.
        let page = try String(contentsOf: repo.appendingPathComponent("dated/herts/index.html"), encoding: .utf8)
        #expect(page.contains("15 June 2026"))
    }

    @Test func outsideAGitWorkTreeItIsAProblemOfTheMachine() throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        let r = try cli.run(["build", "--no-charts", "--dates-from-git"], in: dir, environment: ["GIT_CEILING_DIRECTORIES": dir.deletingLastPathComponent().path])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("[git-dates]"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("output").path))
    }

    /// On a terminal, one line that each step rewrites and the end clears; in a pipe, nothing
    /// (the other CLI tests compare standard error exactly).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux's script is not installed"))
    func aTerminalSeesAProgressLine() throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        let command = "'\(CLITests.binary.path)' check --no-charts --today 2026-11-23"
        let r = try cli.run(["-qec", command, "/dev/null"], in: dir, executable: URL(fileURLWithPath: "/usr/bin/script"), environment: ["TERM": "xterm"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("\r\u{1B}[K[1/11] read done"))
        #expect(r.stdout.contains("[11/11] links done\r\u{1B}[K"))
        #expect(r.stdout.contains("checked 4 procedures"))
        let piped = try cli.run(["check", "--no-charts", "--today", "2026-11-23"], in: dir)
        #expect(!piped.stderr.contains("\u{1B}"))
    }
}
