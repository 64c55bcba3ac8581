import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// Issue 15's "Safety first" on the pages: what to do if a child is at immediate risk comes
/// first on every procedure page, no note meant for authors reaches a reader, and every email
/// address and phone number is a link.
@Suite struct SafetyFirstPageTests {
    static let built = SiteFixture.build(SiteFixture.input())
    static let procedurePages = SiteFixture.loaded.procedures.map { "\($0.id)/index.html" }

    /// The page without its inline charts and scripts: the text and links a reader meets.
    static func readable(_ html: String) -> String {
        var out = html
        for (open, close) in [("<svg", "</svg>"), ("<script", "</script>")] {
            while let start = out.range(of: open), let end = out.range(of: close, range: start.upperBound..<out.endIndex) {
                out.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        return out
    }

    @Test(arguments: procedurePages)
    func theImmediateRiskBlockOpensEveryProcedurePage(_ path: String) throws {
        let html = SiteFixture.page(Self.built, path)
        let main = try #require(html.range(of: "<main"))
        let firstSection = try #require(html.range(of: "<section", range: main.upperBound..<html.endIndex))
        #expect(html[firstSection.lowerBound...].hasPrefix("<section class=\"immediate-risk\" id=\"immediate-risk\""), "\(path)")
        let block = String(html[firstSection.lowerBound...].prefix { _ in true }).components(separatedBy: "</section>")[0]
        #expect(block.contains("<a class=\"immediate-risk__call\" href=\"tel:999\">Call the police on 999</a>"))
        #expect(block.contains("children's social care") || block.contains("children&#39;s social care"))
        // Each of the procedure's partnerships has its front door, and no number is made up.
        let p = try #require(SiteFixture.loaded.procedures.first { path.hasPrefix($0.id + "/") })
        for partnership in p.partnerships { #expect(block.contains("<strong>\(partnership.name)</strong>"), "\(partnership.name) on \(path)") }
        #expect(block.components(separatedBy: "href=\"tel:").count == 2, "only 999 is a number in the example set")
        // The link says what it finds, not its address (printed copies add the address).
        #expect(block.components(separatedBy: "<a href=\"https://www.gov.uk/report-child-abuse-to-local-council\">Find the phone number of children").count == 2,
                "where to find the numbers, once")
    }

    /// On a phone the order is immediate risk, the stages in short, the calculator, the detail.
    @Test func thePageIsOrderedForAReaderOnAPhone() throws {
        let html = SiteFixture.page(Self.built, "hips/index.html")
        let order = ["id=\"immediate-risk\"", "id=\"stage-summary\"", "id=\"deadlines\"", "class=\"lead\"", "id=\"stages\"", "id=\"contacts\""]
        let positions = try order.map { try #require(html.range(of: $0)?.lowerBound, "\($0) missing") }
        #expect(positions == positions.sorted(), "\(order)")
        // The short list gives every stage with its timescale, linked to its detail.
        let summary = html.components(separatedBy: "id=\"stage-summary\"")[1].components(separatedBy: "</nav>")[0]
        for n in 1...5 { #expect(summary.contains("<a href=\"#stage-\(n)\">Stage \(n): ")) }
        #expect(summary.contains("2 working days after the previous stage"))
    }

    @Test func aFrontDoorWithANumberIsATelephoneLink() throws {
        var settings = SiteFixture.loaded.settings
        settings.immediateRisk.frontDoors["herts"] = [
            .init(name: "Children's services", hours: "at any time", phone: "01632 960 123", email: "front.door@example.gov.uk"),
        ]
        let html = SiteFixture.page(SiteFixture.build(SiteFixture.input(settings: settings)), "herts/index.html")
        #expect(html.contains("<span class=\"immediate-risk__door\">Children&#39;s services (at any time): <a href=\"tel:01632960123\">01632 960 123</a>, <a href=\"mailto:front.door@example.gov.uk\">\(EmailBreaks.broken("front.door@example.gov.uk"))</a></span>"))
        #expect(!html.contains("Find the phone number"))
    }

    @Test func theBlockIsThereWithoutAnySiteSettings() throws {
        let html = SiteFixture.page(SiteFixture.build(SiteFixture.input(settings: SiteSettings())), "notts/index.html")
        #expect(html.contains("<h2 id=\"immediate-risk-heading\">If a child is at immediate risk of harm</h2>"))
        #expect(html.contains("href=\"tel:999\""))
        #expect(!html.contains("immediate-risk__areas"))
    }

    /// Words meant for authors, which a reader must never see: they get the fact or nothing.
    static let authoringNotes = ["Not stated in the source", "names no urgent route", "gives no contact details", "The stages are not listed",
                                 "not listed in the source", "None named", "Not listed", "in the source", "the source does not", "Not stated"]

    @Test func noAuthoringNoteReachesAnyPage() {
        var pages = Array(Self.built.files.keys.filter { $0.hasSuffix(".html") }).sorted()
        // A procedure that leaves out everything it may: no version, dates, contacts or urgent routes.
        var bare = SiteFixture.loaded.procedures.first { $0.id == "hips" }!
        bare.contacts = []
        bare.partnerships = bare.partnerships.map { Partnership(id: $0.id, name: $0.name) }
        bare.version = nil
        bare.lastUpdated = nil
        bare.nextReview = nil
        let bareSite = SiteFixture.build(SiteFixture.input([bare, SiteFixture.loaded.procedures.first { $0.id == "notts" }!]))
        pages += ["bare"]
        #expect(pages.count > 6)
        for path in pages {
            let html = path == "bare" ? SiteFixture.page(bareSite, "hips/index.html") + SiteFixture.page(bareSite, "compare.html")
                : SiteFixture.page(Self.built, path)
            // "What each procedure states" on the compare page is the one place that says what a
            // document leaves out, on purpose ("Not stated"); check_site.py excepts it too.
            var text = Self.readable(html)
            while let start = text.range(of: "<section class=\"audit-section\""),
                  let end = text.range(of: "</section>\n</div>\n</section>", range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
            for note in Self.authoringNotes {
                #expect(!text.localizedCaseInsensitiveContains(note), "\(path) shows '\(note)'")
            }
        }
        // The bare page leaves the rows out rather than saying so.
        let bareHTML = SiteFixture.page(bareSite, "hips/index.html")
        #expect(!bareHTML.contains("<dt>Version</dt>"))
        #expect(!bareHTML.contains("id=\"contacts\""))
        #expect(!bareHTML.contains("id=\"history\""), "nothing to say about its versions, so no empty section")
        #expect(!bareHTML.contains("href=\"#history\""))
    }

    /// Every email address a reader can see is inside a `mailto:` link to itself.
    @Test(arguments: procedurePages)
    func everyEmailAddressIsALink(_ path: String) throws {
        var text = Self.readable(SiteFixture.page(Self.built, path))
        var linked = 0
        // Take out every mailto link whose text is its address; what is left must hold none.
        while let open = text.range(of: "<a href=\"mailto:") {
            let close = try #require(text.range(of: "</a>", range: open.upperBound..<text.endIndex))
            let link = String(text[open.lowerBound..<close.upperBound])
            let address = link.dropFirst("<a href=\"mailto:".count).prefix { $0 != "\"" }
            // Written with a break after the @ and before each dot, so it wraps readably on a phone.
            #expect(link.hasSuffix("\">\(EmailBreaks.broken(String(address)))</a>"), "\(link) on \(path)")
            linked += 1
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        var rest = Substring(text)
        while let at = rest.firstIndex(of: "@") {
            let before = rest[..<at].reversed().prefix { ContactLinks.localCharacters.contains($0) }
            if let email = ContactLinks.emailPrefix(rest[rest.index(at, offsetBy: -before.count)...]) {
                Issue.record("\(email) on \(path) is not a link: …\(rest[..<at].suffix(80))")
            }
            rest = rest[rest.index(after: at)...]
        }
        if path.hasPrefix("hips") { #expect(linked >= 8, "the HIPS mailboxes are on its page") }
    }

    @Test func routeContactsLinkTheirAddressesAndTheNumbersTheModelHolds() {
        let links = ContactLinks(phones: ["01234 567890"])
        #expect(links.html("the LADO (lado@example.gov.uk), or call 01234 567890 within 2 working days.")
            == "the LADO (<a href=\"mailto:lado@example.gov.uk\">lado@example.gov.uk</a>), or call <a href=\"tel:01234567890\">01234 567890</a> within 2 working days.")
        // A number the model does not hold stays text; markup in content stays text.
        #expect(links.html("ring 999 <b>now</b>.") == "ring 999 &lt;b&gt;now&lt;/b&gt;.")
        #expect(links.html("mail a.b@x.org.") == "mail <a href=\"mailto:a.b@x.org\">a.b@x.org</a>.")
        #expect(links.html("user@localhost and @handle") == "user@localhost and @handle")
    }

    /// "Each partnership's own contact" is a list of partnerships with their mailboxes as links.
    @Test func notificationsToEachPartnershipLinkEachMailbox() {
        let html = SiteFixture.page(Self.built, "hips/index.html")
        #expect(html.contains("<strong>Your own partnership</strong><ul class=\"recipients\"><li>Hampshire Safeguarding Children Partnership: <a href=\"mailto:hscp@hants.gov.uk\">\(EmailBreaks.broken("hscp@hants.gov.uk"))</a></li>"))
        #expect(!html.contains("Your own partnership: "))
    }

    /// The Contacts section lists who can be reached: Cambridgeshire's only contact is a post
    /// with no address, so the page has no Contacts section (and no entry for it in Contents).
    @Test func contactsAreOnlyThoseSomeoneCanReach() {
        let cambs = SiteFixture.page(Self.built, "cambs-pboro/index.html")
        #expect(!cambs.contains("id=\"contacts\""))
        #expect(!cambs.contains("href=\"#contacts\""))
        let herts = SiteFixture.page(Self.built, "herts/index.html")
        #expect(herts.contains("<strong>HSCP administration team</strong>"))
    }

    /// The HIPS calculator's Stage 5 date is the time for emailing the LSCP, not for the
    /// meeting: the script is given the note that says so.
    @Test func theCalculatorKnowsWhatStageFivesDateIsFor() throws {
        let html = SiteFixture.page(Self.built, "hips/index.html")
        let attribute = try #require(html.components(separatedBy: "data-stages=\"").dropFirst().first?.components(separatedBy: "\"").first)
        let json = attribute.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        let stages = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(stages.count == 5)
        #expect(stages[4]["label"] as? String == "Stage 5")
        #expect(stages[4]["note"] as? String == "this is the time for sending the email to the LSCP, not for the resolution meeting")
        #expect(stages[0]["note"] == nil)
    }

    /// The compare page says nothing for what a procedure leaves out.
    @Test func theComparisonLeavesGapsEmpty() {
        let html = SiteFixture.page(Self.built, "compare.html")
        #expect(!html.contains("No Stage 1<"), "Nottinghamshire does not list its stages: nothing is guessed")
        #expect(html.contains("No Stage 5"), "a procedure with four stages has no fifth")
    }
}
