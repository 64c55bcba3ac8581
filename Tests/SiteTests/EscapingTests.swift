import Flowchart
import Foundation
import Model
import PolicySource
@testable import Site
import Testing
import TestSupport
import WorkingDays

/// Everything that came from content is escaped on the page, whatever it holds.
@Suite struct EscapingTests {
    static func hostileProcedure(allowRawHTML: Bool = false) -> Procedure {
        let evil = "<script>alert('x')</script> & \"quotes\" <b>bold</b>"
        return Procedure(
            id: "evil", title: "Title " + evil, source: "policies/evil.md", summary: "Summary " + evil,
            partnerships: [Partnership(id: "p", name: "Partnership " + evil, contact: "c")], version: evil, calendar: "england-and-wales",
            introduction: .rendered("Intro <script>alert(1)</script> and <div onclick=\"x\">raw</div> [link](javascript:alert(1))",
                                    allowRawHTML: allowRawHTML),
            stages: [Stage(number: 1, title: "Stage " + evil, participants: [evil], escalatesTo: evil,
                           timescale: Timescale(kind: .fromRaised, value: 2, unit: .workingDays, note: evil), records: [evil],
                           notifications: [NotificationDuty(what: evil, to: "c", by: evil, how: evil, when: evil)],
                           outcome: evil, guidance: .rendered("Guidance </script><script>bad()</script>", line: 2, allowRawHTML: allowRawHTML))],
            routes: [Route(title: "Urgent " + evil, anchor: "urgent-x", when: evil, contacts: [evil])],
            contacts: [Contact(id: "c", name: "Contact " + evil, email: "a@b.org\"onmouseover=\"x", url: "javascript:alert(1)", note: evil)],
            categories: [evil], concernTemplate: [evil],
            sections: [Section(title: "Section " + evil, anchor: "section", body: .rendered("x"))])
    }

    @Test func everythingFromContentIsEscaped() {
        let r = SiteFixture.build(SiteFixture.input([Self.hostileProcedure()]))
        let html = SiteFixture.page(r, "evil/index.html")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<script>bad"))
        #expect(!html.contains("<b>bold</b>"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(!html.contains("\"onmouseover"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        let index = SiteFixture.page(r, "index.html")
        #expect(!index.contains("<script>alert"))
        // The calendar's JSON sits in a script element: nothing in it may close the element.
        let json = html.components(separatedBy: "<script type=\"application/json\" id=\"calendar-evil\">").last ?? ""
        #expect(!(json.components(separatedBy: "</script>").first ?? "<").contains("<"))
    }

    @Test func rawHTMLPassesOnlyWhenAllowed() {
        var settings = SiteFixture.loaded.settings
        settings.allowRawHTML = true
        let r = SiteFixture.build(SiteFixture.input([Self.hostileProcedure(allowRawHTML: true)], settings: settings))
        let html = SiteFixture.page(r, "evil/index.html")
        // The div passes the allow-list; its event handler, the script and the javascript: link do not.
        #expect(html.contains("<div>raw</div>"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("<script>alert(1)"))
        #expect(!html.contains("href=\"javascript:"))
    }
}
