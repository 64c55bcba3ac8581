import Flowchart
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Model
import PolicySource
@testable import Site
import Testing
import WorkingDays

@Suite struct SiteTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let loaded = ContentLoader(directory: repoRoot.appendingPathComponent("content"), display: "content").load()

    func input(_ procedures: [Procedure]? = nil, settings: SiteSettings? = nil, theme: URL? = nil) -> SiteInput {
        let procedures = procedures ?? Self.loaded.procedures
        let charts = procedures.flatMap { p in
            FlowchartBuilder().charts(for: p).map { chart in
                SiteInput.ChartFiles(chart: chart, svg: nil, hasPDF: false,
                                     alternative: chart.name == "flowchart" ? TextAlternative.main(p)
                                        : TextAlternative.subProcedure(p.subProcedures.first { $0.anchor == chart.name }!))
            }
        }
        return SiteInput(procedures: procedures, settings: settings ?? Self.loaded.settings, calendars: Self.loaded.calendars,
                         charts: charts, themeDirectory: theme)
    }

    func page(_ files: [String: Data], _ path: String) -> String {
        String(decoding: files[path] ?? Data(), as: UTF8.self)
    }

    @Test func buildsEveryPageAndAsset() {
        let (files, problems) = SiteBuilder().build(input())
        #expect(problems.isEmpty, "\(problems)")
        for path in ["index.html", "compare.html", "statistics.html", "404.html", "herts/index.html", "cambs-pboro/index.html",
                     "hips/index.html", "notts/index.html", "assets/style.css", "assets/theme.css", "assets/deadlines.js",
                     "sitemap.xml", "feed.xml"] {
            #expect(files[path] != nil, "\(path) missing")
        }
    }

    @Test func everyLinkIsRelativeAndResolves() {
        let (files, _) = SiteBuilder().build(input())
        var all = files
        // The charts the procedure pages link to are written by the flowchart step.
        for p in Self.loaded.procedures {
            for chart in FlowchartBuilder().charts(for: p) {
                for ext in ["pdf", "dot", "svg"] { all["\(p.id)/\(chart.name).\(ext)"] = Data() }
            }
        }
        #expect(SiteLinkCheck.check(all).isEmpty, "\(SiteLinkCheck.check(all))")
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(path) has a root-relative link")
            #expect(!html.contains("src=\"/"), "\(path) has a root-relative source")
            #expect(!html.contains("src=\"http"), "\(path) loads something from another site")
            #expect(!html.contains("<link rel=\"stylesheet\" href=\"http"), "\(path) loads a remote stylesheet")
        }
        #expect(page(files, "herts/index.html").contains("href=\"../assets/style.css\""))
        #expect(page(files, "index.html").contains("href=\"herts/index.html\""))
    }

    @Test func theLinkCheckFindsBrokenLinksWithTheirLine() {
        let files: [String: Data] = [
            "index.html": Data("<p>\n<a href=\"a.html#missing\">x</a> <a href=\"gone.html\">y</a> <a href=\"https://example.org/\">z</a>\n".utf8),
            "a.html": Data("<h2 id=\"present\">A</h2><a href=\"#present\">ok</a><a href=\"index.html\">ok</a>".utf8),
        ]
        let problems = SiteLinkCheck.check(files)
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.location.file == "output/index.html" && $0.location.line == 2 })
        #expect(problems.map(\.message).contains("the link 'a.html#missing' points to '#missing', which is not on a.html"))
        #expect(problems.map(\.message).contains("the link 'gone.html' points to 'gone.html', which the build does not make"))
    }

    static func hostileProcedure() -> Procedure {
        let evil = "<script>alert('x')</script> & \"quotes\" <b>bold</b>"
        return Procedure(
            id: "evil", title: "Title " + evil, source: "policies/evil.md", summary: "Summary " + evil,
            partnerships: [Partnership(id: "p", name: "Partnership " + evil, contact: "c")], version: evil, calendar: "england-and-wales",
            introduction: Prose(markdown: "Intro <script>alert(1)</script> and <div onclick=\"x\">raw</div> [link](javascript:alert(1))", line: 1),
            stages: [Stage(number: 1, title: "Stage " + evil, participants: [evil], escalatesTo: evil,
                           timescale: Timescale(kind: .fromRaised, value: 2, unit: .workingDays, note: evil), records: [evil],
                           notifications: [Model.Notification(what: evil, to: "c", by: evil, how: evil, when: evil)],
                           outcome: evil, guidance: Prose(markdown: "Guidance </script><script>bad()</script>", line: 2))],
            urgentRoutes: [UrgentRoute(title: "Urgent " + evil, anchor: "urgent-x", when: evil, contacts: [evil])],
            contacts: [Contact(id: "c", name: "Contact " + evil, email: "a@b.org\"onmouseover=\"x", url: "javascript:alert(1)", note: evil)],
            categories: [evil], concernTemplate: [evil])
    }

    @Test func everythingFromContentIsEscaped() {
        let (files, _) = SiteBuilder().build(input([Self.hostileProcedure()]))
        let html = page(files, "evil/index.html")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<script>bad"))
        #expect(!html.contains("<b>bold</b>"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(!html.contains("\"onmouseover"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        let index = page(files, "index.html")
        #expect(!index.contains("<script>alert"))
        // The calendar's JSON sits in a script element: nothing in it may close the element.
        let json = html.components(separatedBy: "<script type=\"application/json\" id=\"calendar-evil\">").last ?? ""
        #expect(!(json.components(separatedBy: "</script>").first ?? "<").contains("<"))
    }

    @Test func rawHTMLPassesOnlyWhenAllowed() {
        var settings = Self.loaded.settings
        settings.allowRawHTML = true
        let (files, _) = SiteBuilder().build(input([Self.hostileProcedure()], settings: settings))
        let html = page(files, "evil/index.html")
        #expect(html.contains("<div onclick=\"x\">raw</div>"))
        // cmark-gfm's tagfilter still disarms script tags.
        #expect(!html.contains("<script>alert(1)"))
    }

    @Test func updatedFlagsComeFromTheContentDates() {
        let (files, _) = SiteBuilder().build(input())
        let index = page(files, "index.html")
        // The newest content date is Hertfordshire's 21 May 2025; Nottingham's 30 January 2025 is
        // within the example's 120 days, Cambridgeshire (2021) and HIPS (no date) are not.
        #expect(index.contains("Updated 21 May 2025"))
        #expect(index.contains("Updated 30 January 2025"))
        var settings = Self.loaded.settings
        settings.updatedWithinDays = 30
        let (narrow, _) = SiteBuilder().build(input(settings: settings))
        #expect(!page(narrow, "index.html").contains("Updated 30 January 2025"))
        #expect(page(narrow, "index.html").contains("Updated 21 May 2025"))
    }

    @Test func sitemapAndFeedAreWellFormedXML() throws {
        let (files, _) = SiteBuilder().build(input())
        for name in ["sitemap.xml", "feed.xml"] {
            let parser = XMLParser(data: try #require(files[name]))
            #expect(parser.parse(), "\(name): \(String(describing: parser.parserError))")
        }
        let feed = page(files, "feed.xml")
        #expect(feed.contains("<updated>2025-05-21T00:00:00Z</updated>"))
        #expect(feed.contains("https://example.org/escalation/notts/index.html#history"))
        #expect(page(files, "sitemap.xml").contains("<loc>https://example.org/escalation/herts/index.html</loc><lastmod>2025-05-21</lastmod>"))
        var settings = Self.loaded.settings
        settings.baseURL = nil
        let (noBase, _) = SiteBuilder().build(input(settings: settings))
        #expect(noBase["sitemap.xml"] == nil && noBase["feed.xml"] == nil)
    }

    @Test func aThemeReplacesTemplatesColoursAndCSS() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "<footer class=\"site-footer\"><p>Our own footer for {{site.title}}</p></footer>".write(
            to: dir.appendingPathComponent("templates/footer.mustache"), atomically: true, encoding: .utf8)
        try ".site-header { border-bottom-color: #000000; }".write(to: dir.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        var settings = Self.loaded.settings
        settings.theme.colours = ["brand": "#4b0f6b"]
        let (files, problems) = SiteBuilder().build(input(settings: settings, theme: dir))
        #expect(problems.isEmpty, "\(problems)")
        #expect(page(files, "index.html").contains("Our own footer for Resolving professional differences about children&#39;s safety"))
        let css = page(files, "assets/theme.css")
        #expect(css.contains("--brand: #4b0f6b;"))
        #expect(css.contains(".site-header { border-bottom-color: #000000; }"))
    }

    @Test func aThemeLogoIsCopiedAndNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>"
        try svg.write(to: dir.appendingPathComponent("crest.svg"), atomically: true, encoding: .utf8)
        var settings = Self.loaded.settings
        settings.theme.logo = "crest.svg"
        settings.theme.logoAlt = "Northshire & District"
        let (files, problems) = SiteBuilder().build(input(settings: settings, theme: dir))
        #expect(problems.isEmpty)
        #expect(files["assets/crest.svg"] == Data(svg.utf8))
        #expect(page(files, "herts/index.html").contains("<img class=\"site-header__logo\" src=\"../assets/crest.svg\" alt=\"Northshire &amp; District\">"))
    }

    @Test func aThemeColourWithTooLittleContrastIsAnError() {
        var settings = Self.loaded.settings
        settings.theme.colours = ["link": "#7fb2e6"]
        let (_, problems) = SiteBuilder().build(input(settings: settings))
        #expect(problems.map(\.code) == ["theme-contrast"])
        #expect(problems.first?.message.contains("WCAG 2.2 AA needs 4.5:1") == true)
    }

    @Test func anUnknownOrBrokenTemplateIsReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "x".write(to: dir.appendingPathComponent("templates/sidebar.mustache"), atomically: true, encoding: .utf8)
        try "line one\n{{#open}} never closed".write(to: dir.appendingPathComponent("templates/header.mustache"), atomically: true, encoding: .utf8)
        let (files, problems) = SiteBuilder().build(input(theme: dir))
        #expect(files.isEmpty)
        #expect(problems.contains { $0.message == "there is no template called 'sidebar' to replace" })
        #expect(problems.contains { $0.location.file.hasSuffix("templates/header.mustache") && $0.message.hasPrefix("the template cannot be read") })
    }

    @Test func theProcedurePageCarriesEverything() {
        let (files, _) = SiteBuilder().build(input())
        let hips = page(files, "hips/index.html")
        #expect(hips.components(separatedBy: "<h1>").count == 2)
        for n in 1...5 { #expect(hips.contains("id=\"stage-\(n)\"")) }
        #expect(hips.contains("<section class=\"urgent\" id=\"urgent-routes\""))
        #expect(hips.range(of: "id=\"urgent-routes\"")!.lowerBound < hips.range(of: "id=\"stages\"")!.lowerBound)
        #expect(hips.contains("data-calendar=\"calendar-hips\""))
        #expect(hips.contains("mailto:scp@iow.gov.uk"))
        #expect(hips.contains("id=\"concern-template\""))
        let notts = page(files, "notts/index.html")
        #expect(notts.contains("The stages are not listed."))
        #expect(!notts.contains("form class=\"deadline-calculator\""))
        let cambs = page(files, "cambs-pboro/index.html")
        #expect(cambs.contains("Resolution Panel"))
        // No fixed timescales: no calculator.
        #expect(!cambs.contains("form class=\"deadline-calculator\""))
    }

    @Test(.enabled(if: (try? DotRenderer.locate()) != nil, "Graphviz's dot is not installed"))
    func inlinedChartsAreNamedImagesWithUniqueIDs() async throws {
        let dot = try DotRenderer.locate()
        let herts = Self.loaded.procedures.first { $0.id == "herts" }!
        let rendered = try await dot.render(FlowchartBuilder().charts(for: herts), formats: [.svg])
        let charts = rendered.map { r in
            SiteInput.ChartFiles(chart: r.chart, svg: String(decoding: r.files[.svg]!, as: UTF8.self), hasPDF: false,
                                 alternative: r.chart.name == "flowchart" ? TextAlternative.main(herts) : TextAlternative.subProcedure(herts.subProcedures[0]))
        }
        var i = input([herts])
        i.charts = charts
        let (files, _) = SiteBuilder().build(i)
        let html = page(files, "herts/index.html")
        #expect(html.components(separatedBy: "role=\"img\" aria-labelledby=\"c0-chart-herts-flowchart-title c0-chart-herts-flowchart-desc\"").count == 2)
        #expect(html.contains("<title id=\"c0-chart-herts-flowchart-title\">"))
        let ids = SiteLinkCheckIDs.all(in: html)
        #expect(ids.count == Set(ids).count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys)")
        #expect(!html.contains("<?xml"))
    }
}

@Suite struct ProseRendererTests {
    @Test func linksBetweenPolicyFilesBecomeLinksBetweenPages() {
        var r = ProseRenderer(allowRawHTML: false, pages: ["002_hips.md": "../hips/index.html"], usedIDs: ["stages"])
        let html = r.render("See [HIPS stage 3](002_hips.md#stage-3), [the web](https://example.org/a.md) and [here](#stages).")
        #expect(html.contains("href=\"../hips/index.html#stage-3\""))
        #expect(html.contains("href=\"https://example.org/a.md\""))
        #expect(html.contains("href=\"#stages\""))
    }

    @Test func headingsInProseGetUniqueIDs() {
        var r = ProseRenderer(allowRawHTML: false, pages: [:], usedIDs: ["stages"])
        let html = r.render("### Stages\n\n---\n\n### Notes & tips\n\n### Notes & tips\n")
        #expect(html.contains("<h3 id=\"stages-1\">Stages</h3>"))
        #expect(html.contains("<h3 id=\"notes--tips\">Notes &amp; tips</h3>"))
        #expect(html.contains("<h3 id=\"notes--tips-1\">"))
        #expect(html.contains("<hr />"))
    }
}

enum SiteLinkCheckIDs {
    static func all(in html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
