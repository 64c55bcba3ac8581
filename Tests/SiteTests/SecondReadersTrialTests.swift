import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// What the second cold trial of the bundled site found (issue 15): each test is one fault,
/// and fails on the pages as they were before its fix. The search script's plurals are tried
/// in a browser (scripts/check_site.py, `check_plural_queries`).
@Suite struct SecondReadersTrialTests {
    static let built = SiteFixture.build(SiteFixture.input())

    // MARK: 1. search finds the immediate-risk block

    @Test func searchHasTheImmediateRiskBlockOfEveryProcedurePage() throws {
        let loaded = SiteFixture.loaded
        let index = SearchIndex(procedures: loaded.procedures, glossary: loaded.glossary, immediateRisk: loaded.settings.immediateRisk)
        let blocks = index.entries.filter { $0.url.hasSuffix("#" + ProcedureAnchor.immediateRisk) }
        #expect(blocks.map(\.url) == loaded.procedures.map { "\($0.id)/index.html#immediate-risk" })
        let herts = try #require(blocks.first { $0.url.hasPrefix("herts/") })
        #expect(herts.heading == loaded.settings.immediateRisk.heading)
        #expect(herts.page.hasSuffix(": Hertfordshire Safeguarding Children Partnership"))
        #expect(herts.text.hasPrefix("Call the police on 999. Then contact children's social care"))
        #expect(herts.text.contains("Hertfordshire County Council children's services"))
        for word in ["999", "police", "immediate", "risk", "emergency"] { #expect(herts.words.contains(word), "\(word)") }
        // Each page's entry names its own partnerships' front doors, not the others'.
        #expect(!herts.text.contains("Peterborough"))
        let cambs = try #require(blocks.first { $0.url.hasPrefix("cambs/") || $0.text.contains("Peterborough") })
        #expect(cambs.text.contains("Cambridgeshire County Council children's services"))
        // The published index holds it.
        let script = String(decoding: Self.built.files["search-index.js"] ?? Data(), as: UTF8.self)
        #expect(script.contains("\"u\":\"herts/index.html#immediate-risk\""))
    }

    // MARK: 3. the number's address on paper

    @Test func theFindTheNumberLinkPrintsItsAddress() throws {
        let css = BuiltInTheme.stylesheet
        #expect(css.contains(".immediate-risk .immediate-risk__find a[href^=\"http\"]::after { content: \" (\" attr(href) \")\"; }"))
        // After the rule that hides the block's other addresses, so it wins.
        let hide = try #require(css.range(of: ".immediate-risk a[href^=\"http\"]::after { content: none; }"))
        let show = try #require(css.range(of: ".immediate-risk .immediate-risk__find a[href^=\"http\"]::after"))
        #expect(hide.lowerBound < show.lowerBound)
    }

    // MARK: 4. the compare page on paper

    @Test func theComparePagePrintsWhereItCameFromAndItsDetails() throws {
        let compare = SiteFixture.page(Self.built, "compare.html")
        #expect(compare.contains("<p class=\"print-button\" hidden><button type=\"button\" data-print>Print this comparison</button></p>"))
        #expect(compare.contains("<script src=\"assets/print.js\"></script>"))
        let aside = try #require(ReadersTrialTests.element(compare, "<aside class=\"printed-copy\"", closing: "</aside>"))
        // example.org is a placeholder: no web address is printed.
        #expect(aside.contains("<p>Compare the procedures · Resolving professional differences about children&#39;s safety</p>"))
        #expect(!aside.contains("Web version"))
        #expect(aside.contains("<p>Printed copies go out of date: check the web version is current.</p>"))
        #expect(compare.contains("<span class=\"no-print\"> Open \"Details\" for what was found.</span>")
                || compare.contains("<span class=\"no-print\"> Open &quot;Details&quot; for what was found.</span>"))
        // With a real address, it is printed.
        var input = SiteFixture.input()
        input.settings.baseURL = "https://procedures.example-lscp.gov.uk/"
        let published = SiteFixture.page(SiteFixture.build(input), "compare.html")
        #expect(published.contains("<p>Web version: https://procedures.example-lscp.gov.uk/compare.html</p>"))
        // On paper: the reasons print, the word "Details" does not; print.js opens them and closes them again.
        let css = BuiltInTheme.stylesheet
        #expect(css.contains(".audit__why > summary { display: none; }"))
        #expect(!css.contains(".audit__why { display: none; }"))
        let script = BuiltInTheme.printScript
        #expect(script.contains("'beforeprint'") && script.contains("'afterprint'"))
    }

    // MARK: 5. the glossary from every page

    @Test func everyFooterLinksTheGlossaryWhenThereIsOne() throws {
        for path in ["index.html", "herts/index.html", "compare.html", "accessibility.html", "search.html", "404.html"] {
            let page = SiteFixture.page(Self.built, path)
            let footer = try #require(ReadersTrialTests.element(page, "<footer class=\"site-footer\"", closing: "</footer>"), "\(path)")
            #expect(footer.contains("glossary.html\">Glossary</a>"), "\(path)")
        }
        let glossary = SiteFixture.page(Self.built, "glossary.html")
        #expect(glossary.contains("<a href=\"glossary.html\" aria-current=\"page\">Glossary</a>"))
        var input = SiteFixture.input()
        input.glossary = []
        let without = SiteFixture.build(input)
        #expect(!SiteFixture.page(without, "index.html").contains(">Glossary</a>"))
        #expect(without.files["glossary.html"] == nil)
    }

    // MARK: 6. no calculator on a superseded version

    @Test func aSupersededVersionHasNoDeadlineCalculator() throws {
        let current = SiteFixture.page(Self.built, "herts/index.html")
        #expect(current.contains("id=\"deadlines\""))
        #expect(current.contains("href=\"#deadlines\""))
        let old = try #require(SiteFixture.loaded.archive.first { $0.procedure.id == "herts" })
        let page = SiteFixture.page(Self.built, PagePath.archivedVersion(id: old.procedure.id, version: old.version).file)
        #expect(!page.isEmpty)
        #expect(!page.contains("id=\"deadlines\""))
        #expect(!page.contains("#deadlines"))
        #expect(!page.contains("deadline-calculator"))
        #expect(!page.contains("deadlines.js"))
    }
}
