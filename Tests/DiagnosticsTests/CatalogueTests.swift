import Diagnostics
import Foundation
import Testing
import TestSupport

@Suite struct CatalogueTests {
    @Test func everyCodeHasExactlyOneEntry() {
        let codes = DiagnosticCatalogue.entries.map(\.code)
        let repeated = Dictionary(grouping: codes, by: { $0 }).filter { $0.value.count > 1 }.keys.map(\.rawValue)
        #expect(repeated.isEmpty, "more than one entry for \(repeated.sorted())")
        let missing = DiagnosticCode.allCases.filter { !codes.contains($0) }.map(\.rawValue)
        #expect(missing.isEmpty, "no catalogue entry for \(missing)")
        for code in DiagnosticCode.allCases {
            #expect(DiagnosticCatalogue.entry(code).code == code)
        }
    }

    @Test func retiredCodesAreNotReusedAndLeadToACurrentOne() {
        let retired = DiagnosticCatalogue.retired.map(\.code)
        #expect(Set(retired).count == retired.count)
        for old in DiagnosticCatalogue.retired {
            #expect(DiagnosticCode(rawValue: old.code) == nil, "\(old.code) is retired but still a current code")
            #expect(!old.note.isEmpty)
        }
    }

    /// Each code is passed to `.error(…)` or `.warning(…)` somewhere in the sources: a code
    /// nothing reports must be retired instead.
    @Test func everyCodeIsReportedSomewhere() throws {
        var sources = ""
        let root = Fixtures.repoRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        for case let url as URL in walker where url.pathExtension == "swift" && !url.path.contains("/Sources/Diagnostics/") {
            sources += try String(contentsOf: url, encoding: .utf8)
        }
        for code in DiagnosticCode.allCases {
            #expect(sources.contains(".\(String(describing: code)), at:"), "nothing reports \(code.rawValue): report it or retire it")
        }
    }

    @Test func entriesAreWrittenOut() {
        for entry in DiagnosticCatalogue.entries {
            let code = entry.code.rawValue
            #expect(!entry.title.isEmpty && !entry.title.hasSuffix("."), "\(code): title")
            #expect(entry.explanation.hasSuffix("."), "\(code): the explanation is a sentence or two")
            #expect(entry.fix.advice.hasSuffix("."), "\(code): the fix is a sentence or two")
            switch entry.example {
            case .none(let reason):
                #expect(reason.hasSuffix("."), "\(code): say why there is no example")
                #expect(entry.fix.edits.isEmpty, "\(code): a fix with edits needs an example to apply them to")
            case .edits(let summary, let edits, let file, _):
                #expect(summary.hasSuffix(".") && !edits.isEmpty && !file.isEmpty, "\(code): example")
                #expect(!entry.fix.edits.isEmpty || !entry.fix.options.isEmpty, "\(code): show the fix, not only describe it")
            }
        }
    }

    @Test func lookUpByCode() {
        #expect(DiagnosticCatalogue.lookup(" Unknown-Key ") == .current(DiagnosticCatalogue.entry(.unknownKey)))
        guard case .retired(let old, let entry) = DiagnosticCatalogue.lookup("front-matter-syntax") else {
            Issue.record("front-matter-syntax should be found as retired")
            return
        }
        #expect(old.replacement == .yamlSyntax && entry?.code == .yamlSyntax)
        guard case .retired(let moved, let none) = DiagnosticCatalogue.lookup("review-overdue") else {
            Issue.record("review-overdue should be found as retired")
            return
        }
        #expect(moved.replacement == nil && none == nil && moved.note.contains("escalate audit"))
        #expect(DiagnosticCatalogue.lookup("yaml-syntx") == .unknown(nearest: ["yaml-syntax"]))
        #expect(DiagnosticCatalogue.lookup("calendar") == .unknown(nearest: ["calendar-date", "calendar-duplicate", "calendar-extends"]))
        #expect(DiagnosticCatalogue.lookup("zzzzzzzzzzzzzzzz") == .unknown(nearest: []))
    }

    @Test func theTerminalTextHasEveryPart() {
        let text = DiagnosticReference.text(DiagnosticCatalogue.entry(.unknownKey))
        #expect(text.hasPrefix("unknown-key: Unknown key (error)\n\n"))
        #expect(text.contains("Example: 'last-updated' misspelt.\n  In content/policies/000_herts.md, replace\n      last-updated: 2025-05-21\n  with\n      last-updatd: 2025-05-21\n"))
        #expect(text.contains("\nFix: "))
        #expect(text.hasSuffix("More: docs/diagnostics.md#unknown-key\n"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("      ") })
        let none = DiagnosticReference.text(DiagnosticCatalogue.entry(.model))
        #expect(none.contains("Example: none. It is an internal fault"))
    }
}
