import Audit
import Foundation
import Model
import Testing
import TestSupport

/// The audit speaks to two audiences: `escalate audit` tells an author which key or route kind
/// to change; the compare page tells a practitioner what the document says, in plain English.
@Suite struct ReaderReasonTests {
    /// Words of the policy format, not of its readers.
    static let formatWords = ["not-listed", "stages:", "kind ", "immediate-risk", "professional-concern", "timescale note", "timescale-note",
                              "Who, Members or Outcome", "last-updated", "next-review", "site.yml"]

    /// The examples, and the complete procedure with each thing an author can leave out taken away.
    static func audits() -> [ProcedureAudit] {
        var procedures = Fixtures.examples.procedures
        let complete = AuditChecksTests.complete()
        var noRoutes = complete
        noRoutes.routes = []
        var weakRoutes = complete
        weakRoutes.routes = complete.routes.map { var r = $0; r.contacts = ["the duty officer"]; return r }
        var twoWeakRoutes = weakRoutes
        twoWeakRoutes.routes.append(Route(title: "Out of hours", anchor: "urgent-out-of-hours", kind: .immediateRisk, when: "at night", contacts: ["999"]))
        var noDecision = complete
        noDecision.stages[1].participants = []
        var unfixed = complete
        unfixed.stages[0].timescale = Timescale(kind: .none)
        var noteOnly = unfixed
        noteOnly.timescaleNote = "Each case sets its own pace."
        var noUpdate = complete
        noUpdate.lastUpdated = nil
        var notListed = complete
        notListed.stageListing = .notListed
        notListed.stages = []
        procedures += [noRoutes, weakRoutes, twoWeakRoutes, noDecision, unfixed, noteOnly, noUpdate, notListed]
        return procedures.map { ProcedureAudit($0, today: AuditChecksTests.today) }
    }

    @Test func readersReasonsUseNoWordOfTheFormat() {
        let checks = Self.audits().flatMap(\.checks)
        // Every kind of result is covered, so the words are looked for where they were.
        #expect(Set(checks.map(\.result)) == Set(AuditCheck.Result.allCases))
        for check in checks {
            for word in Self.formatWords {
                #expect(!check.readerReason.contains(word), "\(check.id.rawValue): \(check.readerReason)")
            }
            #expect(!AuditCheck.ID.allCases.contains { check.readerReason.contains($0.rawValue) && $0.rawValue.contains("-") })
        }
    }

    @Test func authorsStillSeeTheKeysToChange() {
        let audits = Self.audits()
        let herts = audits.first { $0.procedure == "herts" }!
        // The author's reason names the route kind to add, and says the site's block is not the document's route.
        #expect(herts.check(.immediateRiskRoute)?.reason == "The procedure names no route for a child at immediate risk (a route of kind immediate-risk saying how to reach the police and children's social care). The immediate-risk block of site.yml that opens every page does not count: it is not the partnership's document.")
        #expect(herts.check(.immediateRiskRoute)?.readerReason == "The partnership's document gives no route for a child at immediate risk: it does not say to contact the police and children's social care.")
        let notts = audits.first { $0.procedure == "notts" }!
        #expect(notts.check(.timescales)?.reason.contains("stages: not-listed") == true)
        #expect(notts.check(.timescales)?.readerReason == "The procedure does not set out stages, so there are none to check.")
    }

    @Test func theJSONReportKeepsItsShape() throws {
        // readerReason is for the site; the documented JSON (schemaVersion 1) is unchanged.
        let check = AuditCheck(.version, .fail, "for authors", reader: "for readers")
        let json = String(decoding: try JSONEncoder().encode(check), as: UTF8.self)
        #expect(!json.contains("for readers"))
        #expect(json.contains("for authors"))
    }
}
