import Flowchart
import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// The site's own pages: the accessibility and privacy statements, updates, page owner and
/// feedback on every page, statistics only with statistics, the 404 page from any depth, and
/// "choose your area".
@Suite struct SitePagesTests {
    static func settings(_ change: (inout SiteSettings) -> Void) -> SiteSettings {
        var s = SiteFixture.loaded.settings
        change(&s)
        return s
    }

    /// The bundled settings with addresses a reader could use: the bundled site.yml's are on
    /// example.org, which the pages leave out (a placeholder reaches nobody).
    static let published = settings {
        $0.baseURL = "https://escalate-tests.org.uk/escalation/"
        $0.owner.email = "feedback@escalate-tests.org.uk"
        $0.accessibility?.email = "accessibility@escalate-tests.org.uk"
        $0.privacy.email = "privacy@escalate-tests.org.uk"
    }

    static func html(_ r: SiteBuilder.Result) -> [(String, String)] {
        r.files.filter { $0.key.hasSuffix(".html") }.map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }.sorted { $0.0 < $1.0 }
    }

    // MARK: accessibility statement

    @Test func theAccessibilityStatementSaysWhatSiteYmlGivesAndNamesTheStandardAndChecks() throws {
        let r = SiteFixture.build(SiteFixture.input(settings: Self.published))
        let page = SiteFixture.page(r, "accessibility.html")
        #expect(page.contains("<h1>Accessibility statement</h1>"))
        #expect(page.contains("Web Content Accessibility Guidelines (WCAG) version 2.2, level AA"))
        #expect(page.contains("This site is partially compliant with the Web Content Accessibility Guidelines"))
        #expect(page.contains("<a href=\"mailto:accessibility@escalate-tests.org.uk\">\(EmailBreaks.broken("accessibility@escalate-tests.org.uk"))</a>"))
        #expect(page.contains("We will reply within 10 working days."))
        #expect(page.contains("The site was last tested on 3 December 2026 by the site&#39;s owner"))
        #expect(page.contains("This statement was prepared on 3 December 2026."))
        #expect(page.contains("Equality and Human Rights Commission (EHRC)") && page.contains("Equality Commission for Northern Ireland (ECNI)"))
        for check in ["Nu HTML Checker", "axe-core", "320 pixels wide", "keyboard", "A4"] {
            #expect(page.contains(check), "the statement does not name the check '\(check)'")
        }
        // The fixture's charts have no PDFs, so escalate names no limit of its own.
        #expect(!page.contains("not tagged PDFs"))
    }

    @Test func untaggedChartPDFsAreAKnownLimitOnlyWhenThereArePDFs() {
        var input = SiteFixture.input()
        input.charts = input.charts.map { var c = $0; c.hasPDF = true; return c }
        input.settings.accessibility?.knownLimits = ["Older <b>tables</b> lack captions."]
        let page = SiteFixture.page(SiteFixture.build(input), "accessibility.html")
        #expect(page.contains("The printable PDF copies of the flowcharts are not tagged PDFs"))
        #expect(page.contains("<li>Older &lt;b&gt;tables&lt;/b&gt; lack captions.</li>"))
        #expect(page.range(of: "not tagged PDFs")!.lowerBound < page.range(of: "Older &lt;b&gt;")!.lowerBound)
    }

    @Test func missingFactsAreLeftOutNeverGuessed() {
        let input = SiteFixture.input(settings: Self.settings { $0.accessibility = nil; $0.owner = SiteOwner(); $0.privacy = PrivacyFacts() })
        let r = SiteFixture.build(input)
        let page = SiteFixture.page(r, "accessibility.html")
        #expect(page.contains("<h1>Accessibility statement</h1>"))
        #expect(page.contains("WCAG) version 2.2, level AA"))
        for invented in ["compliant with", "last tested", "prepared on", "mailto:", "Reporting a problem", "working days", "run by"] {
            #expect(!page.contains(invented), "the statement says '\(invented)' without the fact")
        }
        for (path, html) in Self.html(r) {
            #expect(!html.contains("Page owner"), "\(path) names an owner site.yml does not give")
            #expect(!html.contains("Feedback"), "\(path) offers feedback without a contact")
        }
        let privacy = SiteFixture.page(r, "privacy.html")
        #expect(!privacy.contains("mailto:") && !privacy.contains("run by"))
    }

    // MARK: privacy

    @Test func thePrivacyStatementSaysWhoRunsTheSiteThatItCollectsNothingAndWhomToAsk() {
        let r = SiteFixture.build(SiteFixture.input(settings: Self.published))
        let page = SiteFixture.page(r, "privacy.html")
        #expect(page.contains("This site is run by The escalate project (example site). It collects no information about you."))
        #expect(page.contains("no cookies") && page.contains("no analytics"))
        #expect(page.contains("deadline calculator"))
        #expect(page.contains("that server may keep a short record of each visit"))
        #expect(page.contains("<a href=\"mailto:privacy@escalate-tests.org.uk\">\(EmailBreaks.broken("privacy@escalate-tests.org.uk"))</a>"))
        // What it claims is true of every page: no cookies set, nothing loaded from elsewhere.
        for (path, html) in Self.html(r) {
            #expect(!html.contains("document.cookie"), "\(path) touches cookies")
            #expect(!html.contains("src=\"http") && !html.contains("src=\"//"), "\(path) loads from another site")
        }
        let withoutPrivacy = SiteFixture.page(SiteFixture.build(SiteFixture.input(settings: { var s = Self.published; s.privacy = PrivacyFacts(); return s }())), "privacy.html")
        #expect(withoutPrivacy.contains("<a href=\"mailto:feedback@escalate-tests.org.uk\">"), "the feedback address stands in for a privacy contact")
        #expect(withoutPrivacy.contains("may keep its own record of the requests"))
    }

    // MARK: updates

    @Test func theUpdatesPageListsEveryAmendmentNewestFirstAndLinksTheFeed() throws {
        let r = SiteFixture.build(SiteFixture.input())
        let page = SiteFixture.page(r, "updates.html")
        let all = SiteFixture.loaded.procedures.flatMap { p in p.amendments.map { (p, $0) } }
        #expect(all.count >= 2)
        for (p, a) in all {
            #expect(page.contains("<time datetime=\"\(a.date)\">\(a.date.readable)</time>: <a href=\"\(p.id)/index.html#history\">\(MarkupEscapingForTests.escape(p.title))</a>"),
                    "\(p.id) amended \(a.date) is missing")
        }
        let amendments = page.components(separatedBy: "id=\"superseded\"").first ?? page
        let dates = amendments.components(separatedBy: "<time datetime=\"").dropFirst().map { String($0.prefix(10)) }
        #expect(dates.count == all.count)
        #expect(dates == dates.sorted(by: >), "\(dates)")
        #expect(page.contains("href=\"feed.xml\""))
        #expect(r.files["feed.xml"] != nil)
        let noFeed = SiteFixture.page(SiteFixture.build(SiteFixture.input(settings: Self.settings { $0.baseURL = nil })), "updates.html")
        #expect(!noFeed.contains("feed.xml"))
    }

    // MARK: every page

    @Test func everyPageNamesItsOwnerAndFeedbackContactAndLinksTheNewPages() {
        let r = SiteFixture.build(SiteFixture.input(settings: Self.published))
        let pages = Self.html(r)
        #expect(pages.count >= 10)
        for (path, html) in pages {
            #expect(html.contains("<p class=\"site-footer__owner\">Page owner: The escalate project (example site)</p>"), "\(path)")
            #expect(html.contains("Feedback, or a mistake on this page: <a href=\"mailto:feedback@escalate-tests.org.uk\">\(EmailBreaks.broken("feedback@escalate-tests.org.uk"))</a>"), "\(path)")
            for target in ["accessibility.html", "privacy.html", "updates.html"] {
                #expect(html.contains(target + "\""), "\(path) has no link to \(target)")
            }
        }
        let phone = SiteFixture.build(SiteFixture.input(settings: Self.settings {
            $0.owner = SiteOwner(name: "A <b>partnership</b>", phone: "01234 567 890", feedbackURL: "https://escalate-tests.org.uk/form?a=1&b=2")
        }))
        let index = SiteFixture.page(phone, "index.html")
        #expect(index.contains("Page owner: A &lt;b&gt;partnership&lt;/b&gt;"))
        #expect(index.contains("<a href=\"tel:01234567890\">01234 567 890</a>, <a href=\"https://escalate-tests.org.uk/form?a=1&amp;b=2\">the feedback form</a>"))
    }

    @Test func telLinksDialOnlyDigits() {
        #expect(ContactContext.tel("+44 (0)1234 567-890") == "tel:+4401234567890")
        #expect(ContactContext.tel("ask the switchboard") == nil)
    }

    // MARK: statistics only with statistics

    @Test func withoutStatisticsThereIsNoStatisticsPageLinkOrSitemapEntry() throws {
        let r = SiteFixture.build(SiteFixture.input())
        #expect(r.files["statistics.html"] == nil)
        for (path, html) in Self.html(r) {
            #expect(!html.contains("statistics.html"), "\(path) links the statistics page")
        }
        #expect(!SiteFixture.page(r, "sitemap.xml").contains("statistics"))
        var input = SiteFixture.input()
        input.statistics = try #require(SyntheticCases.publication(SyntheticCases.records()))
        let with = SiteFixture.build(input)
        #expect(with.files["statistics.html"] != nil)
        #expect(SiteFixture.page(with, "index.html").contains("<a href=\"statistics.html\""))
        #expect(SiteFixture.page(with, "herts/index.html").contains("<a href=\"../statistics.html\""))
        #expect(SiteFixture.page(with, "sitemap.xml").contains("<loc>https://example.org/escalation/statistics.html</loc>"))
        #expect(SiteFixture.page(with, "sitemap.xml").contains("<loc>https://example.org/escalation/statistics/herts.html</loc>"))
    }

    @Test func theSitemapListsEveryPageTheSiteHas() {
        let r = SiteFixture.build(SiteFixture.input())
        let sitemap = SiteFixture.page(r, "sitemap.xml")
        let listed = Set(sitemap.components(separatedBy: "<loc>https://example.org/escalation/").dropFirst().map { String($0.prefix { $0 != "<" }) })
        let pages = Set(r.files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" })
        #expect(listed == pages, "only in the sitemap: \(listed.subtracting(pages)); only built: \(pages.subtracting(listed))")
    }

    // MARK: 404

    @Test func theNotFoundPageLinksFromTheSitesTopSoItWorksAtAnyDepth() {
        let r = SiteFixture.build(SiteFixture.input())
        let page = SiteFixture.page(r, "404.html")
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/escalation/assets/style.css\">"))
        #expect(page.contains("<a href=\"/escalation/index.html\">all procedures</a>"))
        // The stylesheets linked again from the top folder are for a copy opened from disk.
        let fallback: Set = ["assets/style.css", "assets/theme.css"]
        let hrefs = SiteLinkCheck.attributeValues("href", in: page).map(\.value)
            .filter { !$0.hasPrefix("#") && !$0.hasPrefix("mailto:") && !$0.hasPrefix("http") && !fallback.contains($0) }
        #expect(!hrefs.isEmpty && hrefs.allSatisfy { $0.hasPrefix("/escalation/") }, "\(hrefs)")
        // The link check resolves them from the top, and would report them if they led nowhere.
        #expect(SiteLinkCheck.check(r.files, sitePath: "/escalation/").filter { $0.location.file == "output/404.html" }.isEmpty)
        var broken = r.files
        broken["assets/style.css"] = nil
        #expect(SiteLinkCheck.check(broken, sitePath: "/escalation/").contains { $0.location.file == "output/404.html" && $0.message.contains("/escalation/assets/style.css") })
        // Without a base address nothing says where the top is: the links stay relative.
        let relative = SiteFixture.page(SiteFixture.build(SiteFixture.input(settings: Self.settings { $0.baseURL = nil })), "404.html")
        #expect(relative.contains("href=\"assets/style.css\""))
        let atTop = SiteFixture.page(SiteFixture.build(SiteFixture.input(settings: Self.settings { $0.baseURL = "https://partnership.example/" })), "404.html")
        #expect(atTop.contains("href=\"/assets/style.css\""))
    }

    // MARK: choose your area

    @Test func theHomePageOffersEachPartnershipAPageOfItsProceduresAndContacts() throws {
        let r = SiteFixture.build(SiteFixture.input())
        let index = SiteFixture.page(r, "index.html")
        #expect(index.contains("<h2 id=\"areas-heading\">Choose your area</h2>"))
        let partnerships = Dictionary(SiteFixture.loaded.procedures.flatMap { p in p.partnerships.map { ($0.id, $0.name) } }, uniquingKeysWith: { a, _ in a })
        #expect(partnerships.count > 1)
        for (id, name) in partnerships {
            #expect(index.contains("<a href=\"partnerships/\(id).html\">\(MarkupEscapingForTests.escape(name))</a>"), "\(id) not offered")
            let page = SiteFixture.page(r, "partnerships/\(id).html")
            #expect(page.contains("<h1>\(MarkupEscapingForTests.escape(name))</h1>"))
            for p in SiteFixture.loaded.procedures where p.partnerships.contains(where: { $0.id == id }) {
                #expect(page.contains("<a href=\"../\(p.id)/index.html\">"), "\(id) lacks \(p.id)")
            }
        }
        let iow = SiteFixture.page(r, "partnerships/iow.html")
        #expect(iow.contains("<strong>Isle of Wight Safeguarding Children Partnership</strong>: <a href=\"mailto:scp@iow.gov.uk\">\(EmailBreaks.broken("scp@iow.gov.uk"))</a>"))
        #expect(!iow.contains("hscp@hants.gov.uk"), "another partnership's contact is on the Isle of Wight's page")
    }

    @Test func aSitePerPartnershipHasNoPicker() throws {
        let herts = try #require(SiteFixture.loaded.procedures.first { $0.id == "herts" })
        let r = SiteFixture.build(SiteFixture.input([herts]))
        #expect(!SiteFixture.page(r, "index.html").contains("Choose your area"))
        #expect(!r.files.keys.contains { $0.hasPrefix("partnerships/") })
    }
}

enum MarkupEscapingForTests {
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}
