import Flowchart
import Foundation
import Model
import PolicySource
@testable import Site
import Testing
import TestSupport
import WorkingDays

@Suite struct ProcedurePageTests {
    @Test func theProcedurePageCarriesEverything() throws {
        let r = SiteFixture.build(SiteFixture.input())
        let hips = SiteFixture.page(r, "hips/index.html")
        #expect(hips.components(separatedBy: "<h1>").count == 2)
        for n in 1...5 { #expect(hips.contains("id=\"stage-\(n)\"")) }
        // HIPS names no urgent route of its own: the page has the immediate-risk block, and no
        // empty urgent section saying so.
        #expect(!hips.contains("id=\"urgent-routes\""))
        #expect(hips.range(of: "id=\"immediate-risk\"")!.lowerBound < hips.range(of: "id=\"stages\"")!.lowerBound)
        #expect(hips.contains("data-calendar=\"calendar-hips\""))
        #expect(hips.contains("mailto:scp@iow.gov.uk"))
        #expect(hips.contains("id=\"concern-template\""))
        let notts = SiteFixture.page(r, "notts/index.html")
        #expect(notts.contains("This procedure does not set out numbered stages or their timescales."))
        #expect(!notts.contains("form class=\"deadline-calculator\""))
        let cambs = SiteFixture.page(r, "cambs-pboro/index.html")
        #expect(cambs.contains("Resolution Panel"))
        // Its own immediate-risk routes are inside the site's block, as what the procedure adds,
        // not a second urgent section saying the same again.
        let block = try #require(cambs.components(separatedBy: "<section class=\"immediate-risk\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(block.contains("<h3>What this procedure adds</h3>"))
        #expect(block.contains("<li id=\"urgent-a-child-is-at-imminent-risk-of-harm\">"))
        #expect(block.contains("<li id=\"urgent-a-child-is-at-immediate-risk-of-harm\">"))
        #expect(block.range(of: "tel:999")!.lowerBound < block.range(of: "What this procedure adds")!.lowerBound)
        #expect(!cambs.contains("id=\"urgent-routes\""))
        #expect(!cambs.contains("Urgent: do not wait for the stages"))
        // No fixed timescales: no calculator.
        #expect(!cambs.contains("form class=\"deadline-calculator\""))
    }

    @Test(.enabled(if: (try? DotRenderer.locate()) != nil, "Graphviz's dot is not installed"))
    func inlinedChartsAreNamedImagesWithUniqueIDs() async throws {
        let dot = try DotRenderer.locate()
        let herts = try #require(Fixtures.procedure("herts"))
        let rendered = try await dot.render(FlowchartBuilder().charts(for: herts), formats: [.svg])
        let charts = rendered.map { SiteFixture.siteChart($0.chart, svg: $0.svg, in: herts) }
        var i = SiteFixture.input([herts])
        i.charts = charts
        let html = SiteFixture.page(SiteFixture.build(i), "herts/index.html")
        #expect(html.components(separatedBy: "role=\"img\" aria-labelledby=\"c0-chart-herts-flowchart-title c0-chart-herts-flowchart-desc\"").count == 2)
        #expect(html.contains("<title id=\"c0-chart-herts-flowchart-title\">"))
        let ids = SiteLinkCheckIDs.all(in: html)
        #expect(ids.count == Set(ids).count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys)")
        #expect(!html.contains("<?xml"))
    }

    /// Prose is published from the one parse: footnotes once at the end of the page, section
    /// headings with their inline formatting, code blocks with their blank lines.
    @Test func footnotesHeadingsAndCodeBlocksSurviveOnThePage() throws {
        guard var herts = Fixtures.procedure("herts") else { Issue.record("no herts"); return }
        herts.sections = [Section(title: "The role of the LADO", anchor: "the-role-of-the-lado",
                                  body: .rendered("A note[^n].\n\n```\nline one\n\n\nline four\n```\n\n[^n]: The footnote text.\n"),
                                  titleHtml: "The <em>role</em> of the LADO")]
        herts.footnotes = .rendered("See[^n].\n\n[^n]: The footnote text.\n")
        let html = SiteFixture.page(SiteFixture.build(SiteFixture.input([herts])), "herts/index.html")
        #expect(html.contains("<h2 id=\"the-role-of-the-lado-heading\">The <em>role</em> of the LADO</h2>"))
        #expect(html.contains("line one\n\n\nline four"))
        #expect(html.contains("The footnote text."))
    }
}
