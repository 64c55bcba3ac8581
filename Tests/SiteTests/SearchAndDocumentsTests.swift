import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// The search index, the search and glossary pages, the source and related documents and the
/// superseded versions' pages, on the example content.
@Suite struct SearchAndDocumentsTests {
    static let result = SiteFixture.build(SiteFixture.input())

    func page(_ path: String) -> String { SiteFixture.page(Self.result, path) }

    /// The index as the page's script sees it, read back out of `search-index.js`.
    func index() throws -> [[String: String]] {
        let script = page("search-index.js")
        let start = try #require(script.range(of: "window.escalateSearch = ")).upperBound
        let json = script[start...].dropLast(2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(object["entries"] as? [[String: String]])
    }

    @Test func theIndexHasEveryStageRouteAndSectionAndNoSupersededVersion() throws {
        let entries = try index()
        let urls = Set(entries.compactMap { $0["u"] })
        for p in SiteFixture.loaded.procedures {
            for s in p.stages { #expect(urls.contains("\(p.id)/index.html#\(s.anchor)"), "\(p.id) \(s.anchor)") }
            for r in p.routes { #expect(urls.contains("\(p.id)/index.html#\(r.anchor)"), "\(p.id) \(r.anchor)") }
            for s in p.sections { #expect(urls.contains("\(p.id)/index.html#\(s.anchor)"), "\(p.id) \(s.anchor)") }
        }
        #expect(urls.contains("glossary.html#term-lado"))
        #expect(!urls.contains { $0.contains("versions/") })
        // The superseded Herts version's 20-day Stage 4 is not searchable.
        #expect(!entries.contains { ($0["t"] ?? "").contains("20 working days") })
        for e in entries {
            #expect((e["t"] ?? "").count <= SearchIndex.textLength + 1, "\(e["u"] ?? "")")
            #expect(e["w"]?.contains("  ") == false)
        }
        // Every linked place exists on its page.
        let problems = SiteLinkCheck.check(Self.result.files.merging(["probe.html": Data(entries.map { "<a href=\"\($0["u"]!)\">x</a>" }.joined().utf8)]) { a, _ in a })
        #expect(problems.filter { $0.location.file == "output/probe.html" }.isEmpty, "\(problems)")
    }

    @Test func theIndexCannotCloseAScriptOrRunContent() throws {
        var p = try #require(SiteFixture.loaded.procedures.first)
        p.sections = [Section(title: "</script><script>alert(1)</script>", anchor: "x", body: Prose.rendered("a\u{2028}b <b>&amp;</b>"))]
        let script = SearchIndex(procedures: [p], glossary: []).script()
        #expect(!script.contains("</script>"))
        #expect(!script.contains("\u{2028}"))
        #expect(script.contains("\\u003c/script\\u003e"))
        #expect(script.hasPrefix("/*") && script.hasSuffix(";\n"))
    }

    @Test func wordsDeepInASectionAreIndexedButTheTextIsCut() {
        let long = String(repeating: "filler words here ", count: 60) + "zebracrossing"
        var p = Fixtures.procedure("herts")!
        p.sections = [Section(title: "Long", anchor: "long", body: Prose.rendered(long))]
        let entry = SearchIndex(procedures: [p], glossary: []).entries.first { $0.url.hasSuffix("#long") }
        #expect(entry?.words.contains("zebracrossing") == true)
        #expect(entry?.text.contains("zebracrossing") == false)
        #expect(entry?.text.hasSuffix("…") == true)
    }

    @Test func plainTextDropsTagsAndDecodesReferences() {
        #expect(PlainText.from(html: "<p>A &amp; B &lt;c&gt; &#8217; &#x2014;\n<a href=\"x>y\">link</a></p>") == "A & B <c> ’ — link")
        #expect(PlainText.from(html: "Fish & chips &unknown; &") == "Fish & chips &unknown; &")
    }

    @Test func everyPageHasTheSearchFormAndTheFallbackLink() {
        for path in ["index.html", "compare.html", "herts/index.html", "herts/versions/36.html", "glossary.html", "search.html", "404.html"] {
            let html = page(path)
            #expect(html.contains("data-site-search hidden"), "\(path)")
            #expect(html.contains("class=\"site-search__fallback\""), "\(path)")
            #expect(html.contains("assets/search.js\" defer"), "\(path)")
        }
        #expect(page("herts/versions/36.html").contains("action=\"../../search.html\""))
        #expect(page("search.html").contains("<script src=\"search-index.js\"></script>"))
        #expect(page("search.html").contains("<noscript>"))
        #expect(Self.result.files["assets/search.js"] == BuiltInTheme.files["built-in/search.js"])
    }

    @Test func theGlossaryPageDefinesEachTermAndSaysWhereItIsUsed() {
        let html = page("glossary.html")
        #expect(html.contains("<div class=\"glossary__entry\" id=\"term-lado\">"))
        #expect(html.contains("<dt><dfn><abbr title=\"Local Authority Designated Officer\">LADO</abbr></dfn>"))
        #expect(html.contains("Used in: <a href=\"herts/index.html\">"), "Herts names the LADO")
        #expect(!html.contains("glossary-term"), "the glossary page does not link to itself")
    }

    @Test func aProcedurePageLinksTheFirstLADOToTheGlossary() {
        let html = page("herts/index.html")
        #expect(html.components(separatedBy: "href=\"../glossary.html#term-lado\"").count == 2)
        #expect(html.contains("<abbr title=\"Local Authority Designated Officer\">LADO</abbr></a>"))
        // (The fixture has no chart files, so only the glossary's links are looked at.)
        // The 404 page's links start at the site's path, as the build checks them.
        let broken = SiteLinkCheck.check(Self.result.files, sitePath: SiteBuilder.sitePath(SiteFixture.loaded.settings)).filter { $0.message.contains("glossary") }
        #expect(broken.isEmpty, "\(broken)")
    }

    @Test func theSourceAndRelatedDocumentsAreShownNearTheEnd() {
        let html = page("herts/index.html")
        #expect(html.contains("<section id=\"documents\""))
        #expect(html.contains("<strong>Written from:</strong> Resolution of Professional Differences including Escalations, version 37 (21 May 2025)"))
        #expect(html.contains("<a href=\"https://www.gov.uk/government/publications/working-together-to-safeguard-children--2\">Working together to safeguard children: statutory guidance</a> <span class=\"documents__where\">(www.gov.uk)</span>"))
        #expect(html.contains("<li><a href=\"#documents\">Source and related documents</a></li>"))
        #expect(!page("hips/index.html").contains("id=\"documents\""), "HIPS names none")
    }

    @Test func aRelatedProcedureIsLinkedByItsOwnTitle() throws {
        var herts = try #require(Fixtures.procedure("herts"))
        herts.related = [RelatedDocument(procedure: "hips"), RelatedDocument(procedure: "gone")]
        let procedures = SiteFixture.loaded.procedures.map { $0.id == "herts" ? herts : $0 }
        let html = SiteFixture.page(SiteFixture.build(SiteFixture.input(procedures)), "herts/index.html")
        let hips = try #require(Fixtures.procedure("hips"))
        #expect(html.contains("<li><a href=\"../hips/index.html\">\(hips.title)</a></li>"))
        #expect(!html.contains("gone"))
    }

    @Test func aSupersededVersionHasItsBannerAndEveryVersionIsListed() {
        let old = page("herts/versions/36.html")
        #expect(old.contains("<p class=\"banner banner--superseded\" role=\"note\"><strong>Superseded on 21 May 2025.</strong> This is version 36"))
        #expect(old.contains("<a href=\"../../herts/index.html\">Read the current version (version 37)</a>"))
        #expect(old.contains("20 working days from the date raised"))
        #expect(old.contains("href=\"../../assets/style.css\""))
        #expect(!old.contains("id=\"flowchart\""), "the charts are the current version's")
        #expect(old.contains("<li>Version 36 <strong class=\"tag\">This page</strong>, last updated 12 June 2023; superseded on 21 May 2025</li>"))
        let now = page("herts/index.html")
        #expect(now.contains("<li><a href=\"../herts/versions/36.html\">Version 36</a>, last updated 12 June 2023; superseded on 21 May 2025</li>"))
        #expect(now.contains("<li>Version 37 <strong class=\"tag\">This page</strong>, last updated 21 May 2025 (current)</li>"))
        #expect(!now.contains("banner--superseded"))
        #expect(!page("compare.html").contains("20 working days"), "not compared")
    }

    @Test func theSitemapListsTheGlossaryAndSupersededVersions() {
        var settings = SiteFixture.loaded.settings
        settings.baseURL = "https://example.org/"
        let sitemap = SiteFixture.page(SiteFixture.build(SiteFixture.input(settings: settings)), "sitemap.xml")
        #expect(sitemap.contains("<url><loc>https://example.org/glossary.html</loc></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/herts/versions/36.html</loc><lastmod>2023-06-12</lastmod></url>"))
        // The sitemap lists every page built (the site checks compare them), the search page too.
        #expect(sitemap.contains("<url><loc>https://example.org/search.html</loc></url>"))
    }
}
