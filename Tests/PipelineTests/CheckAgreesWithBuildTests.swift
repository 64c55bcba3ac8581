import Diagnostics
import Foundation
import Pipeline
import Testing
import TestSupport

/// `check` runs the same steps as `build` without writing, so anything that fails a build is
/// reported by `check` too, with the same message.
@Suite struct CheckAgreesWithBuildTests {
    /// Each case breaks a copy of the content in a way only the later steps (theme, pages,
    /// links) can see.
    static let buildOnlyFailures: [(name: String, path: String, text: String, code: String)] = [
        ("a theme colour with too little contrast", "theme/theme.yml", "colours:\n  link: '#7fb2e6'\n", "theme-contrast"),
        ("a template that does not parse", "theme/templates/header.mustache", "{{#open}} never closed", "theme-template"),
        ("a template that replaces nothing", "theme/templates/sidebar.mustache", "x", "theme-template"),
        ("a template that links to a page the build does not make", "theme/templates/footer.mustache",
         "<footer><a href=\"{{root}}nowhere.html\">x</a></footer>", "site-link"),
    ]

    @Test(arguments: 0..<buildOnlyFailures.count)
    func aBuildOnlyFailureIsReportedByCheck(_ index: Int) async throws {
        let failure = Self.buildOnlyFailures[index]
        let content = try Fixtures.copyOfContent()
        let url = content.appendingPathComponent(failure.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try failure.text.write(to: url, atomically: true, encoding: .utf8)
        let checked = await Fixtures.check(content)
        let out = content.deletingLastPathComponent().appendingPathComponent("output")
        let built = await Fixtures.pipeline(content).run(.build(output: out))
        #expect(checked.diagnostics.errors.contains { $0.code == failure.code }, "\(failure.name): \(checked.diagnostics.items)")
        #expect(checked.diagnostics.items == built.diagnostics.items, "\(failure.name)")
        #expect(built.written.isEmpty)
    }

    /// Links are checked against the ids the generated page really has: the calculator's
    /// `#deadlines` is there on Hertfordshire's page and not on Cambridgeshire's, which has none.
    @Test func linksToPageSectionsAreCheckedAgainstThePage() async throws {
        let content = try Fixtures.copyOfContent()
        try Fixtures.edit(content, "policies/000_herts.md") {
            $0.replacingOccurrences(of: "[stages of this procedure](#stage-1)",
                                    with: "[stages of this procedure](#stage-1), [the dates](#deadlines), [Cambridgeshire's dates](001_cambs-pboro.md#deadlines)")
        }
        let checked = await Fixtures.check(content)
        let anchors = checked.diagnostics.items.filter { $0.code == "link-anchor" }
        #expect(anchors.map(\.message) == ["the link '001_cambs-pboro.md#deadlines' points to '#deadlines', which is not in 001_cambs-pboro.md"])
        #expect(anchors.first?.location.file == "content/policies/000_herts.md")
        // Reported once, at the source line, not again as a broken link on the generated page.
        #expect(!checked.diagnostics.items.contains { $0.code == "site-link" })
    }
}
