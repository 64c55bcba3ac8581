import Diagnostics
import Flowchart
import Foundation
import Model
import Output
import Site

/// Makes every procedure's charts: DOT always, SVG and PDF when Graphviz is installed,
/// and the text alternative of each chart.
struct FlowchartStep {
    var renderer: DotRenderer?
    /// Whether a missing renderer is worth a warning (not when charts were turned off).
    var warnIfMissing = true
    var layout: PrintLayout
    /// How procedure sources are shown in messages (`content/policies/…`).
    var sourcePrefix: String

    struct Result {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        /// What the pages need of each chart.
        var forSite: [SiteInput.ChartFiles] = []
    }

    func files(for procedures: [Procedure]) async throws -> Result {
        var result = Result()
        var charts: [Chart] = []
        var alternatives: [Chart: TextAlternative] = [:]
        let builder = FlowchartBuilder()
        for p in procedures {
            let made = builder.charts(for: p)
            charts += made
            for chart in made {
                result.files.append(OutputFile(path: "\(p.id)/\(chart.name).dot", text: chart.dot))
                let alternative = chart.name == "flowchart"
                    ? TextAlternative.main(p)
                    : p.subProcedures.first { $0.anchor == chart.name }.map(TextAlternative.subProcedure)
                if let alternative {
                    alternatives[chart] = alternative
                    result.files.append(OutputFile(path: "\(p.id)/\(chart.name).txt", text: alternative.plainText))
                }
            }
        }
        guard let renderer else {
            if !charts.isEmpty && warnIfMissing {
                result.diagnostics.append(.warning(.dotMissing, at: SourceLocation(file: "dot"),
                    "Graphviz's dot is not installed: the DOT files were written, SVG and PDF were skipped",
                    help: "install it (Debian: apt-get install graphviz) and build again"))
            }
            result.forSite = charts.compactMap { c in alternatives[c].map { SiteInput.ChartFiles(chart: c, svg: nil, hasPDF: false, alternative: $0) } }
            return result
        }
        let byID = Dictionary(procedures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rendered = try await renderer.render(charts, formats: [.svg, .pdf], print: layout,
                                                 fixedDate: { byID[$0.procedureID].flatMap(PDFMetadata.creationDate(for:)) })
        for r in rendered {
            for (format, data) in r.files.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                result.files.append(OutputFile(path: "\(r.chart.procedureID)/\(r.chart.name).\(format.rawValue)", contents: data))
            }
            if let alternative = alternatives[r.chart] {
                result.forSite.append(SiteInput.ChartFiles(chart: r.chart, svg: r.files[.svg].map { String(decoding: $0, as: UTF8.self) },
                                                           hasPDF: r.files[.pdf] != nil, alternative: alternative))
            }
            let source = byID[r.chart.procedureID].map { sourcePrefix + "/" + $0.source } ?? r.chart.procedureID
            for warning in r.warnings {
                result.diagnostics.append(.warning(.chartLegibility, at: SourceLocation(file: source), warning,
                    help: "shorten the longest labels (titles, who is involved), or build with --paper a3"))
            }
        }
        return result
    }
}
