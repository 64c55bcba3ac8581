import Diagnostics
import Foundation
import Testing
import TestSupport

/// docs/diagnostics.md is the catalogue written out with the messages escalate really prints
/// for each example. It is generated, never edited by hand: after changing the catalogue or a
/// message, run `ESCALATE_REGENERATE_DOCS=1 swift test --filter DiagnosticsDocumentTests`.
@Suite struct DiagnosticsDocumentTests {
    static func generated() async throws -> String {
        var reported: [DiagnosticCode: [Diagnostic]] = [:]
        try await withThrowingTaskGroup(of: (DiagnosticCode, [Diagnostic]).self) { group in
            for entry in ExampleRuns.entriesWithExamples {
                group.addTask { (entry.code, try await ExampleRuns.shared.run(entry).reported(entry.code)) }
            }
            for try await (code, diagnostics) in group { reported[code] = diagnostics }
        }
        return DiagnosticReference.markdown(reported: reported, today: "\(Fixtures.today)")
    }

    @Test func theCommittedDocumentIsTheCatalogue() async throws {
        let text = try await Self.generated()
        let url = Fixtures.repoRoot.appendingPathComponent(DiagnosticReference.documentPath)
        if ProcessInfo.processInfo.environment["ESCALATE_REGENERATE_DOCS"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let committed = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        guard committed != text else { return }
        let old = committed.components(separatedBy: "\n"), new = text.components(separatedBy: "\n")
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        Issue.record("""
            \(DiagnosticReference.documentPath) is not what the catalogue and escalate's messages give; \
            regenerate it with `\(DiagnosticReference.regenerateCommand)` and review the diff.
            First difference, line \(line + 1):
              committed: \(line < old.count ? old[line] : "(end of file)")
              generated: \(line < new.count ? new[line] : "(end of file)")
            """)
    }

    @Test func everyCodeHasItsOwnHeading() async throws {
        let text = try await Self.generated()
        for code in DiagnosticCode.allCases.map(\.rawValue) + DiagnosticCatalogue.retired.map(\.code) {
            #expect(text.components(separatedBy: "\n### \(code)\n").count == 2, "\(code) needs exactly one heading (its anchor)")
        }
    }
}
