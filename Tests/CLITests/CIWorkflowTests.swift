import Foundation
import Testing
import TestSupport
import Yams

/// The example CI workflows (docs/ci/), read as the CI services read them: each installs what
/// scripts/install-deps installs, checks with annotations, builds and publishes output/; and the
/// escalate commands they run succeed on the bundled content.
@Suite struct CIWorkflowTests {
    let cli = CLITests()
    static let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")

    static func yaml(_ name: String) throws -> [String: Any] {
        let text = try String(contentsOf: CLITests.repoRoot.appendingPathComponent("docs/ci/\(name)"), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    /// Every shell line of the GitHub workflow's `run:` steps, job by job in file order.
    static func githubLines() throws -> [String: [String]] {
        let jobs = try #require(try yaml("github-actions.yml")["jobs"] as? [String: Any])
        var out: [String: [String]] = [:]
        for (name, job) in jobs {
            let steps = ((job as? [String: Any])?["steps"] as? [[String: Any]]) ?? []
            out[name] = steps.compactMap { $0["run"] as? String }.flatMap { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } }
        }
        return out
    }

    /// Every shell line of the GitLab jobs' `before_script` (from `default`) and `script`.
    static func gitlabLines() throws -> (before: [String], jobs: [String: [String]]) {
        let root = try yaml("gitlab-ci.yml")
        func lines(_ value: Any?) -> [String] {
            ((value as? [String]) ?? []).flatMap { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } }
        }
        let before = lines((root["default"] as? [String: Any])?["before_script"])
        var jobs: [String: [String]] = [:]
        for (name, job) in root {
            guard let job = job as? [String: Any], job["script"] != nil else { continue }
            jobs[name] = lines(job["script"])
        }
        return (before, jobs)
    }

    static func escalateCommands(_ lines: [String]) -> [[String]] {
        lines.filter { $0.hasPrefix("escalate ") && $0 != "escalate --version" }.map { $0.split(separator: " ").dropFirst().map(String.init) }
    }

    /// The packages scripts/install-deps installs (its `packages=(…)` line).
    static func systemPackages() throws -> [String] {
        let script = try String(contentsOf: CLITests.repoRoot.appendingPathComponent("scripts/install-deps"), encoding: .utf8)
        let line = try #require(script.split(separator: "\n").first { $0.hasPrefix("packages=(") })
        return line.dropFirst("packages=(".count).prefix { $0 != ")" }.split(separator: " ").map(String.init)
    }

    static func installLine(_ lines: [String]) -> [String] {
        lines.first { $0.hasPrefix("apt-get install") }.map { $0.split(separator: " ").map(String.init) } ?? []
    }

    @Test func theGitHubWorkflowInstallsChecksBuildsAndPublishes() throws {
        let jobs = try Self.githubLines()
        let site = try #require(jobs["site"])
        let installed = Self.installLine(site)
        for package in try Self.systemPackages() { #expect(installed.contains(package), "\(package)") }
        let commands = Self.escalateCommands(site)
        #expect(commands.first == ["check", "--strict", "--diagnostics", "github"])
        #expect(commands.contains { $0.first == "build" && $0.contains("--strict") && $0.suffix(2) == ["--output", "output"] })
        // The built output/ is what is published.
        let root = try Self.yaml("github-actions.yml")
        let steps = try #require(((root["jobs"] as? [String: Any])?["site"] as? [String: Any])?["steps"] as? [[String: Any]])
        let upload = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/upload-pages-artifact@") == true })
        #expect((upload["with"] as? [String: Any])?["path"] as? String == "output")
        let publish = try #require((root["jobs"] as? [String: Any])?["publish"] as? [String: Any])
        #expect(publish["needs"] as? String == "site")
        #expect(((publish["steps"] as? [[String: Any]]) ?? []).contains { ($0["uses"] as? String)?.hasPrefix("actions/deploy-pages@") == true })
    }

    @Test func theGitLabPipelineInstallsChecksBuildsAndPublishes() throws {
        let (before, jobs) = try Self.gitlabLines()
        let installed = Self.installLine(before)
        for package in try Self.systemPackages() { #expect(installed.contains(package), "\(package)") }
        #expect(Self.escalateCommands(try #require(jobs["check"])) == [["check", "--strict"]])
        let pages = try #require(jobs["pages"])
        #expect(Self.escalateCommands(pages) == [["build", "--strict", "--output", "output"]])
        #expect(pages.last == "mv output public")
        let root = try Self.yaml("gitlab-ci.yml")
        #expect(((root["pages"] as? [String: Any])?["artifacts"] as? [String: Any])?["paths"] as? [String] == ["public"])
    }

    /// The commands the workflows run, in their order, on a copy of the bundled content: each
    /// succeeds, annotations (none) go to standard output, and the build writes the site.
    @Test(.enabled(if: hasDot, "Graphviz's dot is not installed"))
    func theWorkflowsCommandsSucceedOnTheBundledContent() throws {
        var commands = Self.escalateCommands(try #require(try Self.githubLines()["site"]))
        let gitlab = try Self.gitlabLines().jobs
        for job in ["check", "site", "pages"] { commands += Self.escalateCommands(gitlab[job] ?? []) }
        var seen = Set<[String]>()
        commands = commands.filter { seen.insert($0).inserted }
        #expect(commands.count >= 3)
        for command in commands {
            let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
            let r = try cli.run(command, in: dir)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            if command.contains("github") { #expect(r.stdout.isEmpty, "\(command): \(r.stdout)") }
            if command.first == "build" {
                #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("output/index.html").path))
            }
        }
    }
}
