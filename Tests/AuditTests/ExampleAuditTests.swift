import Audit
import Foundation
import Model
import Site
import Testing
import TestSupport

/// The bundled examples' results, pinned: each is the procedure as its partnership published it,
/// so these change only when the example sources do (or a check's meaning does).
@Suite struct ExampleAuditTests {
    static let audits = Fixtures.examples.procedures.map { ProcedureAudit($0, today: Fixtures.today) }

    static func results(_ id: String) -> [String] {
        audits.first { $0.procedure == id }!.checks.map { "\($0.id.rawValue) \($0.result.rawValue)" }
    }

    @Test func hertfordshireNamesNoImmediateRiskRoute() {
        #expect(Self.results("herts") == [
            "immediate-risk-route fail", "lado-route pass", "recording-duty pass", "final-decision pass",
            "timescales pass", "review-date fail", "reachable-contact pass", "version pass",
        ])
    }

    @Test func cambridgeshireSaysToContactThePoliceOrSocialCare() {
        #expect(Self.results("cambs-pboro") == [
            "immediate-risk-route pass", "lado-route pass", "recording-duty pass", "final-decision pass",
            "timescales pass", "review-date fail", "reachable-contact fail", "version fail",
        ])
        let audit = Self.audits.first { $0.procedure == "cambs-pboro" }!
        // Its first immediate-risk route names only the designated safeguarding lead; the second passes.
        #expect(audit.check(.immediateRiskRoute)?.reason == "'A child is at imminent risk of harm' says to contact the police and children's social care.")
        #expect(audit.check(.timescales)?.reason == "No stage has a fixed timescale; the procedure's timescale note says why.")
    }

    @Test func hipsHasNoRoutesVersionOrReviewDate() {
        #expect(Self.results("hips") == [
            "immediate-risk-route fail", "lado-route fail", "recording-duty pass", "final-decision pass",
            "timescales pass", "review-date fail", "reachable-contact pass", "version fail",
        ])
    }

    @Test func nottinghamListsNoStagesSoTheStageChecksDoNotApply() {
        #expect(Self.results("notts") == [
            "immediate-risk-route fail", "lado-route fail", "recording-duty not-applicable", "final-decision not-applicable",
            "timescales not-applicable", "review-date fail", "reachable-contact pass", "version pass",
        ])
    }

    /// The compare page: a row per check, a column per procedure, the result in words and the reason.
    @Test func theComparePageShowsTheAudit() throws {
        let loaded = Fixtures.examples
        let (theme, problems) = SiteBuilder.loadTheme(files: [:], display: "content/theme", settings: loaded.settings.theme)
        #expect(problems.isEmpty)
        let input = SiteInput(procedures: loaded.procedures, settings: loaded.settings, calendars: loaded.calendars, charts: [],
                              auditDate: Fixtures.today)
        let site = SiteBuilder().build(input, theme: try #require(theme))
        let html = String(decoding: try #require(site.files["compare.html"]), as: UTF8.self)
        #expect(html.contains("<h2 id=\"audit\">What each procedure states</h2>"))
        #expect(html.contains("as at 23 November 2026"))
        for id in AuditCheck.ID.allCases {
            let start = try #require(html.range(of: "<tr id=\"audit-\(id.rawValue)\" data-check=\"\(id.rawValue)\">"), "no row for \(id.rawValue)")
            let row = html[start.lowerBound..<html[start.upperBound...].range(of: "</tr>")!.upperBound]
            #expect(row.components(separatedBy: "<td class=\"audit__cell").count - 1 == loaded.procedures.count)
        }
        let herts = try #require(html.range(of: "<tr id=\"audit-immediate-risk-route\" data-check=\"immediate-risk-route\">"))
        let firstCell = html[herts.upperBound...].prefix(700)
        #expect(firstCell.contains("<td class=\"audit__cell audit__cell--fail\"><strong class=\"audit__result\">Not stated</strong>"))
        #expect(firstCell.contains("<summary>Details</summary><p>The partnership&#39;s document gives no route for a child at immediate risk"))
        #expect(html.contains("<strong class=\"audit__result\">Does not apply</strong>"))
        // A build gives no date: the audit is measured against the content's own newest date (as
        // the "Updated" flags are), never the build clock, so the page does not change by itself.
        var undated = input
        undated.auditDate = nil
        let plain = String(decoding: SiteBuilder().build(undated, theme: theme!).files["compare.html"]!, as: UTF8.self)
        #expect(plain.contains("What each procedure states"))
        #expect(plain.contains("as at 21 May 2025 (the newest date in the procedures)"))
    }
}
