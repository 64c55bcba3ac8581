import Flowchart
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Model
import PolicySource
@testable import Site
import Testing
import TestSupport
import WorkingDays

/// The example content as the site step receives it, and a build of it with an optional theme.
enum SiteFixture {
    static let loaded = Fixtures.examples

    static func input(_ procedures: [Procedure]? = nil, settings: SiteSettings? = nil) -> SiteInput {
        let procedures = procedures ?? loaded.procedures
        let charts = procedures.flatMap { p in
            FlowchartBuilder().charts(for: p).map { chart in siteChart(chart, svg: nil, in: p) }
        }
        var input = SiteInput(procedures: procedures, settings: settings ?? loaded.settings, calendars: loaded.calendars, charts: charts,
                              auditDate: Fixtures.today)
        // The glossary and the superseded versions, as the pipeline passes them.
        input.glossary = loaded.glossary
        input.archive = loaded.archive.filter { v in procedures.contains { $0.id == v.procedure.id } }
        return input
    }

    /// The theme step and the pages step, as the pipeline runs them. With a theme error there
    /// are no pages, only the problems.
    static func build(_ input: SiteInput, theme: [String: String] = [:]) -> SiteBuilder.Result {
        let files = theme.mapValues { Data($0.utf8) }
        let (loaded, problems) = SiteBuilder.loadTheme(files: files, display: "content/theme", settings: input.settings.theme)
        guard let loaded else { return SiteBuilder.Result(diagnostics: problems) }
        var result = SiteBuilder().build(input, theme: loaded)
        result.diagnostics = problems + result.diagnostics
        return result
    }

    /// A chart as the flowchart step hands it to the site.
    static func siteChart(_ chart: Chart, svg: String?, in p: Procedure) -> SiteChart {
        let alternative = chart.id.isMain ? TextAlternative.main(p)
            : TextAlternative.subProcedure(p.subProcedures.first { $0.anchor == chart.name }!, of: p)
        return SiteChart(id: chart.id, title: chart.title, svg: svg, hasPDF: false,
                         alternative: alternative.items.map { SiteChart.Step(text: $0.text, details: $0.details) })
    }

    static func page(_ result: SiteBuilder.Result, _ path: String) -> String {
        String(decoding: result.files[path] ?? Data(), as: UTF8.self)
    }
}

enum SiteLinkCheckIDs {
    static func all(in html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
