import Diagnostics
import Flowchart
import Foundation
import Model

/// Makes every procedure's charts: DOT always, SVG and PDF when Graphviz is installed,
/// and the text alternative of each chart.
struct FlowchartStep {
    var renderer: DotRenderer?
    var layout: PrintLayout
    /// How procedure sources are shown in messages (`content/policies/…`).
    var sourcePrefix: String

    func files(for procedures: [Procedure]) async throws -> ([OutputFile], [Diagnostic]) {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var charts: [Chart] = []
        let builder = FlowchartBuilder()
        for p in procedures {
            let made = builder.charts(for: p)
            charts += made
            for chart in made {
                files.append(OutputFile(path: "\(p.id)/\(chart.name).dot", text: chart.dot))
                let alternative = chart.name == "flowchart"
                    ? TextAlternative.main(p)
                    : p.subProcedures.first { $0.anchor == chart.name }.map(TextAlternative.subProcedure)
                if let alternative { files.append(OutputFile(path: "\(p.id)/\(chart.name).txt", text: alternative.plainText)) }
            }
        }
        guard let renderer else {
            if !charts.isEmpty {
                diagnostics.append(.warning("dot-missing", at: SourceLocation(file: "dot"),
                    "Graphviz's dot is not installed: the DOT files were written, SVG and PDF were skipped",
                    help: "install it (Debian: apt-get install graphviz) and build again"))
            }
            return (files, diagnostics)
        }
        let byID = Dictionary(procedures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rendered = try await renderer.render(charts, formats: [.svg, .pdf], print: layout,
                                                 fixedDate: { byID[$0.procedureID].flatMap(PDFMetadata.creationDate(for:)) })
        for r in rendered {
            for (format, data) in r.files.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                files.append(OutputFile(path: "\(r.chart.procedureID)/\(r.chart.name).\(format.rawValue)", contents: data))
            }
            let source = byID[r.chart.procedureID].map { sourcePrefix + "/" + $0.source } ?? r.chart.procedureID
            for warning in r.warnings {
                diagnostics.append(.warning("chart-legibility", at: SourceLocation(file: source), warning,
                    help: "shorten the longest labels, or build with --paper a3 or --landscape"))
            }
        }
        return (files, diagnostics)
    }
}
