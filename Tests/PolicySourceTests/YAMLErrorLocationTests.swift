import Diagnostics
import Foundation
import Testing
import TestSupport

/// YAML errors are reported where the author has to look, not where libyaml gave up.
@Suite struct YAMLErrorLocationTests {
    @Test func anUnclosedQuoteIsReportedOnItsOwnLine() async throws {
        let dir = try Fixtures.copyOfContent()
        try Fixtures.edit(dir, "policies/000_herts.md") {
            $0.replacingOccurrences(of: "title: Resolution of Professional Differences including Escalations\n",
                                    with: "title: \"Resolution of Professional Differences including Escalations\n")
        }
        let d = try #require(await Fixtures.check(dir).diagnostics.items.first { $0.code == "yaml-syntax" })
        #expect(d.location.line == 5 && d.location.column == 8, "\(d.location)")
        #expect(d.message.hasPrefix("the front matter is not valid YAML: the quoted value that starts here is not closed on its line"))
    }

    /// `brand: #1d4f91` is a comment in YAML, so the colour is empty: said, not ignored.
    @Test func anUnquotedColourIsAnError() async throws {
        let dir = try Fixtures.copyOfContent()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("theme"), withIntermediateDirectories: true)
        try "colours:\n  brand: #1d4f91\n".write(to: dir.appendingPathComponent("theme/theme.yml"), atomically: true, encoding: .utf8)
        let d = try #require(await Fixtures.check(dir).diagnostics.items.first { $0.code == "theme-colour" })
        #expect(d.message == "colour 'brand' has no value")
        #expect(d.location.line == 2)
    }
}
