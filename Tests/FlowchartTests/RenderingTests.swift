import Flowchart
import Foundation
import Model
import Testing

@Suite(.enabled(if: Support.hasDot, "Graphviz's dot is not installed: install graphviz to run the rendering tests"))
struct RenderingTests {
    func render(_ ids: [String], layout: PrintLayout = PrintLayout()) async throws -> [RenderedChart] {
        let charts = ids.flatMap { FlowchartBuilder().charts(for: Support.example($0)) }
        return try await Support.dot!.render(charts, formats: [.svg, .pdf], print: layout,
                                             fixedDate: { c in PDFMetadata.creationDate(for: Support.example(c.procedureID)) })
    }

    @Test func svgIsAccessibleAndDeterministic() async throws {
        let a = try await render(["herts", "hips"])
        let b = try await render(["herts", "hips"])
        #expect(a.map(\.svg) == b.map(\.svg) && a.map(\.pdf) == b.map(\.pdf))
        let svg = try #require(a.first?.svg)
        // A standalone SVG is named by its first <title> and <desc>; role and aria are added where it is inlined.
        #expect(!svg.contains("role=\"img\""))
        #expect(!svg.contains("page0,"))
        #expect(svg.contains("<title id=\"chart-herts-flowchart-title\">Flowchart: Resolution of Professional Differences including Escalations</title>"))
        #expect(svg.contains("<desc id=\"chart-herts-flowchart-desc\">4 stages, from Practitioners and their line managers to Senior directors."))
        // Tooltips are what the node says, never dot's ids (`stage-2`, `decision-1`).
        #expect(svg.contains("<title>STAGE 2: Second&#45;tier managers Who: The second&#45;tier manager in each agency, for example a Service Manager Time: Within 6 working days from the date raised</title>"))
        let titles = svg.components(separatedBy: "<title>").dropFirst().map { $0.components(separatedBy: "</title>")[0] }
        #expect(!titles.isEmpty)
        #expect(titles.allSatisfy { !$0.contains("stage&#45;") && !$0.contains("decision&#45;") && !$0.contains("&#45;&gt;") && $0 != "herts" }, "\(titles)")
    }

    /// The page size in points from the PDF's first MediaBox.
    func pageSize(_ pdf: Data) -> (Double, Double)? {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let r = text.range(of: "/MediaBox [") else { return nil }
        let numbers = text[r.upperBound...].prefix(while: { $0 != "]" }).split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? (numbers[2], numbers[3]) : nil
    }

    func isPage(_ pdf: Data?, _ width: Double, _ height: Double) -> Bool {
        guard let pdf, let (w, h) = pageSize(pdf) else { return false }
        return abs(w - width) <= 1.5 && abs(h - height) <= 1.5
    }

    @Test func pdfIsOnThePaperAndCarriesTheContentDateNotTheClock() async throws {
        let rendered = try await render(["herts", "cambs-pboro"])
        for r in rendered {
            #expect(isPage(r.pdf, 595.3, 841.9), "\(r.chart.name): \(String(describing: pageSize(r.pdf!)))")
            let pdf = String(decoding: try #require(r.pdf), as: UTF8.self)
            let expected = r.chart.procedureID == "herts" ? "D:20250521000000Z" : "D:19700101000000Z"
            #expect(pdf.contains("/CreationDate (\(expected))"))
        }
        let a3 = try await render(["herts"], layout: PrintLayout(paper: .a3))
        #expect(isPage(a3[0].pdf, 841.9, 1190.9))
        let landscape = try await render(["herts"], layout: PrintLayout(paper: .a4, landscape: true))
        #expect(isPage(landscape[0].pdf, 841.9, 595.3))
    }

    @Test func theExamplesAreLegibleOnA4() async throws {
        let rendered = try await render(["herts", "cambs-pboro", "hips"])
        for r in rendered { #expect(r.warnings.isEmpty, "\(r.chart.procedureID): \(r.warnings)") }
    }

    @Test func aChartTooBigForThePaperIsReported() async throws {
        var p = Support.example("hips")
        p.stages = (1...14).map { n in
            Stage(number: n, title: "Stage with a long title number \(n)", participants: ["someone"],
                  timescale: Timescale(kind: .afterPrevious, value: 2, unit: .workingDays))
        }
        let chart = FlowchartBuilder().charts(for: p)[0]
        // Without qpdf to join pages, it prints on one page, too small, and says so.
        let onePage = DotRenderer(executable: Support.dot!.executable, qpdf: nil)
        let r = try await onePage.render([chart], formats: [.pdf])
        #expect(r[0].warnings.count == 1)
        #expect(r[0].warnings[0].contains("below 9 pt"))
        #expect(r[0].warnings[0].contains("paper: a3"))
        #expect(r[0].printedPages == 1)
    }

    /// A long procedure is split across pages, each marked as continued, never shrunk below 9 pt.
    @Test func aLongChartIsSplitAcrossPages() async throws {
        var p = Support.example("hips")
        p.stages = (1...14).map { n in
            Stage(number: n, title: "Stage with a long title number \(n)", participants: ["someone"],
                  timescale: Timescale(kind: .afterPrevious, value: 2, unit: .workingDays))
        }
        let chart = FlowchartBuilder().charts(for: p)[0]
        try #require(Support.dot?.qpdf != nil, "qpdf joins the pages")
        let r = try await Support.dot!.render([chart], formats: [.pdf])
        #expect(r[0].warnings.isEmpty, "\(r[0].warnings)")
        #expect(r[0].printedPages > 1)
        let pdf = try #require(r[0].pdf)
        #expect(String(decoding: pdf, as: UTF8.self).components(separatedBy: "/Type /Page\n").count - 1 == r[0].printedPages
                || String(decoding: pdf, as: UTF8.self).components(separatedBy: "/Type /Page ").count > 1)
        #expect(isPage(pdf, 595.3, 841.9))
        // The same chart twice gives the same bytes (qpdf's deterministic id).
        let again = try await Support.dot!.render([chart], formats: [.pdf])
        #expect(again[0].pdf == pdf)
        // Each page but the last ends in a marker, each but the first starts from one.
        let split = try #require(chart.printPages.first { $0.count == r[0].printedPages })
        #expect(split.dropLast().allSatisfy { $0.dot.contains("Continued on page") })
        #expect(split.dropFirst().allSatisfy { $0.dot.contains("Continued from page") })
    }

    @Test func manyChartsAreBatchedAndKeepTheirOrder() async throws {
        let charts = Support.examples.flatMap { FlowchartBuilder().charts(for: $0) }
        let many = (0..<5).flatMap { _ in charts }
        let renderer = DotRenderer(executable: Support.dot!.executable, parallelCalls: 2, chartsPerCall: 3)
        let rendered = try await renderer.render(many, formats: [.svg])
        #expect(rendered.map(\.chart) == many)
        let single = try await Support.dot!.render([charts[0]], formats: [.svg])
        #expect(rendered[0].svg == single[0].svg)
    }

    @Test func aMissingDotIsReportedClearly() {
        #expect(throws: DotRenderer.Failure.self) { try DotRenderer.locate(environment: ["PATH": "/nonexistent"]) }
        #expect(DotRenderer.Failure.notInstalled.description.contains("apt-get install graphviz"))
    }
}
