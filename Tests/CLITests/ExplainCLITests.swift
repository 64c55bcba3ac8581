import Foundation
import Testing

/// `escalate explain` as a user meets it: the catalogue entry of a code, retired codes lead
/// to their successor, an unknown code exits 2 with the nearest codes.
@Suite struct ExplainCLITests {
    let cli = CLITests()

    @Test func explainsACode() throws {
        let r = try cli.run(["explain", "unknown-key"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("unknown-key: Unknown key (error)\n\n"))
        #expect(r.stdout.contains("\nExample: 'last-updated' misspelt.\n"))
        #expect(r.stdout.contains("\nFix: "))
        #expect(r.stdout.hasSuffix("More: docs/diagnostics.md#unknown-key\n"))
        #expect(r.stderr.isEmpty)
    }

    @Test func aRetiredCodeLeadsToItsSuccessor() throws {
        let r = try cli.run(["explain", "front-matter-syntax"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("front-matter-syntax is retired; its problems are now reported as yaml-syntax.\nRenamed"))
        #expect(r.stdout.contains("\n\nyaml-syntax: YAML that does not parse (error)\n"))
    }

    @Test func anUnknownCodeExitsTwoWithTheNearestCodes() throws {
        let r = try cli.run(["explain", "yaml-syntx"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "error: 'yaml-syntx' is not a diagnostic code; did you mean 'yaml-syntax'?\nrun 'escalate explain' to list every code\n")
        let far = try cli.run(["explain", "no-such-thing-at-all"])
        #expect(far.status == 2)
        #expect(far.stderr.hasPrefix("error: 'no-such-thing-at-all' is not a diagnostic code\n"))
    }

    /// A code retired with no code in its place (its check moved to `escalate audit`) says so
    /// and where it went.
    @Test func aCodeRetiredIntoTheAuditSaysWhereItWent() throws {
        let r = try cli.run(["explain", "review-overdue"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("review-overdue is retired. No longer a diagnostic"))
        #expect(r.stdout.contains("review-date"))
        #expect(r.stdout.contains("escalate audit"))
    }

    @Test func withoutACodeListsEveryCode() throws {
        let r = try cli.run(["explain"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 50)
        #expect(lines.contains { $0.hasPrefix("title-mismatch ") && $0.hasSuffix("(warning)") })
        #expect(!lines.contains { $0.hasPrefix("review-overdue ") })
        #expect(lines.contains { $0.hasPrefix("yaml-syntax ") })
        #expect(lines.map { $0.split(separator: " ")[0] } == lines.map { $0.split(separator: " ")[0] }.sorted())
    }
}
