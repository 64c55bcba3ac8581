import Audit
import Diagnostics
import Foundation
import Model
import Testing

/// The three forms of the report, on a fixed pair of audits.
@Suite struct AuditReportTests {
    static let report = AuditReport(date: PolicyDate("2026-11-23")!, audits: [
        ProcedureAudit(procedure: "a", title: "Procedure A", source: "policies/a.md", checks: [
            AuditCheck(.version, .pass, "Version 3.", subject: .frontMatter("version")),
            AuditCheck(.ladoRoute, .fail, "No LADO, 100% sure: really", subject: .route(anchor: "route-x")),
        ]),
        ProcedureAudit(procedure: "b", title: "B\u{1B}[31m", source: "policies/b.md", checks: [
            AuditCheck(.timescales, .notApplicable, "Stages not listed."),
        ]),
    ])

    @Test func textHasALinePerCheckAndEscapesControlCharacters() {
        #expect(Self.report.text() == """
            a: Procedure A (policies/a.md)
              pass            version               Version 3.
              fail            lado-route            No LADO, 100% sure: really
              1 passed, 1 failed, 0 not applicable

            b: B\\u{1B}[31m (policies/b.md)
              not-applicable  timescales            Stages not listed.
              0 passed, 0 failed, 1 not applicable

            2 procedures audited on 2026-11-23: 1 passed, 1 failed, 1 not applicable

            """)
    }

    @Test func jsonIsSortedAndCounted() throws {
        let text = String(decoding: try Self.report.jsonData(), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "escalate-audit")
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["date"] as? String == "2026-11-23")
        let procedures = try #require(object["procedures"] as? [[String: Any]])
        #expect(procedures.map { $0["id"] as? String } == ["a", "b"])
        #expect(procedures[0]["failed"] as? Int == 1 && procedures[1]["notApplicable"] as? Int == 1)
        let checks = try #require(procedures[0]["checks"] as? [[String: String]])
        #expect(checks == [["id": "version", "result": "pass", "reason": "Version 3."],
                           ["id": "lado-route", "result": "fail", "reason": "No LADO, 100% sure: really"]])
        // Sorted keys: the same bytes every time.
        #expect(text.range(of: "\"checks\"")!.lowerBound < text.range(of: "\"failed\"")!.lowerBound)
        #expect(try Self.report.jsonData() == Self.report.jsonData())
    }

    @Test func githubAnnotatesEachFailureAsAWarningOrUnderStrictAnError() {
        let locate = { (audit: ProcedureAudit, check: AuditCheck) in
            SourceLocation(file: "content/\(audit.source)", line: check.subject == .route(anchor: "route-x") ? 48 : 0)
        }
        #expect(Self.report.github(strict: false, locate: locate)
            == "::warning file=content/policies/a.md,line=48,title=escalate audit lado-route::Procedure A: No LADO, 100%25 sure: really\n")
        #expect(Self.report.github(strict: true, locate: locate).hasPrefix("::error file=content/policies/a.md,line=48,"))
        #expect(Self.report.exitCode(strict: false) == 0)
        #expect(Self.report.exitCode(strict: true) == 1)
        let clean = AuditReport(date: Self.report.date, audits: [Self.report.audits[1]])
        #expect(clean.github(strict: true, locate: locate) == "")
        #expect(clean.exitCode(strict: true) == 0)
    }
}
