import Flowchart
import Model
import Testing

@Suite struct FlowchartStructureTests {
    @Test(arguments: ["herts", "cambs-pboro", "hips"])
    func stagesInOrderWithADecisionBetweenEach(id: String) throws {
        let p = Support.example(id)
        let chart = try #require(FlowchartBuilder().charts(for: p).first { $0.name == "flowchart" })
        let nodes = Support.nodes(chart.dot)
        let stages = nodes.filter { $0.hasPrefix("stage-") && !$0.contains("notify") }
        #expect(stages == p.stages.map { "stage-\($0.number)" })
        let decisions = nodes.filter { $0.hasPrefix("decision-") }
        #expect(decisions == p.stages.dropLast().map { "decision-\($0.number)" })
        let edges = Support.edges(chart.dot)
        for n in 1..<p.stages.count {
            #expect(edges.contains { $0.from == "stage-\(n)" && $0.to == "decision-\(n)" })
            #expect(edges.contains { $0.from == "decision-\(n)" && $0.to == "stage-\(n + 1)" && $0.attributes.contains("No") })
            #expect(edges.contains { $0.from == "decision-\(n)" && $0.to == "yes-\(n)" && $0.attributes.contains("Yes") })
        }
        #expect(edges.contains { $0.from == "start" && $0.to == "stage-1" })
        #expect(nodes.contains("resolved"))
        #expect(Support.label(of: "resolved", in: chart.dot)?.contains("tell the practitioner who raised the concern") == true)
    }

    @Test func urgentRoutesComeFirstAndLookDifferent() throws {
        let p = Support.example("cambs-pboro")
        let dot = try #require(FlowchartBuilder().charts(for: p).first).dot
        let nodes = Support.nodes(dot)
        let urgent = p.urgentRoutes.map(\.anchor)
        let others = p.otherRoutes.map(\.anchor)
        #expect(urgent.count == 2 && others.count == 2)
        #expect(nodes.filter { $0.hasPrefix("urgent-") || $0.hasPrefix("route-") } == urgent + others)
        // Declared before any stage, reached from the start by a dashed bold edge.
        #expect(nodes.firstIndex(of: urgent[0])! < nodes.firstIndex(of: "stage-1")!)
        #expect(Support.edges(dot).contains { $0.from == "start" && $0.to == urgent[0] && $0.attributes.contains("dashed,bold") })
        #expect(Support.label(of: urgent[0], in: dot)?.contains("The designated safeguarding lead in your agency") == true)
        #expect(dot.contains("peripheries=\"2\""))
        // Only routes that bypass the stages are in the urgent box; the others are boxed apart.
        #expect(dot.contains("URGENT ROUTES FIRST, THEN OTHER ROUTES"))
        #expect(Support.label(of: urgent[0], in: dot)?.contains("Use this route instead of") == false)
        #expect(Support.label(of: others[0], in: dot)?.contains("Use this route instead of") == true)
        // Imminent risk goes to the police, then on into Stage 1: an arrow, not a dead end.
        #expect(Support.edges(dot).contains { $0.from == urgent[1] && $0.to == "stage-1" })
        // The record kept at every stage is drawn once, beside the way in.
        #expect(Support.label(of: "every-stage", in: dot)?.contains("AT EVERY STAGE") == true)
        #expect(Support.label(of: "stage-2", in: dot)?.contains("Record") != true)
        // HIPS has no urgent route, so it has no urgent box.
        let hips = try #require(FlowchartBuilder().charts(for: Support.example("hips")).first).dot
        #expect(!Support.nodes(hips).contains { $0.hasPrefix("urgent-") || $0.hasPrefix("route-") })
    }

    @Test func notificationNotesSitOnTheirStages() throws {
        let herts = try #require(FlowchartBuilder().charts(for: Support.example("herts")).first).dot
        let notes = Support.nodes(herts).filter { $0.contains("notify") }
        #expect(notes == ["stage-3-notify", "stage-4-notify"])
        #expect(Support.edges(herts).contains { $0.from == "stage-3-notify" && $0.to == "stage-3" })
        #expect(Support.label(of: "stage-3-notify", in: herts)?.contains("AdminHSCPHSAB@hertfordshire.gov.uk") == true)
        #expect(Support.label(of: "stage-3-notify", in: herts)?.contains("By: the manager who starts Stage 3") == true)
        let hips = try #require(FlowchartBuilder().charts(for: Support.example("hips")).first).dot
        #expect(Support.nodes(hips).filter { $0.contains("notify") } == ["stage-3-notify", "stage-4-notify", "stage-5-notify"])
        // Each duty says what is sent, so two to the same recipient can be told apart.
        #expect(Support.label(of: "stage-5-notify", in: hips)?.contains("NOTIFY your own partnership What: the actions taken to date") == true)
        #expect(Support.label(of: "stage-5-notify", in: hips)?.contains("NOTIFY the Directors or Heads of Service involved") == true)
    }

    @Test func hertfordshireShowsCumulativeWorkingDays() throws {
        let dot = try #require(FlowchartBuilder().charts(for: Support.example("herts")).first).dot
        for (stage, days) in [(1, 3), (2, 6), (3, 10), (4, 12)] {
            let label = try #require(Support.label(of: "stage-\(stage)", in: dot))
            #expect(label.contains("Time: Within \(days) working days from the date raised"), "\(label)")
        }
    }

    @Test func hipsShowsTwoWorkingDaysAfterThePreviousStage() throws {
        let dot = try #require(FlowchartBuilder().charts(for: Support.example("hips")).first).dot
        #expect(Support.label(of: "stage-1", in: dot)?.contains("Time: Within 2 working days from the date raised") == true)
        for stage in 2...5 {
            let label = try #require(Support.label(of: "stage-\(stage)", in: dot))
            #expect(label.contains("Time: Within 2 working days after the previous stage"), "\(label)")
        }
    }

    @Test func aPanelStageEndsInItsOutcome() throws {
        let dot = try #require(FlowchartBuilder().charts(for: Support.example("cambs-pboro")).first).dot
        #expect(Support.edges(dot).contains { $0.from == "stage-4" && $0.to == "final-outcome" })
        #expect(Support.label(of: "final-outcome", in: dot)?.contains("Resolution Panel") == true)
        #expect(Support.label(of: "stage-2", in: dot)?.contains("Time: No fixed timescale") == true)
    }

    @Test func aSourceWithoutStagesHasNoChart() {
        #expect(FlowchartBuilder().charts(for: Support.example("notts")).isEmpty)
    }

    @Test func subProceduresGetTheirOwnChart() throws {
        let charts = FlowchartBuilder().charts(for: Support.example("herts"))
        #expect(charts.map(\.name) == ["flowchart", "sub-procedure-challenging-a-decision-not-to-convene-an-initial-child-protection-conference"])
        let dot = charts[1].dot
        #expect(Support.nodes(dot).filter { $0.hasPrefix("step-") } == ["step-1", "step-2", "step-3", "step-4"])
        #expect(Support.label(of: "step-2", in: dot)?.contains("Within 1 working day after the previous step") == true)
        #expect(dot.contains("whole process: within 72 hours from the date raised"))
        #expect(dot.contains("Part of Resolution of Professional Differences including Escalations"))
        // Steps 1 and 3 may settle the matter: a decision, with an explicit end for each path.
        let edges = Support.edges(dot)
        #expect(Support.nodes(dot).filter { $0.hasPrefix("decision-") } == ["decision-1", "decision-3"])
        #expect(edges.contains { $0.from == "decision-1" && $0.to == "end" && $0.attributes.contains("Settled by the") })
        #expect(edges.contains { $0.from == "decision-1" && $0.to == "step-2" && $0.attributes.contains("Not settled") })
        #expect(edges.contains { $0.from == "decision-3" && $0.to == "step-4" })
        #expect(edges.contains { $0.from == "step-4" && $0.to == "end" })
        // HIPS's conference sub-procedure lives in another document: no chart.
        #expect(FlowchartBuilder().charts(for: Support.example("hips")).map(\.name) == ["flowchart"])
    }

    @Test func theSameModelGivesTheSameDOT() {
        for p in Support.examples {
            #expect(FlowchartBuilder().charts(for: p) == FlowchartBuilder().charts(for: p))
        }
    }

    @Test func textAlternativeListsTheSameSteps() {
        let text = TextAlternative.main(Support.example("herts")).plainText
        #expect(text.hasPrefix("Flowchart: Resolution of Professional Differences including Escalations\n\n1. A practitioner"))
        for n in 1...4 { #expect(text.contains("Stage \(n): ")) }
        #expect(text.contains("Timescale: within 12 working days from the date raised."))
        #expect(text.contains("Notify HSCP administration team (AdminHSCPHSAB@hertfordshire.gov.uk) by email, done by the manager who starts Stage 3: details of the disagreement and its outcome."))
        #expect(text.contains("Local Authority Designated Officer (LADO)"))
        let hips = TextAlternative.main(Support.example("hips")).plainText
        #expect(hips.contains("Notify your own partnership (Hampshire Safeguarding Children Partnership: hscp@hants.gov.uk; Isle of Wight"))
    }
}
