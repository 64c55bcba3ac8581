import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// A printed procedure page says where it came from in the printed chart's words, and has a
/// print button that only a script shows.
@Suite struct PrintedPageTests {
    @Test func thePrintedCopyFooterIsTheChartFooter() throws {
        var settings = SiteFixture.loaded.settings
        settings.baseURL = "https://escalate-tests.org.uk/escalation/"
        let r = SiteFixture.build(SiteFixture.input(settings: settings))
        let html = SiteFixture.page(r, "herts/index.html")
        let herts = try #require(Fixtures.procedure("herts"))
        let lines = PrintedCopy.footer(for: herts, webAddress: "https://escalate-tests.org.uk/escalation/herts/", publishedAt: nil)
        #expect(lines.contains("Web version: https://escalate-tests.org.uk/escalation/herts/"))
        #expect(lines.contains("Version 37, last updated 21 May 2025"))
        let aside = try #require(html.components(separatedBy: "<aside class=\"printed-copy\"").dropFirst().first?.components(separatedBy: "</aside>").first)
        for line in lines { #expect(aside.contains("<p>\(line.replacingOccurrences(of: "'", with: "&#39;"))</p>"), "\(line)") }
        #expect(aside.contains("check the web version is current"))
        // No build date: the page is the same whenever it is built.
        #expect(!aside.lowercased().contains("printed on") && !aside.lowercased().contains("built"))
    }

    @Test func thePrintButtonIsHiddenUntilItsScriptRuns() {
        let r = SiteFixture.build(SiteFixture.input())
        for p in SiteFixture.loaded.procedures {
            let html = SiteFixture.page(r, "\(p.id)/index.html")
            #expect(html.contains("<p class=\"print-button\" hidden><button type=\"button\" data-print>Print this procedure</button></p>"))
            #expect(html.contains("<script src=\"../assets/print.js\"></script>"))
        }
        #expect(r.files["assets/print.js"] == BuiltInTheme.files["built-in/print.js"])
        #expect(!SiteFixture.page(r, "index.html").contains("print.js"), "only procedure pages print")
    }
}
