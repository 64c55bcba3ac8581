import Foundation
import Testing
import TestSupport

/// `escalate init`: a new partnership's folder whose procedure `check` holds back until every
/// placeholder is replaced, and which then checks and builds clean.
@Suite struct InitCLITests {
    let cli = CLITests()
    static let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")

    func freshProject() throws -> URL {
        let parent = try Fixtures.temporaryFolder()
        let r = try cli.run(["init", "partnership"], in: parent)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("escalate check"))
        return parent.appendingPathComponent("partnership")
    }

    @Test func writesTheStartingPointOfAPartnershipsRepository() throws {
        let dir = try freshProject()
        let written = try Fixtures.files(under: dir).keys.sorted()
        #expect(written == [
            ".github/workflows/escalate.yml", ".gitignore", ".gitlab-ci.yml",
            "content/calendars/bank-holidays.json", "content/policies/000_procedure.md", "content/site.yml", "content/theme/README.md",
        ])
        // The calendar is the bundled one, carried in the binary.
        let calendar = try Data(contentsOf: dir.appendingPathComponent("content/calendars/bank-holidays.json"))
        #expect(calendar == (try Data(contentsOf: CLITests.repoRoot.appendingPathComponent("content/calendars/bank-holidays.json"))))
        // The workflows are the documented examples.
        #expect(try Data(contentsOf: dir.appendingPathComponent(".github/workflows/escalate.yml"))
                == Data(contentsOf: CLITests.repoRoot.appendingPathComponent("docs/ci/github-actions.yml")))
        #expect(try Data(contentsOf: dir.appendingPathComponent(".gitlab-ci.yml"))
                == Data(contentsOf: CLITests.repoRoot.appendingPathComponent("docs/ci/gitlab-ci.yml")))
        let ignore = try String(contentsOf: dir.appendingPathComponent(".gitignore"), encoding: .utf8).split(separator: "\n")
        for entry in ["/output/", "/statistics/", "/content/cases/"] {
            #expect(ignore.contains(Substring(entry)), "\(entry)")
        }
        // No placeholder date is left: the template is dated the day it was made.
        let procedure = try String(contentsOf: dir.appendingPathComponent("content/policies/000_procedure.md"), encoding: .utf8)
        #expect(!procedure.contains("@TODAY@") && !procedure.contains("@NEXT_REVIEW@"))
    }

    /// Every label of the format is in the template, so an author sees each one in place.
    @Test func theTemplateHasEveryLabelOfTheFormat() throws {
        let dir = try freshProject()
        let procedure = try String(contentsOf: dir.appendingPathComponent("content/policies/000_procedure.md"), encoding: .utf8)
        let facts = ["Who", "Timescale", "Type", "Starts when", "Escalates to", "Record", "Notify", "Members", "Outcome", "Outcomes",
                     "To", "By", "How", "When", "Kind", "Relation", "Contact", "Leads to", "Applies when"]
        for label in facts { #expect(procedure.contains("- **\(label):**"), "\(label)") }
        let headings = ["## Urgent: ", "## Route: ", "## At every stage", "## Stage 1: ", "## Sub-procedure: ", "### Step 1: ",
                        "## Categories of disagreement", "## Concern template"]
        for heading in headings { #expect(procedure.contains("\n" + heading), "\(heading)") }
        let keys = ["id", "title", "summary", "partnerships", "contacts", "version", "approved", "reviewed", "last-updated",
                    "next-review", "amendments", "calendar", "print", "timescale-note"]
        for key in keys { #expect(procedure.contains("\n\(key):"), "\(key)") }
        for key in ["email", "phone", "url", "address", "partnership", "note", "contact"] {
            #expect(procedure.contains("    \(key): "), "\(key)")
        }
    }

    /// `check` on a fresh project reports the placeholders, each at its line, and the site facts
    /// only the partnership knows (who runs the site, the accessibility statement's), nothing
    /// else; with them given it passes under `--strict`, and the site builds.
    @Test(.enabled(if: hasDot, "Graphviz's dot is not installed"))
    func checkReportsExactlyThePlaceholdersUntilTheyAreReplaced() throws {
        let dir = try freshProject()
        let file = dir.appendingPathComponent("content/policies/000_procedure.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        var expected: [String] = []
        for (index, line) in lines.enumerated() {
            var rest = line[...]
            while let range = rest.range(of: "TODO") {
                expected.append("\(index + 1):\(line.distance(from: line.startIndex, to: range.lowerBound) + 1)")
                rest = rest[range.upperBound...]
            }
        }
        #expect(expected.count >= 20)
        let r = try cli.run(["check", "--diagnostics", "json", "--today", "2026-11-23"], in: dir)
        #expect(r.status == 1, "\(r.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let siteFacts = list.filter { ($0["location"] as? [String: Any])?["file"] as? String == "content/site.yml" }
        #expect(Set(siteFacts.compactMap { $0["code"] as? String }) == ["site-owner", "accessibility-fact"], "\(r.stdout)")
        let placeholders = list.filter { ($0["location"] as? [String: Any])?["file"] as? String != "content/site.yml" }
        #expect(placeholders.compactMap { $0["code"] as? String }.filter { $0 != "placeholder" } == [], "\(r.stdout)")
        let found = placeholders.compactMap { $0["location"] as? [String: Any] }.map { "\($0["line"] ?? 0):\($0["column"] ?? 0)" }
        #expect(found == expected)
        #expect(Set(placeholders.compactMap { ($0["location"] as? [String: Any])?["file"] as? String }) == ["content/policies/000_procedure.md"])

        // The author writes in each place (here: the instruction becomes the text).
        let filled = text.replacingOccurrences(of: "TODO: ", with: "")
        #expect(!filled.contains("TODO"))
        try filled.write(to: file, atomically: true, encoding: .utf8)
        let site = dir.appendingPathComponent("content/site.yml")
        // The commented example blocks of owner:, accessibility: and privacy: are uncommented.
        let starter = try String(contentsOf: site, encoding: .utf8)
        let facts = starter.components(separatedBy: "\n").map { line -> String in
            let body = line.dropFirst(2)
            let key = (body.hasPrefix("  ") ? body.dropFirst(2) : body).prefix { $0 != ":" }
            guard line.hasPrefix("# "), !key.isEmpty, key.allSatisfy({ ("a"..."z").contains($0) || $0 == "-" }),
                  body.dropFirst(body.hasPrefix("  ") ? 2 + key.count : key.count).first == ":" else { return line }
            return String(line.dropFirst(2))
        }.joined(separator: "\n")
        #expect(facts.contains("\nowner:\n") && facts.contains("\naccessibility:\n") && facts.contains("\nprivacy:\n"))
        // Uncommented as they stand, the examples' example.org addresses are placeholders to replace.
        try facts.write(to: site, atomically: true, encoding: .utf8)
        let unreplaced = try cli.run(["check", "--diagnostics", "json", "--today", "2026-11-23"], in: dir)
        let unreplacedList = try #require(try JSONSerialization.jsonObject(with: Data(unreplaced.stdout.utf8)) as? [[String: Any]])
        #expect(!unreplacedList.isEmpty && unreplacedList.allSatisfy { $0["code"] as? String == "placeholder-address" }, "\(unreplaced.stdout)")
        // The author gives the partnership's own addresses.
        try facts.replacingOccurrences(of: "example.org", with: "escalate-tests.org.uk").write(to: site, atomically: true, encoding: .utf8)
        let clean = try cli.run(["check", "--strict", "--today", "2026-11-23"], in: dir)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stderr == "checked 1 procedure: no problems\n")
        let build = try cli.run(["build", "--strict", "--today", "2026-11-23"], in: dir)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("output/our-procedure/flowchart.pdf").path))
    }

    /// A folder with anything in it is refused (a usage error) and left exactly as it was;
    /// one holding only `.git`, as `git init` leaves it, is accepted.
    @Test func refusesAFolderThatIsNotEmpty() throws {
        let parent = try Fixtures.temporaryFolder()
        let existing = parent.appendingPathComponent("existing")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: existing.appendingPathComponent("notes.txt"))
        let before = try Fixtures.files(under: existing)
        let r = try cli.run(["init", "existing"], in: parent)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("existing is not empty (it holds notes.txt)"))
        #expect(try Fixtures.files(under: existing) == before)

        let file = parent.appendingPathComponent("a-file")
        try Data().write(to: file)
        #expect(try cli.run(["init", "a-file"], in: parent).status == 2)

        let repository = parent.appendingPathComponent("repository")
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let git = try cli.run(["init"], in: repository)
        #expect(git.status == 0, "\(git.stderr)")
        #expect(FileManager.default.fileExists(atPath: repository.appendingPathComponent("content/site.yml").path))
    }
}
