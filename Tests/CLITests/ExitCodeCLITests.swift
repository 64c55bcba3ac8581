import Foundation
import Testing
import TestSupport

/// The exit codes README.md's "Exit codes" section promises, each from the real binary: CI
/// scripts branch on them, so each is a contract.
@Suite struct ExitCodeCLITests {
    let cli = CLITests()
    static let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")

    /// A copy of the examples whose Stage 1 of Hertfordshire no longer says who it escalates
    /// to: a warning, at the stage's heading (its line is returned).
    static func contentWithAWarning() throws -> (folder: URL, line: Int) {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        let policy = dir.appendingPathComponent("content/policies/000_herts.md")
        let text = try String(contentsOf: policy, encoding: .utf8)
        let fact = "- **Escalates to:** the second-tier manager in each agency, for example a Service Manager\n"
        #expect(text.contains(fact))
        try text.replacingOccurrences(of: fact, with: "").write(to: policy, atomically: true, encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("## Stage 1:") }) + 1
        return (dir, line)
    }

    /// 3: the output folder cannot be written (here its parent is a regular file, which even
    /// root cannot make a folder in); the build says so and nothing is left behind.
    @Test func anUnwritableOutputFolderIsAProblemOfTheMachine() throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        try Data("not a folder\n".utf8).write(to: dir.appendingPathComponent("blocker"))
        let r = try cli.run(["build", "--no-charts", "--output", "blocker/site", "--today", "2026-11-23"], in: dir)
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("blocker/site: error: could not write") && r.stderr.contains("[output]"))
        #expect(r.stderr.contains("build stopped: blocker/site/ was left as it was"))
        #expect(try String(contentsOf: dir.appendingPathComponent("blocker"), encoding: .utf8) == "not a folder\n")
    }

    /// 3: a file someone put into output/ after the last build is never deleted; the build stops.
    @Test func aForeignFileInTheOutputIsAProblemOfTheMachine() throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        #expect(try cli.run(["build", "--no-charts", "--today", "2026-11-23"], in: dir).status == 0)
        try Data("example.org\n".utf8).write(to: dir.appendingPathComponent("output/CNAME"))
        let r = try cli.run(["build", "--no-charts", "--today", "2026-11-23"], in: dir)
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("[output-foreign]"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("output/CNAME").path))
    }

    /// 3: Graphviz missing during `build` (and `check`, which renders the charts too); with
    /// `--no-charts` it is not needed. The message says what to install.
    @Test func aMissingDotIsAProblemOfTheMachine() throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        let noDot = ["PATH": "/nonexistent"]
        for command in ["build", "check"] {
            let r = try cli.run([command, "--today", "2026-11-23"], in: dir, environment: noDot)
            #expect(r.status == 3, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("dot: error: ") && r.stderr.contains("[dot-missing]"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("output").path))
    }

    /// 2: a mistaken command line, whatever the mistake, and nothing is read or written.
    @Test(arguments: [["build", "--no-such-option"], ["check", "--today", "23/11/2026"], ["build", "--output", "content"],
                      ["model", "no-such-procedure"], ["no-such-command"], ["build", "--diagnostics", "xml"]])
    func aMistakenCommandLineIsTwo(_ arguments: [String]) throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        let r = try cli.run(arguments, in: dir)
        #expect(r.status == 2, "\(arguments): \(r.stderr)")
        #expect(!r.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("output").path))
    }

    /// 1: problems in the content; and a warning only under `--strict`.
    @Test func problemsInTheContentAreOne() throws {
        let dir = try cli.brokenContent()
        #expect(try cli.run(["check", "--no-charts", "--today", "2026-11-23"], in: dir).status == 1)
        #expect(try cli.run(["build", "--no-charts", "--today", "2026-11-23"], in: dir).status == 1)
        let warned = try Self.contentWithAWarning().folder
        let lenient = try cli.run(["check", "--no-charts", "--today", "2026-11-23"], in: warned)
        #expect(lenient.status == 0 && lenient.stderr.contains("warning: ") && lenient.stderr.contains("[missing-escalates-to]"), "\(lenient.stderr)")
        #expect(try cli.run(["check", "--no-charts", "--strict", "--today", "2026-11-23"], in: warned).status == 1)
    }

    /// The GitHub annotation form from the binary: one `::error` or `::warning` workflow command
    /// per problem on standard output, the file relative to where escalate ran, line and column,
    /// `escalate <code>` as the title, the help after an escaped newline; under `--strict` a
    /// warning is annotated as the error that stopped the run.
    @Test func githubAnnotationsAreWorkflowCommands() throws {
        let (dir, line) = try Self.contentWithAWarning()
        let r = try cli.run(["check", "--no-charts", "--diagnostics", "github", "--today", "2026-11-23"], in: dir)
        #expect(r.status == 0)
        let annotations = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(annotations.count == 2 && annotations.last == "", "\(r.stdout)")
        let annotation = String(annotations[0])
        #expect(annotation.hasPrefix("::warning file=content/policies/000_herts.md,line=\(line),col=1,title=escalate missing-escalates-to::"), "\(annotation)")
        #expect(annotation.contains("%0A"))
        let strict = try cli.run(["check", "--no-charts", "--strict", "--diagnostics", "github", "--today", "2026-11-23"], in: dir)
        #expect(strict.status == 1)
        #expect(strict.stdout == annotation.replacingOccurrences(of: "::warning ", with: "::error ") + "\n")
        #expect(!strict.stderr.contains("::"))
    }

    /// The JSON form: a list of objects with the fields the README shows.
    @Test func jsonDiagnosticsHaveTheDocumentedFields() throws {
        let dir = try cli.brokenContent()
        let r = try cli.run(["check", "--no-charts", "--diagnostics", "json", "--today", "2026-11-23"], in: dir)
        #expect(r.status == 1)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 2)
        for item in list {
            #expect(Set(item.keys) == ["code", "help", "location", "message", "severity"])
            #expect(Set((item["location"] as? [String: Any])?.keys ?? [:].keys) == ["column", "file", "line"])
        }
        #expect(list.first?["code"] as? String == "invalid-date")
    }
}
