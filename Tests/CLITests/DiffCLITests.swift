import Foundation
import Testing
import TestSupport

/// `escalate diff` from the binary: two content folders, a git revision range, the formats,
/// and the exit codes.
@Suite struct DiffCLITests {
    let cli = CLITests()
    static let hasGit = GitFixture.available

    /// A folder with `old/` (the examples) and `new/` (the examples with Hertfordshire's Stage 2
    /// renamed and its Stage 3 shortened).
    func pair() throws -> URL {
        let dir = try Fixtures.temporaryFolder()
        for side in ["old", "new"] {
            try FileManager.default.copyItem(at: Fixtures.content, to: dir.appendingPathComponent(side))
        }
        try edit(dir.appendingPathComponent("new"))
        return dir
    }

    func edit(_ content: URL) throws {
        try Fixtures.edit(content, "policies/000_herts.md") {
            $0.replacingOccurrences(of: "## Stage 2: Second-tier managers", with: "## Stage 2: Service managers")
                .replacingOccurrences(of: "- **Timescale:** 10 working days from the date raised", with: "- **Timescale:** 8 working days from the date raised")
        }
    }

    @Test func comparesTwoContentFolders() throws {
        let dir = try pair()
        let r = try cli.run(["diff", "old", "new"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            herts: Resolution of Professional Differences including Escalations (2 changes)
              Stage 2: Service managers: renamed from 'Second-tier managers'
              Stage 3: Third-tier managers: timescale changed from 'within 10 working days from the date raised; sooner if urgent, and always within the child’s timescales' to 'within 8 working days from the date raised; sooner if urgent, and always within the child’s timescales'

            """)
        let markdown = try cli.run(["diff", "old", "new", "--format", "markdown"], in: dir)
        #expect(markdown.status == 0 && markdown.stdout.hasPrefix("### Changes to the procedures\n\nBetween `old` and `new`.\n"))
        let json = try cli.run(["diff", "old", "new", "--format", "json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "escalate-diff")
        #expect((object["procedures"] as? [[String: Any]])?.count == 1)
        let same = try cli.run(["diff", "old", "old"], in: dir)
        #expect(same.status == 0 && same.stdout == "no changes a reader would notice between old and old\n")
    }

    @Test func exitCodes() throws {
        let dir = try pair()
        #expect(try cli.run(["diff", "old", "missing"], in: dir).status == 2)
        #expect(try cli.run(["diff", "old"], in: dir).status == 2)
        #expect(try cli.run(["diff", "old", "new", "--format", "html"], in: dir).status == 2)
        try Fixtures.edit(dir.appendingPathComponent("new"), "policies/002_hips.md") { $0.replacingOccurrences(of: "id: hips", with: "id: HIPS") }
        let broken = try cli.run(["diff", "old", "new"], in: dir)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("new/policies/002_hips.md:") && broken.stdout.isEmpty)
    }

    /// `A..B` compares the content folder as committed at two revisions, without touching the
    /// work tree; a revision that looks like an option is refused.
    @Test(.enabled(if: hasGit, "git is not installed"))
    func comparesTwoRevisions() throws {
        let repo = try Fixtures.temporaryFolder()
        func git(_ arguments: [String]) throws { try GitFixture(repository: repo).git(arguments) }
        try FileManager.default.copyItem(at: Fixtures.content, to: repo.appendingPathComponent("content"))
        try git(["init", "-q"])
        try git(["add", "content"])
        try git(["commit", "-q", "-m", "first"])
        try edit(repo.appendingPathComponent("content"))
        try git(["commit", "-q", "-a", "-m", "second"])
        // An uncommitted edit is not part of either revision.
        try Fixtures.edit(repo.appendingPathComponent("content"), "policies/002_hips.md") { $0 + "\n## Extra\n\nMore.\n" }
        let before = try Fixtures.files(under: repo.appendingPathComponent("content"))
        let r = try cli.run(["diff", "HEAD~1..HEAD"], in: repo)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("herts: Resolution of Professional Differences including Escalations (2 changes)\n"))
        #expect(try cli.run(["diff", "HEAD~1.."], in: repo).stdout == r.stdout)
        #expect(try Fixtures.files(under: repo.appendingPathComponent("content")) == before)
        let markdown = try cli.run(["diff", "HEAD~1..HEAD", "--format", "markdown"], in: repo)
        #expect(markdown.stdout.contains("Between `HEAD~1:content` and `HEAD:content`."))
        #expect(try cli.run(["diff", "--", "--output=/tmp/x..HEAD"], in: repo).status == 2)
        #expect(try cli.run(["diff", "no-such-branch..HEAD"], in: repo).status == 2)
        // Without git it is a problem of the machine.
        let noGit = try cli.run(["diff", "HEAD~1..HEAD"], in: repo, environment: ["PATH": "/nonexistent"])
        #expect(noGit.status == 3 && noGit.stderr.contains("git is not installed"))
    }
}
