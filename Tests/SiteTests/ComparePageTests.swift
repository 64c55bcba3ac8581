import Audit
import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// The compare page as a practitioner reads it: in plain words, without the audit's ids or the
/// format's keys, saying what is true of a procedure without stages, and one card per
/// procedure for a phone.
@Suite struct ComparePageTests {
    static let html = SiteFixture.page(SiteFixture.build(SiteFixture.input()), "compare.html")

    /// The page's visible text: no tags, so no attribute values (ids and data attributes may
    /// carry the check ids; the text may not).
    static var visibleText: String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false; out.append(" ") } else if !inTag { out.append(c) }
        }
        return out
    }

    @Test func noCheckIdOrFormatKeyIsShownToReaders() {
        let text = Self.visibleText
        for id in AuditCheck.ID.allCases where id.rawValue.contains("-") {
            #expect(!text.contains(id.rawValue), "shows the check id \(id.rawValue)")
        }
        for key in ["stages: not-listed", "not-listed", "kind immediate-risk", "immediate-risk", "professional-concern", "timescale note",
                    "Who, Members or Outcome", "last-updated"] {
            #expect(!text.contains(key), "shows '\(key)'")
        }
        // The ids stay for links and scripts, in attributes.
        #expect(Self.html.contains("<tr id=\"audit-immediate-risk-route\" data-check=\"immediate-risk-route\">"))
    }

    @Test func theImmediateRiskCheckDoesNotContradictThePage() {
        // Hertfordshire's document has no immediate-risk route, but its page opens with the
        // site's block: the audit says both, and asks about the document's own route.
        #expect(Self.html.contains("<th scope=\"row\">Its own route for a child at immediate risk (the police and children&#39;s social care)</th>"))
        #expect(Self.html.contains("The partnership&#39;s document gives no route for a child at immediate risk: it does not say to contact the police and children&#39;s social care. This site still opens the procedure&#39;s page with what to do if a child is at immediate risk"))
        #expect(Self.html.contains("It is about the documents, not this site"))
        #expect(!Self.html.contains("names no route for a child at immediate risk"))
    }

    @Test func aProcedureWithoutStagesSaysSoInItsColumn() throws {
        // Nottingham: one cell over every row about stages, saying so and pointing to its page.
        let rows = 3 + SiteFixture.loaded.procedures.map(\.stages.count).max()!
        #expect(Self.html.contains("<td rowspan=\"\(rows)\" class=\"compare__not-listed\">This procedure does not set out stages; see <a href=\"notts/index.html#stages\">the stages section of its page</a>.</td>"))
        // Each stage row has a cell for each procedure that lists stages, and none for Nottingham.
        let stageRow = try #require(Self.html.components(separatedBy: "<tr><th scope=\"row\">Stage 1</th>").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(stageRow.components(separatedBy: "<td>").count - 1 == 3)
        // No blank cell but the two tables' top-left corners.
        #expect(Self.html.components(separatedBy: "<td></td>").count - 1 == 2)
        #expect(Self.html.components(separatedBy: "<tr><td></td><th scope=\"col\">").count - 1 == 2)
        // Its phone card says the same.
        #expect(Self.html.contains("<div><dt>Stages</dt><dd>This procedure does not set out stages; see <a href=\"notts/index.html#stages\">the stages section of its page</a>.</dd></div>"))
    }

    @Test func aPhoneGetsOneCardPerProcedureForTheComparisonAndTheAudit() {
        for p in SiteFixture.loaded.procedures {
            #expect(Self.html.contains("<h2 id=\"compare-card-\(p.id)\" class=\"compare-card__title\"><a href=\"\(p.id)/index.html\">"), "\(p.id)")
            #expect(Self.html.contains("<h3 id=\"audit-card-\(p.id)\" class=\"compare-card__title\"><a href=\"\(p.id)/index.html\">"), "\(p.id)")
        }
        // Each audit card lists every check, with its result in words.
        let cards = Self.html.components(separatedBy: "<section class=\"compare-card\" aria-labelledby=\"audit-card-").dropFirst()
        #expect(cards.count == SiteFixture.loaded.procedures.count)
        for card in cards {
            #expect(card.components(separatedBy: "<strong class=\"audit__result\">").count - 1 == AuditCheck.ID.allCases.count)
        }
        // HIPS has stages, listed on its card with their timescales.
        #expect(Self.html.contains("<li><strong>Discussion with line manager or safeguarding lead</strong><br>The practitioner who disagrees with a decision; their line manager or safeguarding lead<br><em>Within 2 working days from the date raised</em></li>"))
    }

    @Test func theStylesheetSwapsTheTablesForTheCardsOnAPhone() throws {
        let css = BuiltInTheme.stylesheet
        let block = try #require(css.components(separatedBy: "---- site-compare:").last)
        #expect(block.contains("@media (max-width: 40rem) {\n  .compare-table { display: none; }\n  .compare-cards { display: block; }\n}"))
        #expect(block.contains(".compare-cards { display: none; }"))
        // The row headings stay in view wherever the table scrolls.
        #expect(block.contains(".compare th[scope=\"row\"], .compare thead td { position: sticky; left: 0;"))
    }
}
