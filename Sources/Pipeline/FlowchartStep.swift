import Diagnostics
import Flowchart
import Foundation
import Model
import Output
import Parallel
import Site

/// Makes every procedure's charts: DOT always, SVG and PDF when Graphviz is installed,
/// and the text alternative of each chart.
struct FlowchartStep {
    var renderer: DotRenderer?
    /// Whether a missing renderer is worth a warning (not when charts were turned off).
    var warnIfMissing = true
    /// The command line's paper for every chart; nil for each procedure's own.
    var layout: PrintLayout?
    var site: SiteSettings?
    /// How procedure sources are shown in messages (`content/policies/…`).
    var sourcePrefix: String
    /// Charts rendered by earlier builds; nil renders every chart.
    var cache: ChartCache? = nil

    struct Result {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        /// What the pages need of each chart.
        var forSite: [SiteChart] = []
    }

    func files(for procedures: [Procedure]) async throws -> Result {
        var result = Result()
        var charts: [Chart] = []
        var alternatives: [ChartID: TextAlternative] = [:]
        let builder = FlowchartBuilder(site: site)
        // Each procedure's charts and text alternatives depend on it alone: made on every core,
        // gathered in the procedures' order.
        let made = procedures.concurrentMap { p in
            builder.charts(for: p).map { chart in
                let alternative = chart.id.isMain
                    ? TextAlternative.main(p)
                    : p.subProcedures.first { $0.anchor == chart.name }.map { TextAlternative.subProcedure($0, of: p) }
                return (chart, alternative)
            }
        }
        for (chart, alternative) in made.joined() {
            charts.append(chart)
            result.files.append(OutputFile(path: chart.id.file("dot"), text: chart.dot))
            if let alternative {
                alternatives[chart.id] = alternative
                result.files.append(OutputFile(path: chart.id.file("txt"), text: alternative.plainText))
            }
        }
        func forSite(_ chart: Chart, svg: String?, hasPDF: Bool) -> SiteChart? {
            alternatives[chart.id].map { alternative in
                SiteChart(id: chart.id, title: chart.title, svg: svg, hasPDF: hasPDF, paper: (layout ?? PrintLayout(chart.print)).name,
                          alternative: alternative.items.map { SiteChart.Step(text: $0.text, details: $0.details) })
            }
        }
        guard let renderer else {
            if !charts.isEmpty && warnIfMissing {
                result.diagnostics.append(.error(.dotMissing, at: SourceLocation(file: "dot"),
                    "Graphviz's dot is not installed, so the flowcharts cannot be drawn",
                    help: "install it (Debian: apt-get install graphviz) and build again, or build with --no-charts to publish the charts as text only"))
            }
            result.forSite = charts.compactMap { forSite($0, svg: nil, hasPDF: false) }
            return result
        }
        let byID = Dictionary(procedures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rendered = try await renderer.render(charts, formats: [.svg, .pdf], print: layout,
                                                 fixedDate: { byID[$0.procedureID].flatMap(PDFMetadata.creationDate(for:)) }, cache: cache)
        for r in rendered {
            if let pdf = r.pdf { result.files.append(OutputFile(path: r.chart.id.file("pdf"), contents: pdf)) }
            if let svg = r.svg { result.files.append(OutputFile(path: r.chart.id.file("svg"), text: svg)) }
            if let chart = forSite(r.chart, svg: r.svg, hasPDF: r.pdf != nil) { result.forSite.append(chart) }
            let source = byID[r.chart.procedureID].map { sourcePrefix + "/" + $0.source } ?? r.chart.procedureID
            for warning in r.warnings {
                result.diagnostics.append(.warning(.chartLegibility, at: SourceLocation(file: source), warning,
                    help: "shorten the longest labels (titles, who is involved), or build with --paper a3"))
            }
        }
        return result
    }
}
