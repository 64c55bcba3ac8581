import Diagnostics
import Foundation
@testable import PolicySource
import Testing
import TestSupport

/// Numbers come from what authors type. Each is bounded, and an absurd one is reported on its
/// line in a message of one line, never used to size an array or a loop (which once crashed
/// the tool or exhausted its memory).
@Suite struct BoundsTests {
    func check(_ edit: (String) -> String) async throws -> (diagnostics: [Diagnostic], text: String) {
        let dir = try Fixtures.copyOfContent()
        try Fixtures.edit(dir, "policies/000_herts.md", edit)
        let text = try String(contentsOf: dir.appendingPathComponent("policies/000_herts.md"), encoding: .utf8)
        return (await Fixtures.check(dir).diagnostics.items, text)
    }

    @Test(arguments: ["9223372036854775807", "2000000000", "10000", "99999999999999999999999999", "31"])
    func anAbsurdStageNumberIsAnErrorOnItsLine(_ number: String) async throws {
        let r = try await check { $0.replacingOccurrences(of: "## Stage 4: Senior directors", with: "## Stage \(number): Senior directors") }
        let d = try #require(r.diagnostics.first { $0.code == "stage-number" })
        #expect(d.message.hasSuffix("is out of range: stages are numbered from 1 to at most 30"), "\(d.message)")
        #expect(d.location.line == r.text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("## Stage \(number)") }! + 1)
        #expect(r.diagnostics.allSatisfy { $0.message.count < 300 })
    }

    @Test func anAbsurdStepNumberIsAnError() async throws {
        let r = try await check { $0.replacingOccurrences(of: "### Step 4:", with: "### Step 9223372036854775807:") }
        let d = try #require(r.diagnostics.first { $0.code == "step-order" && $0.message.contains("out of range") })
        #expect(d.message.contains("Step with a number of more than six digits"))
    }

    @Test(arguments: ["9223372036854775807", "1000", "99999"])
    func anAbsurdTimescaleIsAnError(_ amount: String) async throws {
        let r = try await check {
            $0.replacingOccurrences(of: "- **Timescale:** 3 working days from the date raised", with: "- **Timescale:** \(amount) working days from the date raised")
        }
        let d = try #require(r.diagnostics.first { $0.code == "timescale" })
        #expect(d.message.contains("is more than escalate accepts (at most 999)"))
    }

    @Test func missingStagesAreListedAsRanges() {
        #expect(ProcedureChecks.ranges([4, 5, 6, 7, 9]) == "4 to 7 and 9")
        #expect(ProcedureChecks.ranges([2, 3]) == "2, 3")
        #expect(ProcedureChecks.ranges([2]) == "2")
        #expect(ProcedureChecks.ranges(Array(2...29) + [31]) == "2 to 29 and 31")
    }
}
