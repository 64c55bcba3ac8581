import Audit
import Model
import Testing

/// Each check passing, failing and not applying, on small procedures made by hand: a complete
/// one, then one thing taken away at a time.
@Suite struct AuditChecksTests {
    static let today = PolicyDate("2026-11-23")!

    /// A procedure that passes every check.
    static func complete() -> Procedure {
        Procedure(
            id: "demo", title: "Demo procedure", source: "policies/demo.md",
            partnerships: [Partnership(id: "demo", name: "Demo Partnership", contact: "office")],
            version: "3", lastUpdated: PolicyDate("2025-06-01"), nextReview: PolicyDate("2027-06-01"),
            calendar: "england-and-wales",
            stages: [
                Stage(number: 1, title: "Practitioners", participants: ["the practitioners"],
                      timescale: Timescale(kind: .fromRaised, value: 3, unit: .workingDays), records: ["the discussion"]),
                Stage(number: 2, title: "Senior managers", participants: ["the senior managers"],
                      timescale: Timescale(kind: .afterPrevious, value: 5, unit: .workingDays), records: ["the decision"]),
            ],
            routes: [
                Route(title: "A child at immediate risk", anchor: "urgent-a-child-at-immediate-risk", kind: .immediateRisk,
                      when: "a child is at immediate risk", contacts: ["the police on 999", "the MASH"]),
                Route(title: "Concerns about a professional", anchor: "route-concerns-about-a-professional", kind: .professionalConcern,
                      relation: .instead, when: "a professional may harm children", contacts: ["the LADO"]),
            ],
            contacts: [Contact(id: "office", name: "Partnership office", email: "office@example.org")])
    }

    func audit(_ p: Procedure, today: PolicyDate = AuditChecksTests.today) -> ProcedureAudit { ProcedureAudit(p, today: today) }

    func result(_ p: Procedure, _ id: AuditCheck.ID, today: PolicyDate = AuditChecksTests.today) -> AuditCheck {
        audit(p, today: today).check(id)!
    }

    @Test func aCompleteProcedurePassesEveryCheckInOrder() {
        let a = audit(Self.complete())
        #expect(a.checks.map(\.id) == AuditCheck.ID.allCases)
        #expect(a.checks.map(\.id.rawValue) == ["immediate-risk-route", "lado-route", "recording-duty", "final-decision",
                                               "timescales", "review-date", "reachable-contact", "version"])
        for check in a.checks { #expect(check.result == .pass, "\(check.id): \(check.reason)") }
        #expect(a.check(.finalDecision)?.reason == "Stage 2 (Senior managers), the last stage, names who decides: the senior managers.")
    }

    // MARK: immediate-risk-route

    @Test func noImmediateRiskRouteFails() {
        var p = Self.complete()
        p.routes.removeAll { $0.kind == .immediateRisk }
        let c = result(p, .immediateRiskRoute)
        #expect(c.result == .fail)
        #expect(c.reason.hasPrefix("The procedure names no route for a child at immediate risk"))
    }

    @Test func anImmediateRiskRouteWithoutThePoliceFails() {
        var p = Self.complete()
        p.routes[0].contacts = ["the designated safeguarding lead", "children's social care"]
        let c = result(p, .immediateRiskRoute)
        #expect(c.result == .fail)
        #expect(c.reason == "'A child at immediate risk', the immediate-risk route, does not say how to reach the police in its contacts.")
        #expect(c.subject == .route(anchor: "urgent-a-child-at-immediate-risk"))
    }

    @Test func anImmediateRiskRouteWithoutSocialCareFails() {
        var p = Self.complete()
        p.routes[0].contacts = ["the police"]
        #expect(result(p, .immediateRiskRoute).reason.hasSuffix("does not say how to reach children's social care in its contacts."))
        // A word inside another word is not the word: "smash" is not the MASH, 01999 is not 999.
        p.routes[0].contacts = ["smash the glass", "call 01999 123456"]
        #expect(result(p, .immediateRiskRoute).reason.hasSuffix("does not say how to reach the police or children's social care in its contacts."))
    }

    @Test func ofSeveralImmediateRiskRoutesTheNearestIsNamed() {
        var p = Self.complete()
        p.routes[0].contacts = ["the designated safeguarding lead"]
        p.routes.append(Route(title: "Out of hours", anchor: "urgent-out-of-hours", kind: .immediateRisk, when: "at night",
                              contacts: ["the police"]))
        let c = result(p, .immediateRiskRoute)
        #expect(c.result == .fail)
        #expect(c.reason == "None of the 2 immediate-risk routes says how to reach both the police and children's social care; the nearest, 'Out of hours', does not name children's social care.")
        #expect(c.subject == .route(anchor: "urgent-out-of-hours"))
    }

    @Test func anotherKindOfRouteNamingThePoliceIsNotAnImmediateRiskRoute() {
        var p = Self.complete()
        p.routes[0].kind = .other
        #expect(result(p, .immediateRiskRoute).result == .fail)
    }

    @Test func theContactsOfAContactIdAndFrontDoorWordingCount() {
        var p = Self.complete()
        p.contacts.append(Contact(id: "front-door", name: "Children's Services Front Door", phone: "0300 123 4043", note: "out of hours: the police"))
        p.routes[0].contacts = ["front-door"]
        #expect(result(p, .immediateRiskRoute).result == .pass)
        p.routes[0].contacts = ["the police or children\u{2019}s social care"]
        #expect(result(p, .immediateRiskRoute).result == .pass)
    }

    // MARK: lado-route

    @Test func ladoRoute() {
        var p = Self.complete()
        p.routes[1].contacts = ["the Local Authority Designated Officer"]
        #expect(result(p, .ladoRoute).result == .pass)
        p.routes[1].contacts = ["your line manager"]
        let c = result(p, .ladoRoute)
        #expect(c.result == .fail)
        #expect(c.reason.contains("does not name the LADO"))
        p.routes.remove(at: 1)
        #expect(result(p, .ladoRoute).reason.hasPrefix("The procedure names no route for a concern about a professional"))
        // Naming the LADO in a route of another kind is not a LADO route.
        p.routes.append(Route(title: "Other", anchor: "route-other", kind: .whistleblowing, when: "x", contacts: ["the LADO"]))
        #expect(result(p, .ladoRoute).result == .fail)
    }

    // MARK: recording-duty

    @Test func recordingDuty() {
        var p = Self.complete()
        p.stages[1].records = []
        let c = result(p, .recordingDuty)
        #expect(c.result == .fail)
        #expect(c.reason == "Stage 2 does not say what to record, and no record is set for every stage.")
        #expect(c.subject == .stage(2))
        p.stages[0].records = []
        #expect(result(p, .recordingDuty).reason.hasPrefix("Stages 1 and 2 do not say"))
        p.duties = StandingDuties(records: ["every discussion"])
        #expect(result(p, .recordingDuty).result == .pass)
    }

    // MARK: final-decision

    @Test func finalDecision() {
        var p = Self.complete()
        p.stages[1].participants = []
        let c = result(p, .finalDecision)
        #expect(c.result == .fail)
        #expect(c.reason == "Stage 2 (Senior managers), the last stage, names no decision-maker: it has no Who, Members or Outcome.")
        p.stages[1].members = ["a senior officer of the police", "a senior officer of the council"]
        #expect(result(p, .finalDecision).reason.hasSuffix("names who decides: a panel of 2."))
        p.stages[1].members = []
        p.stages[1].outcome = "the director decides"
        #expect(result(p, .finalDecision).result == .pass)
        p.stages[1].outcome = nil
        // An earlier stage whose stated outcome ends the procedure, with someone to decide, will do.
        p.stages[0].outcomes = [Outcome(when: "the head of service decides", next: .end)]
        #expect(result(p, .finalDecision).reason.hasPrefix("Stage 1 (Practitioners), which can end the procedure"))
        p.stages[0].outcomes = [Outcome(when: "resolved", next: .end, stated: false)]
        #expect(result(p, .finalDecision).result == .fail)
    }

    // MARK: timescales

    @Test func timescales() {
        var p = Self.complete()
        p.stages[1].timescale = Timescale(kind: .none, wording: "as soon as possible")
        let c = result(p, .timescales)
        #expect(c.result == .fail)
        #expect(c.reason == "Stage 2 has no fixed timescale, and no timescale note says why.")
        p.stages[0].timescale = Timescale(kind: .event, wording: "at the next core group")
        #expect(result(p, .timescales).reason == "No stage has a fixed timescale, and no timescale note says why.")
        p.timescaleNote = "The partnership sets no fixed timescales: each case moves at the child's pace."
        let noted = result(p, .timescales)
        #expect(noted.result == .pass)
        #expect(noted.reason == "No stage has a fixed timescale; the procedure's timescale note says why.")
        #expect(noted.subject == .frontMatter("timescale-note"))
    }

    // MARK: stages not listed

    @Test func theStageChecksDoNotApplyWhenTheStagesAreNotListed() {
        var p = Self.complete()
        p.stageListing = .notListed
        p.stages = []
        let a = audit(p)
        for id in AuditCheck.ID.allCases {
            let expected: AuditCheck.Result = [.recordingDuty, .finalDecision, .timescales].contains(id) ? .notApplicable : .pass
            #expect(a.check(id)?.result == expected, "\(id)")
        }
        #expect(a.check(.timescales)?.reason.contains("stages: not-listed") == true)
    }

    // MARK: review-date

    @Test func reviewDate() {
        var p = Self.complete()
        #expect(result(p, .reviewDate, today: PolicyDate("2027-06-01")!).result == .pass)
        let passed = result(p, .reviewDate, today: PolicyDate("2027-06-02")!)
        #expect(passed.result == .fail)
        #expect(passed.reason == "The next review date, 1 June 2027, has passed (audited on 2 June 2027).")
        #expect(passed.subject == .frontMatter("next-review"))
        // Three years to the day is within; a day more is not.
        p.nextReview = PolicyDate("2028-06-01")
        #expect(result(p, .reviewDate).result == .pass)
        p.nextReview = PolicyDate("2028-06-02")
        #expect(result(p, .reviewDate).reason == "The next review, 2 June 2028, is more than three years after the last update (1 June 2025).")
        p.nextReview = nil
        #expect(result(p, .reviewDate).reason == "The procedure gives no next review date.")
        p.nextReview = PolicyDate("2027-01-01")
        p.lastUpdated = nil
        #expect(result(p, .reviewDate).result == .fail)
    }

    @Test func aMonthOnlyReviewDateIsDueUntilTheMonthEnds() {
        var p = Self.complete()
        p.nextReview = PolicyDate("2026-11")
        #expect(result(p, .reviewDate, today: PolicyDate("2026-11-30")!).result == .pass)
        #expect(result(p, .reviewDate, today: PolicyDate("2026-12-01")!).result == .fail)
    }

    // MARK: reachable-contact

    @Test func reachableContact() {
        var p = Self.complete()
        p.contacts[0].email = nil
        let c = result(p, .reachableContact)
        #expect(c.result == .fail)
        #expect(c.reason == "Demo Partnership's contact (Partnership office) has no email or phone.")
        p.contacts[0].phone = "01234 567890"
        #expect(result(p, .reachableContact).result == .pass)
        // A postal address alone does not make a partnership reachable for an escalation.
        p.contacts[0].phone = nil
        p.contacts[0].address = "1 High Street"
        #expect(result(p, .reachableContact).result == .fail)
        p.contacts[0].email = "office@example.org"
        p.partnerships.append(Partnership(id: "other", name: "Other Partnership"))
        #expect(result(p, .reachableContact).reason == "Other Partnership names no contact.")
    }

    // MARK: version

    @Test func version() {
        var p = Self.complete()
        #expect(result(p, .version).reason == "Version 3.")
        p.version = nil
        #expect(result(p, .version).result == .fail)
        p.version = "  "
        #expect(result(p, .version).reason == "The procedure does not state its version.")
    }
}
