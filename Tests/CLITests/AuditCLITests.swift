import Foundation
import Testing

/// `escalate audit` as a user and CI meet it: the report's forms, annotations at the source's
/// lines, and exit codes (0 unless --strict and a check fails; 2 for a mistaken command line).
@Suite struct AuditCLITests {
    let cli = CLITests()

    @Test func textReportsEveryProcedureAndExitsZeroThoughChecksFail() throws {
        let r = try cli.run(["audit", "--today", "2026-11-23"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("herts: Resolution of Professional Differences including Escalations (policies/000_herts.md)\n"))
        #expect(r.stdout.contains("  fail            immediate-risk-route  The procedure names no route for a child at immediate risk"))
        #expect(r.stdout.hasSuffix("4 procedures audited on 2026-11-23: 17 passed, 12 failed, 3 not applicable\n"))
    }

    @Test func strictExitsOneWhenACheckFails() throws {
        let r = try cli.run(["audit", "--strict", "--today", "2026-11-23", "herts"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("6 passed, 2 failed"))
    }

    @Test func strictExitsZeroWhenEveryCheckPassesOrDoesNotApply() throws {
        let dir = try cli.brokenContent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let policy = dir.appendingPathComponent("content/policies/000_herts.md")
        // A sound copy of Hertfordshire with the two things its source lacks.
        let fixed = try String(contentsOf: CLITests.repoRoot.appendingPathComponent("content/policies/000_herts.md"), encoding: .utf8)
            .replacingOccurrences(of: "last-updated: 2025-05-21\n", with: "last-updated: 2025-05-21\nnext-review: 2027-05-21\n")
            .replacingOccurrences(of: "## Route: Concerns about", with: """
                ## Urgent: A child at immediate risk

                - **Kind:** immediate-risk
                - **When:** a child is at immediate risk of harm
                - **Contact:** the police on 999, or children's social care (the MASH)

                ## Route: Concerns about
                """)
        try fixed.write(to: policy, atomically: true, encoding: .utf8)
        let r = try cli.run(["audit", "--strict", "--today", "2026-11-23", "--content", "content", "herts"], in: dir)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("8 passed, 0 failed, 0 not applicable"))
        #expect(r.stdout.contains("'A child at immediate risk' says to contact the police and children's social care."))
    }

    @Test func jsonIsTheDocumentedShape() throws {
        let r = try cli.run(["audit", "--format", "json", "--today", "2026-11-23", "notts", "herts"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "escalate-audit")
        let procedures = try #require(object["procedures"] as? [[String: Any]])
        #expect(procedures.map { $0["id"] as? String } == ["notts", "herts"])
        #expect(procedures[0]["notApplicable"] as? Int == 3)
        let again = try cli.run(["audit", "--format", "json", "--today", "2026-11-23", "notts", "herts"])
        #expect(again.stdout == r.stdout)
    }

    @Test func githubAnnotatesFailuresAtTheirLines() throws {
        let r = try cli.run(["audit", "--diagnostics", "github", "--today", "2026-11-23", "cambs-pboro"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasPrefix("::warning file=content/policies/001_cambs-pboro.md,line=") })
        // The partnership's contact is reported at the `partnerships:` key.
        let source = try String(contentsOf: CLITests.repoRoot.appendingPathComponent("content/policies/001_cambs-pboro.md"), encoding: .utf8)
        let partnershipsLine = source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("partnerships:") }! + 1
        #expect(lines.contains { $0.contains(",line=\(partnershipsLine),title=escalate audit reachable-contact::") })
        #expect(r.stderr == "1 procedure audited on 2026-11-23: 5 passed, 3 failed, 0 not applicable\n")
        let strict = try cli.run(["audit", "--diagnostics", "github", "--strict", "--today", "2026-11-23", "cambs-pboro"])
        #expect(strict.status == 1)
        #expect(strict.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("::error ") })
    }

    @Test func mistakesOnTheCommandLineExitTwo() throws {
        let unknown = try cli.run(["audit", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: no procedure with id nope; the ids are: herts, cambs-pboro, hips, notts"))
        #expect(try cli.run(["audit", "--format", "xml"]).status == 2)
        #expect(try cli.run(["audit", "--today", "2026-02-30"]).status == 2)
    }
}
