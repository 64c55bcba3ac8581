import Foundation
import Model
import Testing
import TestSupport

/// The command line as a user meets it: exit codes, where messages go, their form.
@Suite struct CLITests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["ESCALATE_BIN"] { return URL(fileURLWithPath: path) }
        return repoRoot.appendingPathComponent(".build/debug/escalate")
    }

    /// - Parameter executable: another program to run instead (`script`, to give escalate a terminal).
    func run(_ arguments: [String], in directory: URL = CLITests.repoRoot, executable: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build escalate first (make test does)")
        let process = Process()
        process.executableURL = executable ?? Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func brokenContent() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repoRoot.appendingPathComponent("content"), to: dir.appendingPathComponent("content"))
        let policy = dir.appendingPathComponent("content/policies/000_herts.md")
        let text = try String(contentsOf: policy, encoding: .utf8)
            .replacingOccurrences(of: "last-updated: 2025-05-21", with: "last-updated: 2025-02-30")
            .replacingOccurrences(of: "## Stage 3: Third-tier", with: "## Stage 3 Third-tier")
        try text.write(to: policy, atomically: true, encoding: .utf8)
        return dir
    }

    @Test func checkPassesOnTheExampleContent() throws {
        let r = try run(["check", "--strict", "--today", "2026-11-23"])
        #expect(r.status == 0, "\(r.stderr)")
        // The front doors written 'phone: not-published' are noted, not warned about (issue 15).
        #expect(r.stderr == "checked 4 procedures and 800 case records (synthetic): no problems\n"
            + "note: 9 front doors have no published phone number (phone: not-published in site.yml): Cambridgeshire County Council children's services, "
            + "Peterborough City Council children's services, Hampshire County Council children's services, Hertfordshire County Council children's services, "
            + "Isle of Wight Council children's services, Nottingham City Council children's services, Nottinghamshire County Council children's services, "
            + "Portsmouth City Council children's services, Southampton City Council children's services; "
            + "readers are sent to https://www.gov.uk/report-child-abuse-to-local-council for the number\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func checkReportsEveryErrorAsFileLineColumnAndFails() throws {
        let dir = try brokenContent()
        let r = try run(["check", "--today", "2026-11-23"], in: dir)
        #expect(r.status == 1)
        let text = try String(contentsOf: dir.appendingPathComponent("content/policies/000_herts.md"), encoding: .utf8)
        let sourceLines = text.components(separatedBy: "\n")
        let dateLine = sourceLines.firstIndex { $0.hasPrefix("last-updated:") }! + 1
        let stageLine = sourceLines.firstIndex { $0.hasPrefix("## Stage 3 ") }! + 1
        #expect(r.stderr == """
            content/policies/000_herts.md:\(dateLine):15: error: 'last-updated' is not a real date: '2025-02-30' [invalid-date]
                help: write dates as YYYY-MM-DD (2025-05-21), or YYYY-MM (2018-05) when the source gives only a month
            content/policies/000_herts.md:\(stageLine):1: error: the stage heading 'Stage 3 Third-tier managers' has no colon after the number [stage-heading]
                help: write it as '## Stage 3: Third-tier managers'
            2 errors, 0 warnings

            """)
    }

    @Test func githubFormatWritesWorkflowAnnotations() throws {
        let dir = try brokenContent()
        let r = try run(["check", "--diagnostics", "github", "--today", "2026-11-23"], in: dir)
        #expect(r.status == 1)
        // For check, whose result is the diagnostics, annotations go to standard output.
        #expect(r.stdout.contains("::error file=content/policies/000_herts.md,line=23,col=15,title=escalate invalid-date::'last-updated' is not a real date: '2025-02-30'%0Awrite dates as"))
        #expect(!r.stderr.contains("::error"))
    }

    @Test func aFailedBuildDoesNotTouchOutput() throws {
        let dir = try brokenContent()
        let r = try run(["build", "--today", "2026-11-23"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("build stopped: output/ was left as it was"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("output").path))
    }

    @Test func modelPrintsTheNamedProceduresAsJSON() throws {
        let r = try run(["model", "hips", "herts", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let model = try ModelDocument.decode(Data(r.stdout.utf8))
        #expect(model.schemaVersion == ModelDocument.currentSchemaVersion)
        #expect(model.procedures.map(\.id) == ["hips", "herts"])
    }

    /// A mistake in one procedure does not stop a command about another: it is still printed.
    @Test func aProblemElsewhereDoesNotBlockTheProcedureAskedFor() throws {
        let dir = try brokenContent()
        let hips = try run(["model", "hips", "--today", "2026-11-23"], in: dir)
        #expect(hips.status == 0, "\(hips.stderr)")
        #expect(try ModelDocument.decode(Data(hips.stdout.utf8)).procedures.map(\.id) == ["hips"])
        #expect(hips.stderr.contains("[invalid-date]"))
        #expect(try run(["model", "herts", "--today", "2026-11-23"], in: dir).status == 1)
        #expect(try run(["model", "--today", "2026-11-23"], in: dir).status == 1)
    }

    @Test func modelRejectsAnUnknownProcedure() throws {
        let r = try run(["model", "hertfordshire"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no procedure with id hertfordshire; the ids are: herts, cambs-pboro, hips, notts"))
        #expect(r.stdout.isEmpty)
    }

    /// `--output content` (and `.`, `..`, an empty string) once deleted the author's files and
    /// exited 0. Each is refused before anything is read, with exit code 2, and nothing changes.
    @Test(arguments: ["content", ".", "..", "", "content/policies"])
    func outputFoldersThatWouldDestroyWorkAreRefused(_ output: String) throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        let before = try Fixtures.files(under: dir)
        let r = try run(["build", "--output", output, "--today", "2026-11-23"], in: dir)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains(": error: ") && r.stderr.contains("[output-refused]"))
        #expect(try Fixtures.files(under: dir) == before)
        // CI reading JSON gets the refusal as a diagnostic too.
        let json = try run(["build", "--output", output, "--diagnostics", "json"], in: dir)
        #expect(json.status == 2 && json.stdout.contains("\"code\" : \"output-refused\""))
    }

    /// check's result is its diagnostics, so machine formats go to standard output; the model
    /// command's standard output is the model, so its diagnostics stay on standard error.
    @Test func machineReadableDiagnosticsGoWhereToolsReadThem() throws {
        let dir = try brokenContent()
        let check = try run(["check", "--diagnostics", "json", "--today", "2026-11-23"], in: dir)
        #expect(check.status == 1)
        let list = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]]
        #expect(list?.compactMap { $0["code"] as? String }.contains("invalid-date") == true)
        let clean = try run(["check", "--diagnostics", "json", "--today", "2026-11-23"])
        #expect(clean.status == 0 && clean.stdout == "[]\n")
        let model = try run(["model", "--diagnostics", "json", "--today", "2026-11-23"], in: dir)
        #expect(model.status == 1)
        #expect(model.stdout.isEmpty)
        #expect(model.stderr.contains("\"code\" : \"invalid-date\""))
    }

    /// Exit codes: 0 success, 1 problems in the content, 2 a mistaken command line, 3 a problem
    /// of the machine (here Graphviz missing), which CI should tell apart.
    @Test func exitCodesTellContentFromCommandLineFromMachine() throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        let noDot = ["PATH": "/nonexistent"]
        #expect(try run(["build", "--today", "2026-11-23"], in: dir).status == 0)
        #expect(try run(["build", "--no-such-option"], in: dir).status == 2)
        let missing = try run(["build", "--today", "2026-11-23"], in: dir, environment: noDot)
        #expect(missing.status == 3, "\(missing.stderr)")
        #expect(missing.stderr.contains("[dot-missing]"))
        #expect(try run(["build", "--no-charts", "--today", "2026-11-23"], in: dir, environment: noDot).status == 0)
        #expect(try run(["check", "--no-charts", "--today", "2026-11-23"], in: dir, environment: noDot).status == 0)
        let broken = try brokenContent()
        #expect(try run(["check", "--today", "2026-11-23"], in: broken).status == 1)
    }

    @Test func missingContentFolderIsExplained() throws {
        let r = try run(["check", "--content", "no-such-folder"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no-such-folder: error: the content folder does not exist"))
    }
}

@Suite struct FlowchartCLITests {
    let cli = CLITests()

    @Test func printsDOT() throws {
        let r = try cli.run(["flowchart", "herts"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("digraph \"herts\" {"))
        #expect(r.stdout.contains("\"stage-4\" ["))
    }

    @Test func writesAPDFForPrint() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-\(UUID().uuidString).pdf")
        let r = try cli.run(["flowchart", "hips", "--format", "pdf", "--paper", "a3", "-o", file.path])
        guard r.stderr.contains("dot is not installed") == false else { return }
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = try Data(contentsOf: file)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        #expect(r.stdout.isEmpty)
    }

    /// cairo stamps PDFs in local time; the stamp must be the content's date in every zone.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz's dot is not installed"))
    func aPDFIsTheSameInEveryTimeZone() throws {
        var pdfs: [Data] = []
        for zone in ["UTC", "Europe/London", "Asia/Kolkata", "America/St_Johns"] {
            let r = try cli.run(["flowchart", "herts", "--format", "pdf"], environment: ["TZ": zone])
            #expect(r.status == 0, "\(zone): \(r.stderr)")
            pdfs.append(Data(r.stdout.utf8))
        }
        #expect(Set(pdfs).count == 1)
        #expect(String(decoding: pdfs[0], as: UTF8.self).contains("/CreationDate (D:20250521000000Z)"))
    }

    /// `-o chart.svg` means SVG, and a machine problem is exit code 3 with a plain message.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz's dot is not installed"))
    func theOutputFileNamesTheFormat() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-\(UUID().uuidString).svg")
        #expect(try cli.run(["flowchart", "herts", "-o", file.path]).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("<svg"))
        let unwritable = try cli.run(["flowchart", "herts", "-o", "/nonexistent-\(UUID().uuidString)/x.dot"])
        #expect(unwritable.status == 3)
        #expect(unwritable.stderr.hasPrefix("error: could not write"))
        let noDot = try cli.run(["flowchart", "herts", "--format", "svg"], environment: ["PATH": "/nonexistent"])
        #expect(noDot.status == 3)
        #expect(noDot.stderr.contains("Graphviz's dot is not installed"))
    }

    @Test func explainsWhyThereIsNoChart() throws {
        let notts = try cli.run(["flowchart", "notts"])
        #expect(notts.status != 0)
        #expect(notts.stderr.contains("notts has no flowchart: its source does not list its stages"))
        let sub = try cli.run(["flowchart", "herts", "--sub", "nothing"])
        #expect(sub.stderr.contains("herts has no chart 'nothing'; its charts are: flowchart, sub-procedure-challenging"))
    }
}

@Suite struct DeadlinesCLITests {
    let cli = CLITests()

    @Test func listsEachStagesLatestDateAcrossEaster() throws {
        let r = try cli.run(["deadlines", "hips", "--raised", "2025-04-16"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Stage 1: Discussion with line manager") && $0.contains("Tuesday 22 April 2025") && $0.hasSuffix("2 working days from the date raised") })
        #expect(lines.contains { $0.hasPrefix("Stage 5:") && $0.contains("Friday 2 May 2025") && $0.hasSuffix("2 working days after Stage 4") })
        #expect(r.stderr.isEmpty)
    }

    /// The JSON has what the text has: the stages, then each sub-procedure's steps.
    @Test func jsonListsTheSubProceduresStepsToo() throws {
        let r = try cli.run(["deadlines", "herts", "--format", "json", "--raised", "2024-12-20"])
        #expect(r.status == 0, "\(r.stderr)")
        let all = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let subs = try #require(all.first?["subProcedures"] as? [[String: Any]])
        #expect(subs.count == 1)
        let steps = try #require(subs[0]["steps"] as? [[String: Any]])
        #expect(steps.map { $0["label"] as? String } == ["Step 1", "Step 2", "Step 3", "Step 4"])
        #expect(steps[3]["latest"] as? String == "2024-12-23")
        #expect((subs[0]["wholeProcess"] as? [String: Any])?["latest"] as? String == "2024-12-23")
    }

    @Test func warnsBeyondTheCalendarsYears() throws {
        let r = try cli.run(["deadlines", "herts", "--raised", "2030-01-07"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("has bank holidays for 2018–2028 only"))
    }

    @Test func rejectsABadDate() throws {
        let r = try cli.run(["deadlines", "herts", "--raised", "2025-02-30"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--raised must be a date in YYYY-MM-DD form, not '2025-02-30'"))
    }
}

@Suite struct ThemeCLITests {
    let cli = CLITests()

    /// `escalate theme export content/theme` in a copy of the example, then a build with it:
    /// the same site as without a theme, since the exported templates are the built-in ones.
    @Test func exportsTheBuiltInThemeThatBuildsTheSameSite() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.repoRoot.appendingPathComponent("content"), to: dir.appendingPathComponent("content"))

        let plain = try cli.run(["build", "--today", "2026-11-23", "--output", "plain"], in: dir)
        #expect(plain.status == 0, "\(plain.stderr)")
        let export = try cli.run(["theme", "export", "content/theme"], in: dir)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.hasPrefix("wrote the built-in theme into content/theme/ ("))
        #expect(export.stdout.isEmpty)
        let theme = dir.appendingPathComponent("content/theme")
        for path in ["README.md", "theme.yml", "templates/layout.mustache", "templates/procedure.mustache", "built-in/style.css", "built-in/deadlines.js"] {
            #expect(FileManager.default.fileExists(atPath: theme.appendingPathComponent(path).path), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: theme.appendingPathComponent("style.css").path))

        let themed = try cli.run(["build", "--strict", "--today", "2026-11-23", "--output", "themed"], in: dir)
        #expect(themed.status == 0, "\(themed.stderr)")
        func files(_ name: String) throws -> [String: Data] {
            let base = dir.appendingPathComponent(name)
            var out: [String: Data] = [:]
            for path in try FileManager.default.subpathsOfDirectory(atPath: base.path) {
                let url = base.appendingPathComponent(path)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    out[path] = try Data(contentsOf: url)
                }
            }
            return out
        }
        let a = try files("plain"), b = try files("themed")
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
    }

    @Test func refusesToReplaceFilesWithoutForce() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-cli-\(UUID().uuidString)")
        let footer = dir.appendingPathComponent("theme/templates/footer.mustache")
        try FileManager.default.createDirectory(at: footer.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("<footer>ours</footer>".utf8).write(to: footer)

        let refused = try cli.run(["theme", "export", "theme"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: 1 file is already in theme: templates/footer.mustache; nothing was written (--force replaces them; no other file is touched)\n")
        #expect(try Data(contentsOf: footer) == Data("<footer>ours</footer>".utf8))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("theme/README.md").path))

        let forced = try cli.run(["theme", "export", "theme", "--force"], in: dir)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("1 of them replaced"))
        #expect(try String(contentsOf: footer, encoding: .utf8).hasPrefix("<footer class=\"site-footer\">"))
    }
}
