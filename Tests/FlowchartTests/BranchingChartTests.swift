@testable import Flowchart
import Foundation
import Model
import Testing
import TestSupport

/// Charts of the procedure that uses every part of the format: a decision for each branching
/// point, an explicit end for every path, routes that lead into the stages, the printed footer.
@Suite struct BranchingChartTests {
    static let p = Fixtures.everything
    static let site = SiteSettings(baseURL: "https://escalate-tests.org.uk/escalation/")
    static let charts = FlowchartBuilder(site: site).charts(for: p)

    @Test func everyStatedOutcomeIsAnArrowFromItsDecision() throws {
        let dot = try #require(Self.charts.first { $0.name == "flowchart" }).dot
        let edges = Support.edges(dot)
        // Stage 5: resolved (the rail), a panel (Stage 6), the inspectorate (a box of its own).
        #expect(edges.contains { $0.from == "decision-5" && $0.to == "end-5" && $0.attributes.contains("Resolved by the") })
        #expect(edges.contains { $0.from == "decision-5" && $0.to == "stage-6" && $0.attributes.contains("refers it") })
        #expect(edges.contains { $0.from == "decision-5" && $0.to == "external-the-inspectorate" })
        #expect(Support.label(of: "external-the-inspectorate", in: dot)?.contains("Referred outside the partnership: the inspectorate") == true)
        // Stage 1 may go to the conference sub-procedure, drawn as an end of this chart.
        let sub = "sub-" + Self.p.subProcedures[0].anchor
        #expect(edges.contains { $0.from == "decision-1" && $0.to == sub })
        #expect(Support.label(of: sub, in: dot)?.contains("Continue with: Challenging a conference decision") == true)
        // Stages that state no outcomes keep Resolved? / Yes / No.
        #expect(Support.label(of: "decision-2", in: dot) == "Resolved?")
        #expect(Support.label(of: "decision-5", in: dot) == "Outcome?")
    }

    /// No path dead-ends: every node but the ends and the rail's points has a way out.
    @Test func everyPathEndsInAnEndBox() throws {
        for chart in Self.charts {
            let nodes = Support.nodes(chart.dot)
            let from = Set(Support.edges(chart.dot).filter { !$0.attributes.contains("invis") && !$0.attributes.contains("arrowhead=\"none\", color=\"#595959\"") }.map(\.from))
            for node in nodes where !from.contains(node) {
                let line = try #require(chart.dot.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"\(node)\" [") })
                let isEnd = line.contains("rounded") || line.contains("shape=\"note\"") || line.contains("shape=\"point\"")
                    || node.hasPrefix("urgent-") || node.hasPrefix("route-")
                #expect(isEnd, "\(chart.name): \(node) leads nowhere")
            }
        }
    }

    @Test func routesAreApartAndTheUrgentOneLeadsIntoAStage() throws {
        let dot = try #require(Self.charts.first { $0.name == "flowchart" }).dot
        let urgent = Self.p.urgentRoutes[0].anchor
        #expect(Support.edges(dot).contains { $0.from == urgent && $0.to == "stage-3" && $0.attributes.contains("then") })
        #expect(dot.contains("URGENT ROUTES FIRST, THEN OTHER ROUTES"))
        #expect(Support.label(of: Self.p.otherRoutes[1].anchor, in: dot)?.contains("Use this route as well as") == true)
        #expect(Support.label(of: "every-stage", in: dot)?.contains("Record: the disagreement") == true)
        #expect(Support.label(of: "stage-1", in: dot)?.contains("Or: immediately where a child is at risk of significant harm") == true)
        #expect(Support.label(of: "stage-1", in: dot)?.contains("(inside your own agency, then between agencies)") == true)
        #expect(Support.label(of: "stage-3", in: dot)?.contains("Starts when the line managers cannot agree") == true)
        #expect(Support.label(of: "stage-5", in: dot)?.contains("Time: At the next partnership executive meeting") == true)
    }

    @Test func aSubProcedureChartHasItsDecisionsItsEndAndItsProcedure() throws {
        let chart = try #require(Self.charts.first { $0.name == Self.p.subProcedures[0].anchor })
        #expect(chart.dot.contains("Part of Resolving professional disagreements in Exampleshire · Exampleshire Safeguarding"))
        let edges = Support.edges(chart.dot)
        #expect(edges.contains { $0.from == "decision-1" && $0.to == "end" })
        #expect(edges.contains { $0.from == "decision-1" && $0.to == "step-2" })
        // Step 2 may lead back into the main procedure's Stage 4.
        #expect(edges.contains { $0.from == "decision-2" && $0.to == "main-stage-4" })
        #expect(Support.label(of: "main-stage-4", in: chart.dot)?.contains("Continue with Stage 4: Directors") == true)
    }

    @Test func printedCopiesSayWhereTheyCameFrom() {
        for chart in Self.charts {
            #expect(chart.footer == [
                "Resolving professional disagreements in Exampleshire · Exampleshire Safeguarding Children Partnership · Westshire Safeguarding Children Partnership",
                "Version 4.2, last updated May 2019",
                "Web version: https://escalate-tests.org.uk/escalation/everything/",
                "Printed copies go out of date: check the web version is current.",
            ])
            #expect(chart.print == PrintPreference(paper: .a3))
        }
        // Without a base URL, the footer says where the site is published.
        let unpublished = FlowchartBuilder(site: SiteSettings(publishedAt: "the partnership's website")).charts(for: Self.p)[0]
        #expect(unpublished.footer.contains("Published at: the partnership's website"))
    }

    @Test func theLongChartPrintsLegiblyOnItsOwnPaper() async throws {
        guard let dot = Support.dot, dot.qpdf != nil else { return }
        let rendered = try await dot.render(Self.charts, formats: [.pdf])
        for r in rendered {
            #expect(r.warnings.isEmpty, "\(r.chart.name): \(r.warnings)")
            let text = String(decoding: try #require(r.pdf), as: UTF8.self)
            // A3 portrait is 841.9 × 1190.6 points; cairo and qpdf write it rounded.
            #expect(text.contains("/MediaBox [ 0 0 842 1191 ]") || text.contains("/MediaBox [0 0 841.89 1190.55]"), "\(r.chart.name) is not on A3")
        }
        #expect(rendered[0].printedPages >= 2)
        // Each split page names its page; the print copy carries the footer.
        let footed = DotRenderer.withFooter(Self.charts[0].dot, Self.charts[0].footer, below: "resolved")
        #expect(footed.contains("Printed copies go out of date") && footed.contains("\"resolved\" -> \"print-footer\""))
    }
}
