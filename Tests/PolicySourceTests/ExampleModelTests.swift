import Model
import PolicySource
import Testing
import TestSupport

/// The bundled examples checked against the published documents they were written from
/// (shared/seeds): stage counts, participants, timescales, duties, routes and contacts.
@Suite struct ExampleModelTests {
    @Test func theExampleContentChecksCleanly() {
        let result = Fixtures.examples
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics.items)")
        #expect(result.procedures.map(\.id) == ["herts", "cambs-pboro", "hips", "notts"])
        #expect(result.procedures.allSatisfy { $0.example })
    }

    @Test func hertfordshire() throws {
        let p = try #require(Fixtures.procedure("herts"))
        #expect(p.version == "37")
        #expect(p.lastUpdated == PolicyDate("2025-05-21"))
        #expect(p.partnerships.map(\.id) == ["herts"])
        #expect(p.stages.map(\.number) == [1, 2, 3, 4])
        // Cumulative from the date the matter was first raised: 3, 6, 10, 12 working days.
        #expect(p.stages.map(\.timescale.kind) == Array(repeating: .fromRaised, count: 4))
        #expect(p.stages.map(\.timescale.value) == [3, 6, 10, 12])
        #expect(p.stages.allSatisfy { $0.timescale.unit == .workingDays })
        #expect(p.stages[0].participants == ["the practitioners who disagree", "each practitioner’s line manager (first-tier manager)"])
        #expect(p.stages[1].participants.first?.contains("second-tier manager") == true)
        #expect(p.stages[2].participants.first?.contains("third-tier manager") == true)
        #expect(p.stages[3].participants == ["the senior director of each agency"])
        // Notifications to the partnership at stages 3 and 4 only, by email to the admin mailbox.
        #expect(p.stages.map(\.notifications.count) == [0, 0, 1, 1])
        let n3 = p.stages[2].notifications[0]
        #expect(n3.to == "hscp-admin")
        #expect(n3.by == "the manager who starts Stage 3")
        #expect(n3.how == "email")
        #expect(p.stages[3].notifications[0].by == "the Stage 4 escalation lead of each agency")
        #expect(p.contact(id: "hscp-admin")?.email == "AdminHSCPHSAB@hertfordshire.gov.uk")
        #expect(p.stages.allSatisfy { !$0.records.isEmpty })
        // Concerns about a professional go to the LADO instead of the stages: not an urgent route.
        #expect(p.urgentRoutes.isEmpty)
        #expect(p.routes.count == 1)
        #expect(p.routes[0].kind == .professionalConcern)
        #expect(p.routes[0].relation == .instead)
        #expect(p.routes[0].contacts == ["the Local Authority Designated Officer (LADO)"])
        // No branches stated: each stage resolves (end) or goes on to the next; the last decides.
        #expect(p.stages[0].outcomes == [Outcome(when: "resolved", next: .end, stated: false),
                                         Outcome(when: "not resolved", next: .stage(2), stated: false)])
        #expect(p.stages[3].outcomes == [Outcome(when: "decided", next: .end, stated: false)])
        // Challenging a decision not to convene an ICPC: 1 + 1 working day, whole within 72 hours.
        #expect(p.subProcedures.count == 1)
        let icpc = p.subProcedures[0]
        #expect(icpc.title.contains("initial child protection conference"))
        #expect(icpc.timescale == Timescale(kind: .fromRaised, value: 72, unit: .hours))
        #expect(icpc.steps.map(\.timescale.kind) == [.none, .afterPrevious, .afterPrevious, .fromRaised])
        #expect(icpc.steps[0].timescale.wording == nil)
        #expect(icpc.steps[1].timescale.value == 1)
        #expect(icpc.steps[2].timescale.value == 1)
        #expect(icpc.steps[1].timescale.unit == .workingDays)
        // The discussion and the written exchange may settle it; otherwise the next step.
        #expect(icpc.steps[0].outcomes.map(\.next) == [.end, Outcome.Next(kind: .step, ref: icpc.steps[1].anchor)])
        #expect(icpc.steps[2].outcomes.map(\.next) == [.end, Outcome.Next(kind: .step, ref: icpc.steps[3].anchor)])
        #expect(icpc.steps[1].outcomes == [Outcome(when: "done", next: Outcome.Next(kind: .step, ref: icpc.steps[2].anchor), stated: false)])
        #expect(icpc.steps[3].outcome?.contains("final decision") == true)
        #expect(p.categories.count == 4)
    }

    @Test func cambridgeshireAndPeterborough() throws {
        let p = try #require(Fixtures.procedure("cambs-pboro"))
        #expect(p.approved == Approval(date: PolicyDate("2018-05")!, by: "LSCB"))
        #expect(p.reviewed == [PolicyDate("2020-09")!, PolicyDate("2021-06")!])
        #expect(p.version == nil)
        #expect(p.stages.count == 4)
        // No fixed timescales: Stage 1 as soon as possible, the others none at all.
        #expect(p.stages.allSatisfy { $0.timescale.kind == .none })
        #expect(p.stages.map(\.timescale.wording) == ["as soon as possible", nil, nil, nil])
        #expect(p.stages[0].participants == ["the workers who disagree"])
        #expect(p.stages[0].setting == .interAgency)
        let panel = p.stages[3]
        #expect(panel.setting == .partnership)
        #expect(panel.members.count == 3)
        #expect(panel.members.contains { $0.contains("local authority") })
        #expect(panel.members.contains { $0.contains("police") })
        #expect(panel.members.contains { $0.contains("CCG") })
        #expect(panel.outcome?.contains("Resolution Panel") == true)
        #expect(p.stages.allSatisfy { $0.notifications.isEmpty })
        // The record to keep is the same at each stage, so it is written once.
        #expect(p.stages.allSatisfy { $0.records.isEmpty })
        #expect(p.duties.records.count == 1)
        #expect(p.duties.records[0].hasPrefix("the concern, the action taken to resolve it"))
        #expect(panel.startsWhen?.contains("every other route") == true)
        // Immediate risk → DSL; imminent risk → police/social care, while the stages go on; then
        // whistleblowing, and complaints and allegations (LADO), instead of the stages.
        #expect(p.urgentRoutes.count == 2)
        #expect(p.urgentRoutes.allSatisfy { $0.kind == .immediateRisk })
        #expect(p.urgentRoutes[0].contacts == ["the designated safeguarding lead in your agency"])
        #expect(p.urgentRoutes[1].contacts.first?.hasPrefix("the police or children’s social care") == true)
        #expect(p.urgentRoutes[1].leadsTo == .stage(1))
        #expect(p.otherRoutes.map(\.kind) == [.whistleblowing, .professionalConcern])
        #expect(p.otherRoutes.allSatisfy { $0.relation == .instead })
        #expect(p.otherRoutes[0].contacts.first?.contains("whistleblowing") == true)
        #expect(p.otherRoutes[1].contacts.contains { $0.contains("LADO") })
        #expect(p.categories.count == 7)
        #expect(p.categoriesNote.markdown.contains("most likely"))
    }

    @Test func hips() throws {
        let p = try #require(Fixtures.procedure("hips"))
        #expect(p.partnerships.map(\.id) == ["hampshire", "iow", "portsmouth", "southampton"])
        #expect(p.stages.count == 5)
        // Stage 1 counts from when the concern arose; stages 2–5 from the end of the previous stage.
        #expect(p.stages[0].timescale == Timescale(kind: .fromRaised, value: 2, unit: .workingDays))
        #expect(p.stages.dropFirst().allSatisfy { $0.timescale.kind == .afterPrevious && $0.timescale.value == 2 && $0.timescale.unit == .workingDays })
        #expect(p.stages[0].setting == .internal)
        #expect(p.stages[0].participants.contains("their line manager or safeguarding lead"))
        #expect(p.stages[1].participants == ["the two practitioners who disagree"])
        #expect(p.stages[3].participants.first?.contains("Heads or Directors of Service") == true)
        #expect(p.stages[4].setting == .partnership)
        // Agreed actions go back to practitioners at stages 3 and 4; at stage 5 the agency raising
        // the concern emails its own LSCP, and actions and learning are fed back.
        #expect(p.stages.map(\.notifications.count) == [0, 0, 1, 1, 3])
        // Agreed actions and learning go to roles, not to mailboxes.
        #expect(p.stages[2].notifications[0].to == nil)
        #expect(p.stages[2].notifications[0].role == "the practitioners involved")
        #expect(p.stages[2].notifications[0].when == "immediately")
        #expect(p.stages[4].notifications.map(\.to) == ["partnership", nil, nil])
        #expect(p.stages[4].notifications.map(\.role) == [nil, "the Directors or Heads of Service involved", "everyone involved in the disagreement"])
        #expect(p.contacts.allSatisfy { $0.isReachable })
        #expect(p.stages[4].startsWhen?.contains("not been able to resolve") == true)
        #expect(p.stages[4].notifications[2].when == "within one month of the meeting or review")
        #expect(p.stages[4].timescale.note?.contains("email") == true)
        #expect(p.urgentRoutes.isEmpty)
        let n = p.stages[4].notifications[0]
        #expect(n.to == NotificationDuty.eachPartnership)
        #expect(n.how == "email")
        #expect(n.by == "the agency raising the concern")
        let emails = p.partnerships.compactMap { p.contact(id: $0.contact ?? "")?.email }
        #expect(emails == ["hscp@hants.gov.uk", "scp@iow.gov.uk", "pscp@portsmouth.gov.uk", "Safeguarding.partnershipsteam@southampton.gov.uk"])
        #expect(p.concernTemplate.count == 7)
        #expect(p.subProcedures.map(\.coveredBy) == ["the HIPS procedures for child protection conferences"])
        #expect(p.timescaleNote?.contains("indicative") == true)
    }

    @Test func nottinghamAndNottinghamshire() throws {
        let p = try #require(Fixtures.procedure("notts"))
        #expect(p.stageListing == .notListed)
        #expect(p.stages.isEmpty)
        #expect(p.stagesNote?.contains("Stage Two") == true)
        #expect(p.version == "32")
        #expect(p.lastUpdated == PolicyDate("2025-01-30"))
        #expect(p.amendments.map(\.date) == [PolicyDate("2025-01-30")!])
        #expect(p.partnerships.map(\.id) == ["notts-city", "notts-county"])
        #expect(p.partnerships.map(\.name) == ["Nottingham City", "Nottinghamshire County"])
        #expect(p.contacts.map(\.email) == ["safeguarding.partnerships@nottinghamcity.gov.uk", "info.nscp@nottscc.gov.uk"])
        #expect(p.categories.count == 5)
    }

    @Test func modelJSONRoundTripsAndCarriesTheSchemaVersion() throws {
        let procedures = Fixtures.examples.procedures
        let data = try ModelDocument(procedures: procedures).jsonData()
        let decoded = try ModelDocument.decode(data)
        #expect(decoded.schema == "escalate-model")
        #expect(decoded.schemaVersion == 2)
        // The JSON carries the prose as Markdown (its HTML is the site's business), so what
        // comes back is the model without rendered HTML, and encodes to the very same bytes.
        #expect(decoded.procedures.map(\.id) == procedures.map(\.id))
        #expect(decoded.procedures.map(\.stages) == procedures.map { $0.stages.map { var s = $0; s.guidance.html = ""; s.guidance.headingIDs = []; return s } })
        #expect(try decoded.jsonData() == data)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"kind\" : \"from-raised\""))
        #expect(text.contains("\"unit\" : \"working-days\""))
        #expect(text.contains("\"kind\" : \"after-previous\""))
    }
}
