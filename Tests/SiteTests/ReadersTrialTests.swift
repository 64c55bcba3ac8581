import Audit
import Flowchart
import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// What a new reader's trial of the built site found (issue 15's leftovers): each test is one
/// fault, and fails on the pages as they were before its fix.
@Suite struct ReadersTrialTests {
    static let built = SiteFixture.build(SiteFixture.input())

    /// The text of the first element with `marker` in its opening tag, to its closing tag.
    static func element(_ html: String, _ marker: String, closing: String) -> String? {
        guard let start = html.range(of: marker) else { return nil }
        guard let end = html.range(of: closing, range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    // MARK: 1. the home page's immediate-risk block

    /// Nine partnerships' front doors pushed "Choose your area" to the third phone screen: with
    /// partnership pages, the home page says 999, then points to the areas below.
    @Test func theHomePageBlockIsCompactWhenEachAreaHasItsOwnPage() throws {
        let home = SiteFixture.page(Self.built, "index.html")
        let block = try #require(Self.element(home, "<section class=\"immediate-risk\"", closing: "</section>"))
        #expect(block.contains("href=\"tel:999\""))
        #expect(block.contains("<a href=\"#areas-heading\">Choose the child's area below</a> for its children's social care contact."))
        #expect(!block.contains("immediate-risk__areas"))
        #expect(!block.contains("immediate-risk__door"))
        #expect(block.count < 900, "the block is \(block.count) characters")
        #expect(home.contains("<h2 id=\"areas-heading\">Choose your area</h2>"))
        // 999 still comes first.
        #expect(home.range(of: "tel:999")!.lowerBound < home.range(of: "Choose your area")!.lowerBound)
    }

    /// A site of one partnership has no area pages: its home page keeps the front door.
    @Test func aSitewithoutAreaPagesKeepsTheFrontDoorOnTheHomePage() throws {
        let herts = try #require(Fixtures.procedure("herts"))
        let home = SiteFixture.page(SiteFixture.build(SiteFixture.input([herts])), "index.html")
        let block = try #require(Self.element(home, "<section class=\"immediate-risk\"", closing: "</section>"))
        #expect(block.contains("Hertfordshire County Council children&#39;s services"))
        #expect(!block.contains("areas-heading"))
    }

    // MARK: 2. format words

    @Test func routeRelationsReadAsWhatToDo() throws {
        #expect(TimescaleWording.relation(.instead) == "Use this route instead of the stages")
        #expect(TimescaleWording.relation(.alongside) == "Use this route as well as the stages, not instead of them")
        let herts = try #require(Fixtures.procedure("herts"))
        let dot = try #require(FlowchartBuilder().charts(for: herts).first { $0.id.isMain }).dot
        #expect(!dot.contains("alongside or instead"))
        #expect(dot.contains("OTHER ROUTES: use one instead of the\\nstages when it fits"))
        #expect(dot.contains("\\lUse this route instead of the\\lstages\\l"))
        let alternative = TextAlternative.main(herts).items.map(\.text)
        #expect(!alternative.contains { $0.hasPrefix("Instead of the stages") })
        #expect(alternative.contains { $0.contains("use this route instead of the stages: contact the Local Authority Designated Officer (LADO).") })
        let page = SiteFixture.page(Self.built, "herts/index.html")
        #expect(page.contains("Concerns about a professional · Use this route instead of the stages"))
        #expect(!page.contains("· Instead of the stages"))
    }

    @Test func theComparePageSaysHowToCountInPlainWords() {
        let compare = SiteFixture.page(Self.built, "compare.html")
        #expect(!compare.contains("Cumulative"))
        #expect(!compare.contains("None of its own"))
        #expect(compare.contains("<td>Timescales run from the date the disagreement was first raised</td>"))
        #expect(compare.contains("<td>Stage 1 counts from the date the disagreement was first raised; Stages 2 to 5 each count from the end of the stage before</td>"))
        #expect(compare.contains("Its page opens with <a href=\"herts/index.html#immediate-risk\">what to do if a child is at immediate risk</a>."))
    }

    // MARK: 3. the audit, in readers' words

    @Test func theAuditSaysWhatEachProcedureStatesWithoutPassOrFail() throws {
        let compare = SiteFixture.page(Self.built, "compare.html")
        let audit = try #require(Self.element(compare, "<section class=\"audit-section\"", closing: "</section>\n</div>\n</section>"))
        #expect(audit.contains("<h2 id=\"audit\">What each procedure states</h2>"))
        for word in [">Pass<", ">Fail<", "Completeness audit", ">Why<"] { #expect(!audit.contains(word), "the audit shows \(word)") }
        #expect(audit.contains("<strong class=\"audit__result\">Stated</strong>"))
        #expect(audit.contains("<strong class=\"audit__result\">Not stated</strong>"))
        #expect(audit.contains("<strong class=\"audit__result\">Does not apply</strong>"))
        #expect(audit.contains("<summary>Details</summary>"))
        // Every check has a row worded for "Stated" and "Not stated".
        for id in AuditCheck.ID.allCases {
            #expect(audit.contains("<tr id=\"audit-\(id.rawValue)\" data-check=\"\(id.rawValue)\"><th scope=\"row\">\(MarkupEscapingForTests.escape(PageContexts.statedTopic(id)))</th>"), "no row for \(id)")
        }
    }

    /// On paper the comparison began on the second page: every row was kept whole, and a cell
    /// spanning every stage row made the whole table one unbreakable block.
    @Test func thePrintedComparisonMayBreakBetweenRows() throws {
        let css = BuiltInTheme.stylesheet
        let print = try #require(css.components(separatedBy: "/* ==== site-readers").last)
        #expect(print.contains(".compare tr, .compare td, .compare th { break-inside: auto; page-break-inside: auto; }"))
        #expect(print.contains(".compare { table-layout: fixed; width: 100%;"))
    }

    // MARK: 4. Cambridgeshire's two immediate-risk blocks

    /// A procedure's urgent route of another kind keeps the urgent section; its immediate-risk
    /// routes go inside the site's block.
    @Test func onlyUrgentRoutesOfAnotherKindHaveTheirOwnSection() throws {
        var cambs = try #require(Fixtures.procedure("cambs-pboro"))
        cambs.routes[0].kind = .professionalConcern
        let page = SiteFixture.page(SiteFixture.build(SiteFixture.input([cambs])), "cambs-pboro/index.html")
        let block = try #require(Self.element(page, "<section class=\"immediate-risk\"", closing: "</section>"))
        let urgent = try #require(Self.element(page, "<section class=\"urgent\" id=\"urgent-routes\"", closing: "</section>"))
        #expect(urgent.contains("<li id=\"\(cambs.routes[0].anchor)\">"))
        #expect(!urgent.contains("<li id=\"\(cambs.routes[1].anchor)\">"))
        #expect(block.contains("<li id=\"\(cambs.routes[1].anchor)\">"))
        #expect(page.contains("href=\"#urgent-routes\""))
    }

    // MARK: 5. the chart on a phone

    @Test func theFullSizeChartLinkIsRightAboveTheChart() throws {
        var input = SiteFixture.input()
        input.charts = input.charts.map { var c = $0; c.svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><text>x</text></svg>"; return c }
        let page = SiteFixture.page(SiteFixture.build(input), "herts/index.html")
        #expect(page.contains("<p class=\"flowchart__open no-print\"><a href=\"flowchart.svg\">Open the flowchart full size</a></p>\n<div class=\"flowchart__image\">"))
        let css = BuiltInTheme.stylesheet
        #expect(css.contains(".flowchart__open a { display: inline-block; min-height: 44px;"))
    }

    // MARK: 6. which area

    @Test func searchGlossaryAndUpdatesNameTheProceduresPartnerships() throws {
        let index = SearchIndex(procedures: SiteFixture.loaded.procedures, glossary: SiteFixture.loaded.glossary)
        let notts = try #require(index.entries.first { $0.url == "notts/index.html" })
        #expect(notts.page.hasSuffix(": Nottingham City and Nottinghamshire County"))
        #expect(index.entries.filter { $0.url.hasPrefix("herts/") }.allSatisfy { $0.page.hasSuffix(": Hertfordshire Safeguarding Children Partnership") })
        let glossary = SiteFixture.page(Self.built, "glossary.html")
        #expect(glossary.contains("<a href=\"herts/index.html\">Resolution of Professional Differences including Escalations</a> (Hertfordshire Safeguarding Children Partnership)"))
        let updates = SiteFixture.page(Self.built, "updates.html")
        #expect(updates.contains("<a href=\"notts/index.html#history\">Escalating for the right Outcome - Conflict Resolution and Professional Disagreement Policy</a> <span class=\"updates__area\">(Nottingham City and Nottinghamshire County)</span>"))
        #expect(updates.contains("version 36</a> <span class=\"updates__area\">(Hertfordshire Safeguarding Children Partnership)</span>"))
    }

    // MARK: 7. email addresses on a phone

    @Test func emailAddressesBreakAfterTheAtAndBeforeDots() {
        #expect(EmailBreaks.broken("Safeguarding.partnershipsteam@southampton.gov.uk") == "Safeguarding<wbr>.partnershipsteam@<wbr>southampton<wbr>.gov<wbr>.uk")
        #expect(EmailBreaks.apply("<p><a href=\"mailto:a@b.org\">a@b.org</a> and a@b.org</p>") == "<p><a href=\"mailto:a@b.org\">a@<wbr>b<wbr>.org</a> and a@b.org</p>")
        // A link whose text is not its address, and the address in the attribute, are left alone.
        #expect(EmailBreaks.apply("<a href=\"mailto:a@b.org\">write to us</a>") == "<a href=\"mailto:a@b.org\">write to us</a>")
        #expect(EmailBreaks.apply("<a class=\"x\" href=\"mailto:a@b.org\" title=\"t\">a@b.org</a>") == "<a class=\"x\" href=\"mailto:a@b.org\" title=\"t\">a@<wbr>b<wbr>.org</a>")
        let hips = SiteFixture.page(Self.built, "hips/index.html")
        #expect(hips.contains("<a href=\"mailto:Safeguarding.partnershipsteam@southampton.gov.uk\">Safeguarding<wbr>.partnershipsteam@<wbr>southampton<wbr>.gov<wbr>.uk</a>"))
        #expect(!hips.contains("mailto:Safeguarding.partnershipsteam@<wbr>"))
    }

    // MARK: 8. [c] on the all-partnerships page

    @Test func theAllPartnershipsPageSaysWhyAFigureIsWithheldThere() throws {
        var input = SiteFixture.input()
        input.statistics = try #require(SyntheticCases.publication(SyntheticCases.records()))
        let r = SiteFixture.build(input)
        let overview = SiteFixture.page(r, "statistics.html")
        #expect(overview.contains("<abbr title="), "the fixture's all-partnerships page has no withheld figure to explain")
        #expect(overview.contains("<p class=\"stat-withheld\" id=\"stat-withheld\">Why a figure here can be [c] when a partnership&#39;s own page shows a number for the same thing:"))
        #expect(overview.range(of: "stat-withheld")!.lowerBound < overview.range(of: "<section class=\"stat-table\"")!.lowerBound)
        for path in r.files.keys where path.hasPrefix("statistics/") && path.hasSuffix(".html") {
            #expect(!SiteFixture.page(r, path).contains("stat-withheld"), "\(path)")
        }
    }
}
