import Foundation
import Model
import PolicySource
import Testing
import TestSupport

/// The complete example in docs/policy-format.md is what a new author copies first:
/// it must pass `check --strict` and mean what the documentation says.
@Suite struct FormatDocumentationTests {
    static func documentedExample() throws -> String {
        let doc = try String(contentsOf: Fixtures.repoRoot.appendingPathComponent("docs/policy-format.md"), encoding: .utf8)
        let start = try #require(doc.range(of: "```markdown\n"))
        let end = try #require(doc.range(of: "\n```\n", range: start.upperBound..<doc.endIndex))
        return String(doc[start.upperBound..<end.lowerBound]) + "\n"
    }

    @Test func theCompleteExampleChecksCleanAndMeansWhatTheDocsSay() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("policies"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.content.appendingPathComponent("calendars"), to: dir.appendingPathComponent("calendars"))
        try Self.documentedExample().write(to: dir.appendingPathComponent("policies/example.md"), atomically: true, encoding: .utf8)
        let result = await Fixtures.check(dir, strict: true)
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics.items)")
        let p = try #require(result.procedures.first)
        #expect(p.stages.map(\.timescale.kind) == [.fromRaised, .fromRaised, .afterPrevious])
        #expect(p.stages[1].participants.count == 2)
        #expect(p.stages[1].notifications.first?.to == "example-team")
        #expect(p.stages[2].setting == .partnership)
        #expect(p.stages[2].members.count == 2)
        #expect(p.urgentRoutes.first?.contacts.count == 2)
        #expect(p.subProcedures.first?.steps.map(\.timescale.kind) == [.fromRaised, .afterPrevious])
        #expect(p.approved == Approval(date: PolicyDate("2024-03")!, by: "Executive Board"))
        #expect(p.categories.count == 2 && p.concernTemplate.count == 2)
    }
}
