import Diagnostics
import Foundation
import Testing
import TestSupport

/// Each documented example, applied to a copy of the bundled content, makes `check` report
/// its code, with the catalogue's severity, in the file the entry names; its fix, applied on
/// top, leaves the content clean again.
@Suite struct ExampleTests {
    static let codes = ExampleRuns.entriesWithExamples.map(\.code)

    @Test(arguments: codes)
    func theExampleProducesItsCodeAndTheFixRemovesIt(_ code: DiagnosticCode) async throws {
        let entry = DiagnosticCatalogue.entry(code)
        guard case .edits(_, _, let file, _) = entry.example else { return }
        let run = try await ExampleRuns.shared.run(entry)
        let found = run.reported(code)
        #expect(!found.isEmpty, "the example for \(code.rawValue) did not produce it; check reported: \(run.example.map { "\($0.code): \($0.message)" })")
        #expect(found.contains { $0.location.file == file },
                "\(code.rawValue) was reported at \(found.map(\.location.file)), not \(file)")
        #expect(found.allSatisfy { $0.severity == entry.severity }, "\(code.rawValue) is documented as \(entry.severity.rawValue)")
        #expect(!run.fixed.contains { $0.code == code.rawValue }, "the fix for \(code.rawValue) does not remove it: \(run.fixed.map(\.message))")
        #expect(run.fixed.isEmpty, "after the fix for \(code.rawValue) check still reports: \(run.fixed.map { "\($0.code): \($0.message)" })")
    }

    /// Fixes that put the examples back as they were are measured against this.
    @Test func theBundledExamplesCheckClean() async {
        let reported = await ExampleRuns.shared.bundled()
        #expect(reported.isEmpty, "\(reported.map { "\($0.code): \($0.message)" })")
    }

    /// Every diagnostic any example produces, whatever its code, has its code's documented
    /// severity: one code never means an error in one place and a warning in another.
    @Test func everyCodeHasOneSeverity() async throws {
        var seen: [Diagnostic] = []
        for entry in ExampleRuns.entriesWithExamples {
            seen += try await ExampleRuns.shared.run(entry).example
        }
        for d in seen {
            let code = try #require(DiagnosticCode(rawValue: d.code), "\(d.code) is not a current code")
            #expect(d.severity == DiagnosticCatalogue.entry(code).severity, "\(d.code): \(d.message)")
        }
    }
}

/// The YAML codes cover site.yml and theme.yml as well as front matter, and say which they mean.
@Suite struct SettingsYAMLTests {
    @Test func aYAMLSlipInSiteYmlNamesSiteYml() async throws {
        let content = try Fixtures.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.edit(content, "site.yml") { $0.replacingOccurrences(of: "language: en-GB\n", with: "language: en-GB\nlanguage: cy\n  title: x\n") }
        let d = try #require(Fixtures.load(content).diagnostics.items.first { $0.location.file == "content/site.yml" })
        #expect(d.code == "yaml-syntax")
        #expect(d.message.hasPrefix("site.yml is not valid YAML: "))
        #expect(d.help.hasPrefix("site.yml is YAML: "))
    }

    @Test func aRepeatedKeyInThemeYmlNamesThemeYml() async throws {
        let content = try Fixtures.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: content.appendingPathComponent("theme"), withIntermediateDirectories: true)
        try "footer: a\nfooter: b\n".write(to: content.appendingPathComponent("theme/theme.yml"), atomically: true, encoding: .utf8)
        let d = try #require(Fixtures.load(content).diagnostics.items.first)
        #expect(d.code == "yaml-duplicate-key")
        #expect(d.message == "theme.yml repeats the key 'footer'")
        #expect(d.location.file == "content/theme/theme.yml")
    }
}
