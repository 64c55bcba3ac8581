import Foundation
import Diagnostics
import Model
import PolicySource
import Testing
import TestSupport

/// The fixture procedure that uses every part of the format reads clean and means what it says.
@Suite struct EverythingFixtureTests {
    let p = Fixtures.everything

    @Test func checksCleanUnderStrict() async throws {
        let result = await Fixtures.check(try Fixtures.everythingContent(), strict: true)
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics.items.map(\.message))")
        #expect(result.procedures.count == 1)
    }

    @Test func routesHaveTheirKindRelationAndWayIn() throws {
        #expect(p.routes.map(\.kind) == [.immediateRisk, .professionalConcern, .whistleblowing])
        #expect(p.routes.map(\.relation) == [.bypasses, .instead, .alongside])
        #expect(p.urgentRoutes.count == 1 && p.otherRoutes.count == 2)
        #expect(p.routes[0].leadsTo == .stage(3))
        #expect(p.routes[0].contacts == ["the police on 999", "children’s social care, through the front door"])
    }

    @Test func dutiesAtEveryStageAreWrittenOnce() {
        #expect(p.duties.records == ["the disagreement, what was agreed and why, on the child’s record"])
        #expect(p.duties.notifications.map(\.to) == ["business-unit"])
        #expect(p.stages.allSatisfy { $0.records.isEmpty })
    }

    @Test func timescalesInEveryUnitAndKind() {
        let t = p.stages.map(\.timescale)
        #expect(t[0].kind == .fromRaised && t[0].value == 5 && t[0].unit == .workingDays)
        #expect(t[0].alternatives.map(\.condition) == ["where a child is at risk of significant harm"])
        #expect(t[1].unit == .calendarDays && t[1].value == 10 && t[1].kind == .afterPrevious)
        #expect(t[2].unit == .weeks && t[2].value == 2)
        #expect(t[3].unit == .months && t[3].value == 1)
        #expect(t[4].kind == .event && t[4].wording == "at the next partnership executive meeting")
        #expect(t[5].kind == .fromRaised && t[5].unit == .months && t[5].value == 3)
        #expect(t[7].kind == .event)
    }

    @Test func branchesLeadWhereTheyAreWritten() {
        let s1 = p.stages[0].outcomes
        #expect(s1.map(\.when) == ["resolved", "not resolved", "it is about a conference decision"])
        #expect(s1.map(\.next) == [.end, .stage(2), Outcome.Next(kind: .subProcedure, ref: p.subProcedures[0].anchor)])
        #expect(s1.allSatisfy { $0.stated })
        #expect(p.stages[4].outcomes.map(\.next) == [.end, .stage(6), Outcome.Next(kind: .external, ref: "the inspectorate")])
        // Stages without stated outcomes keep the implied ones.
        #expect(p.stages[1].outcomes == Outcome.implied(afterStage: 2, isLast: false))
        #expect(p.stages[7].outcomes == Outcome.implied(afterStage: 8, isLast: true))
    }

    @Test func stagesStartTheirSettingAndChangeIt() {
        #expect(p.stages[0].settings == [.internal, .interAgency])
        #expect(p.stages[2].startsWhen == "the line managers cannot agree, or a child is at immediate risk")
        #expect(p.stages[6].setting == .external)
        #expect(p.stages[2].notifications[0].role == "the conference chair" && p.stages[2].notifications[0].to == nil)
    }

    @Test func stepsTakeTheFactsStagesDo() {
        let conference = p.subProcedures[0]
        #expect(conference.steps[0].startsWhen == "the conference has ended")
        #expect(conference.steps[0].outcomes.map(\.next) == [.end, Outcome.Next(kind: .step, ref: conference.steps[1].anchor)])
        #expect(conference.steps[1].notifications.map(\.role) == ["the conference chair"])
        // A step may lead back into the stages.
        #expect(conference.steps[1].outcomes.last?.next == .stage(4))
        let strategy = p.subProcedures[1]
        #expect(strategy.steps[0].timescale.kind == .none && strategy.steps[0].timescale.wording == "the same day")
        #expect(strategy.steps[1].outcome?.hasPrefix("a strategy discussion is held") == true)
    }

    @Test func frontMatterFacts() {
        #expect(p.print == PrintPreference(paper: .a3, landscape: false))
        #expect(p.lastUpdated == PolicyDate("2019-05"))
        #expect(p.lastUpdated?.readable == "May 2019")
        #expect(p.contacts.first { $0.id == "westshire-team" }?.address?.hasPrefix("Partnership Team") == true)
        #expect(p.contacts.allSatisfy { $0.isReachable })
        #expect(p.categoriesAfter.markdown == "The list is not exhaustive.")
        #expect(p.categoriesNote.isEmpty)
    }
}

/// Each new part of the format broken one way, reported at its line and column.
@Suite struct RicherFormatFaultTests {
    let file = "policies/000_everything.md"

    func broken(_ old: String, _ new: String) async throws -> (diagnostics: [Diagnostic], text: String) {
        let dir = try Fixtures.everythingContent()
        var text = ""
        try Fixtures.edit(dir, file) { original in
            precondition(original.contains(old), "the fixture has no '\(old)'")
            text = original.replacingOccurrences(of: old, with: new)
            return text
        }
        return (await Fixtures.check(dir).diagnostics.items, text)
    }

    func line(of needle: String, in text: String) -> Int {
        (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    @Test func anOutcomeWithoutAnArrow() async throws {
        let r = try await broken("  - not resolved -> Stage 2\n", "  - not resolved, Stage 2\n")
        let d = try #require(r.diagnostics.first(where: { $0.code == DiagnosticCode.outcome.rawValue }))
        #expect(d.message == "the outcome 'not resolved, Stage 2' does not say where it leads")
        #expect(d.location.line == line(of: "not resolved, Stage 2", in: r.text))
        #expect(d.location.column == 3)
    }

    @Test func anOutcomeLeadingToAStageThatIsNotThere() async throws {
        let r = try await broken("  - the panel cannot agree -> Stage 7\n", "  - the panel cannot agree -> Stage 12\n")
        let d = try #require(r.diagnostics.first(where: { $0.code == DiagnosticCode.outcomeTarget.rawValue }))
        #expect(d.message == "the outcome 'the panel cannot agree' leads to Stage 12, which this procedure does not have")
        #expect(d.location.line == line(of: "-> Stage 12", in: r.text))
    }

    @Test func anOutcomeNamingASubProcedureThatIsNotThere() async throws {
        let r = try await broken("-> sub-procedure: Challenging a conference decision", "-> sub-procedure: Challenging a conference")
        let d = try #require(r.diagnostics.first(where: { $0.code == DiagnosticCode.outcomeTarget.rawValue }))
        #expect(d.message == "there is no sub-procedure 'challenging a conference' in this procedure")
        #expect(d.help.contains("challenging a conference decision"))
    }

    @Test func stagesThatOnlyLeadRoundEachOther() async throws {
        // Stage 6 sent back to Stage 5 is fine while Stage 5 can still end …
        let back = try await broken("  - the panel decides -> end\n  - the panel cannot agree -> Stage 7\n", "  - not settled -> Stage 5\n")
        #expect(!back.diagnostics.contains { $0.code == DiagnosticCode.deadEnd.rawValue })
        // … but when Stage 5 only refers on to Stage 6, neither can ever end.
        let dir = try Fixtures.everythingContent()
        try Fixtures.edit(dir, file) { $0
            .replacingOccurrences(of: "  - the panel decides -> end\n  - the panel cannot agree -> Stage 7\n", with: "  - not settled -> Stage 5\n")
            .replacingOccurrences(of: "  - resolved by the business manager -> end\n  - the business manager refers it to a panel -> Stage 6\n  - it concerns a provider's registration -> external: the inspectorate\n",
                                  with: "  - referred -> Stage 6\n") }
        let dead = await Fixtures.check(dir).diagnostics.items.filter { $0.code == DiagnosticCode.deadEnd.rawValue }
        #expect(dead.map(\.message).sorted() == [
            "no path from Stage 5 reaches an end: its outcomes lead only to Stage 6, and on round again",
            "no path from Stage 6 reaches an end: its outcomes lead only to Stage 5, and on round again",
        ])
    }

    @Test func aRouteKindOrRelationThatIsNotOnTheList() async throws {
        let r = try await broken("- **Kind:** whistleblowing\n", "- **Kind:** whistle-blowing\n")
        let d = try #require(r.diagnostics.first(where: { $0.code == DiagnosticCode.factValue.rawValue }))
        #expect(d.message == "'whistle-blowing' is not a kind of route")
        #expect(d.help.contains("whistleblowing"))
        #expect(d.location.column == 13)
        let urgent = try await broken("- **Kind:** immediate-risk\n", "- **Kind:** immediate-risk\n- **Relation:** alongside\n")
        #expect(urgent.diagnostics.contains { $0.code == DiagnosticCode.factValue.rawValue && $0.message.contains("an urgent route bypasses the stages") })
    }

    @Test func aMisspeltContactIdIsStillReportedButARoleIsNot() async throws {
        let r = try await broken("  - **To:** business-unit\n", "  - **To:** busness-unit\n")
        let d = try #require(r.diagnostics.first(where: { $0.code == DiagnosticCode.notifyContact.rawValue }))
        #expect(d.message == "'At every stage' notifies 'busness-unit', which is not a contact of this procedure")
        #expect(d.help.contains("business-unit"))
        let role = try await broken("  - **To:** business-unit\n", "  - **To:** the partnership business manager\n")
        #expect(!role.diagnostics.contains { $0.code == DiagnosticCode.notifyContact.rawValue })
    }

    @Test func aStageTypeChangingToSomethingUnknown() async throws {
        let r = try await broken("- **Type:** internal; inter-agency\n", "- **Type:** internal; multi-agency\n")
        let d = try #require(r.diagnostics.first(where: { $0.code == DiagnosticCode.factValue.rawValue }))
        #expect(d.message == "'multi-agency' is not a stage type")
    }
}
