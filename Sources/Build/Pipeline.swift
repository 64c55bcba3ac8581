import Diagnostics
import Flowchart
import Foundation
import Model
import PolicySource
import Site

/// The build as a list of steps: read and check the content, make every output file in
/// memory, then hand them to the writer in one go. Nothing touches `output/` unless every
/// step before has succeeded.
public struct Pipeline: Sendable {
    public var loader: ContentLoader
    /// Nil when Graphviz is not installed: DOT is still written, SVG and PDF are skipped.
    public var renderer: DotRenderer?
    public var printLayout: PrintLayout

    public init(loader: ContentLoader, renderer: DotRenderer? = try? DotRenderer.locate(), printLayout: PrintLayout = PrintLayout()) {
        self.loader = loader
        self.renderer = renderer
        self.printLayout = printLayout
    }

    public struct Report: Sendable {
        public var diagnostics: DiagnosticList
        public var procedures: [Procedure]
        /// Paths written inside `output/`; empty when nothing was written.
        public var written: [String]
    }

    public func check() -> ContentLoader.Result {
        loader.load()
    }

    public func build(into output: URL, strict: Bool) async -> Report {
        let loaded = loader.load()
        var report = Report(diagnostics: loaded.diagnostics, procedures: loaded.procedures, written: [])
        guard !loaded.diagnostics.hasFailures(strict: strict) else { return report }
        do {
            let (files, problems) = try await outputFiles(for: loaded)
            report.diagnostics.append(contentsOf: problems)
            // Problems found while making the output (an unreadable chart) stop the build too.
            guard !report.diagnostics.hasFailures(strict: strict) else { return report }
            try OutputWriter(directory: output).replace(with: files)
            report.written = files.map(\.path).sorted()
        } catch let failure as DotRenderer.Failure {
            report.diagnostics.append(.error("dot", at: SourceLocation(file: "dot"), failure.description,
                                             help: "check the Graphviz installation (dot -V); if it is sound, this is a fault in escalate's charts: report it with this message"))
        } catch {
            report.diagnostics.append(.error("output", at: SourceLocation(file: output.path), "\(error)",
                                             help: "check that the folder is writable and the disk is not full"))
        }
        return report
    }

    public func outputFiles(for loaded: ContentLoader.Result) async throws -> ([OutputFile], [Diagnostic]) {
        let procedures = loaded.procedures
        var files = [
            OutputFile(path: "README.md", text: OutputReadme.text),
            OutputFile(path: "model.json", contents: try ModelDocument(procedures: procedures).jsonData()),
        ]
        let charts = try await FlowchartStep(renderer: renderer, layout: printLayout, sourcePrefix: loader.display).files(for: procedures)
        files += charts.files
        var problems = charts.diagnostics

        let themeDirectory = loader.directory.appendingPathComponent("theme")
        let site = SiteBuilder().build(SiteInput(
            procedures: procedures, settings: loaded.settings, calendars: loaded.calendars, charts: charts.forSite,
            themeDirectory: FileManager.default.fileExists(atPath: themeDirectory.path) ? themeDirectory : nil,
            themeDisplay: loader.display + "/theme", paperName: printLayout.name))
        problems += site.diagnostics
        files += site.files.map { OutputFile(path: $0.key, contents: $0.value) }
        files.sort { $0.path < $1.path }
        problems += SiteLinkCheck.check(Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a }))
        return (files, problems)
    }
}
