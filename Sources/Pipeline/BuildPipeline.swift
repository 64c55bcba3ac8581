import CaseLog
import Diagnostics
import Flowchart
import Foundation
import Model
import Output
import PolicySource
import Site
import Snapshot
import Statistics

/// The build as a list of named steps:
///
///     read → settings → parse → validate → model → cases → statistics → theme → charts → pages → links → write
///
/// `check` runs the same steps as `build` and stops before `write`, so content that passes
/// `check` cannot fail `build` (only the output folder itself can still refuse). Commands that
/// need only the model (`model`, `deadlines`, `flowchart`) stop after `model`; `stats` runs up
/// to `statistics` and writes only the statistics. `statistics` does nothing without a case log.
public struct BuildPipeline: Sendable {
    public enum Mode: Sendable, Equatable {
        /// Read and validate, up to the model.
        case model
        /// Every step but `write`.
        case check
        /// Every step, writing into `output`.
        case build(output: URL)
        /// Up to the statistics, writing only them into `output` (`escalate stats`).
        case statistics(output: URL)

        var steps: Set<BuildStep.Name> {
            let upToModel: Set<BuildStep.Name> = [.read, .settings, .parse, .validate, .model]
            switch self {
            case .model: return upToModel
            case .check: return Set(BuildStep.Name.allCases).subtracting([.write])
            case .build: return Set(BuildStep.Name.allCases)
            case .statistics: return upToModel.union([.cases, .statistics, .write])
            }
        }

        var output: URL? {
            switch self {
            case .build(let url), .statistics(let url): return url
            default: return nil
            }
        }
    }

    /// The content folder, and how it is shown in messages (as the user typed it).
    public var content: URL
    public var display: String
    /// The date review warnings are measured against.
    public var today: PolicyDate?
    /// Nil when Graphviz is not installed: DOT is still written, SVG and PDF are skipped.
    public var renderer: DotRenderer?
    /// False for DOT and text alternatives only (no SVG or PDF, and no warning about it).
    public var renderCharts = true
    /// The command line's paper for every chart; nil prints each on its procedure's choice.
    public var printLayout: PrintLayout?
    /// Under `--strict`, warnings stop the build as errors do.
    public var strict: Bool
    public var snapshotReader: SnapshotReader
    /// The case log (`--cases`: a file or folder); nil reads `content/cases/` when it is there.
    public var cases: URL?
    public var casesDisplay: String?
    /// Leave rows with problems out of the statistics (counted, as warnings) rather than fail.
    public var excludeInvalidRows = false
    /// `--period`: a financial year (its first calendar year) instead of statistics.yml's period.
    public var statisticsPeriod: Int?
    /// `--dates-from-git`: last-updated dates from the history (`GitDatesStep`).
    public var datesFromGit = false
    /// Charts rendered by earlier builds (nil renders every chart); see `ChartCache`.
    public var chartCache: ChartCache?
    /// False under `--clean`: every output file is written anew, rather than an unchanged one
    /// kept from the previous output with its modification time.
    public var keepUnchangedFiles = true
    /// Part of every kept page's key: which escalate renders (`ToolIdentity`).
    public var toolIdentity = ToolIdentity.current()

    /// "2024-25" → 2024.
    public static func financialYear(_ text: String) -> Int? {
        FinancialYear(text)?.startYear
    }

    public init(content: URL, display: String? = nil, today: PolicyDate? = nil,
                renderer: DotRenderer? = try? DotRenderer.locate(), printLayout: PrintLayout? = nil,
                strict: Bool = false, snapshotReader: SnapshotReader = SnapshotReader()) {
        self.content = content
        self.display = display ?? content.relativePath
        self.today = today
        self.renderer = renderer
        self.printLayout = printLayout
        self.strict = strict
        self.snapshotReader = snapshotReader
    }

    /// Every step, in order.
    public static let steps: [BuildStep] = [
        BuildStep(.read) { p, c in
            c.snapshot = p.snapshotReader.read(p.content, display: p.display)
            c.diagnostics.append(contentsOf: c.snapshot.diagnostics)
        },
        BuildStep(.settings) { p, c in
            p.loader(c).readSettings(into: &c.content)
        },
        BuildStep(.parse) { p, c in
            p.loader(c).readPolicies(into: &c.content)
        },
        BuildStep(.validate) { p, c in
            p.loader(c).checkAcrossFiles(into: &c.content)
            // The loader's list holds everything the content steps found; it becomes the run's.
            c.diagnostics.append(contentsOf: c.content.diagnostics.items)
            c.content.diagnostics = DiagnosticList()
        },
        BuildStep(.model) { p, c in
            if p.datesFromGit { GitDatesStep.apply(p, &c) }
            c.files.append(OutputFile(path: "README.md", text: OutputReadme.text))
            do {
                c.files.append(OutputFile(path: "model.json", contents: try ModelDocument(procedures: c.procedures).jsonData()))
            } catch {
                c.diagnostics.append(.error(.model, at: SourceLocation(file: "model.json"), "the model could not be written as JSON: \(error)",
                                            help: "this is a fault in escalate: report it with this message"))
            }
        },
        BuildStep(.cases) { p, c in
            // The log is streamed once, through validation, into the statistics' tallies: no
            // record is kept, only counts.
            if let period = p.statisticsPeriod { c.content.statisticsSettings.period = .financialYear(period) }
            var sink = StatisticsStep.aggregator(c)
            let read = await CasesStep(path: p.cases, display: p.casesDisplay, excludeInvalidRows: p.excludeInvalidRows)
                .run(c, content: p.content, into: &sink)
            c.caseLog = read.summary
            c.caseVocabularies = read.vocabularies
            c.diagnostics.append(contentsOf: read.diagnostics)
            if read.summary.records > 0 { c.caseTallies = sink }
        },
        BuildStep(.statistics) { p, c in
            guard let tallies = c.caseTallies, let vocabularies = c.caseVocabularies else {
                if case .statistics = p.mode {
                    c.diagnostics.append(.error(.contentMissing, at: SourceLocation(file: p.casesDisplay ?? c.snapshot.shown("cases")),
                        "no escalation log was read, so there are no statistics to write",
                        help: "give the log with --cases PATH (a .csv or .xlsx file, or a folder of them), or put it in content/cases/"))
                }
                return
            }
            StatisticsStep.publish(tallies, StatisticsStep.builder(c, vocabularies: vocabularies), &c)
        },
        BuildStep(.theme) { p, c in
            let display = c.snapshot.shown(ContentLoader.themeFolder)
            let files = c.snapshot.tree(ContentLoader.themeFolder).mapValues(\.bytes)
            let (theme, problems) = SiteBuilder.loadTheme(files: files, display: display, settings: c.settings.theme)
            c.theme = theme
            c.diagnostics.append(contentsOf: problems)
        },
        BuildStep(.charts) { p, c in
            do {
                let made = try await FlowchartStep(renderer: p.renderCharts ? p.renderer : nil, warnIfMissing: p.renderCharts, layout: p.printLayout, site: c.content.settings, sourcePrefix: c.snapshot.display,
                                               cache: p.chartCache)
                    .files(for: c.procedures)
                c.files += made.files
                c.charts = made.forSite
                c.diagnostics.append(contentsOf: made.diagnostics)
            } catch let failure as DotRenderer.Failure {
                c.diagnostics.append(.error(.dot, at: SourceLocation(file: "dot"), failure.description,
                    help: "check the Graphviz installation (dot -V); if it is sound, this is a fault in escalate's charts: report it with this message"))
            } catch {
                c.diagnostics.append(.error(.dot, at: SourceLocation(file: "dot"), "\(error)",
                    help: "check the Graphviz installation (dot -V)"))
            }
        },
        BuildStep(.pages) { p, c in
            guard let theme = c.theme else { return }
            var input = SiteInput(procedures: c.procedures, settings: c.settings, calendars: c.calendars,
                                  charts: c.charts, statistics: c.statistics)
            input.glossary = c.content.glossary
            input.archive = c.content.archive
            let site = SiteBuilder().build(input, theme: theme, previous: p.previousPages(), tool: p.toolIdentity)
            c.diagnostics.append(contentsOf: site.diagnostics)
            c.pageManifest = site.manifest
            c.pagesRendered = site.rendered
            c.pagesKept = site.kept
            c.files += site.files.map { OutputFile(path: $0.key, contents: $0.value) }
            // content/static/ after every generated file, so a clash with any of them is found.
            StaticFiles.add(c.snapshot, to: &c.files, diagnostics: &c.diagnostics)
            c.files.sort { $0.path < $1.path }
            c.contentHrefs = site.contentHrefs
        },
        BuildStep(.links) { _, c in
            guard c.theme != nil else { return }
            c.diagnostics.append(contentsOf: ContentLinks.check(c))
            let files = Dictionary(c.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
            c.diagnostics.append(contentsOf: SiteLinkCheck.check(files, skipping: c.contentHrefs, sitePath: SiteBuilder.sitePath(c.settings)))
        },
        BuildStep(.write) { p, c in
            guard let output = p.mode.output, !c.hasFailures(strict: p.strict) else { return }
            var files = c.files
            if case .statistics = p.mode {
                guard !c.statisticsFiles.isEmpty else { return }
                files = [OutputFile(path: "README.md", text: OutputReadme.statistics)] + c.statisticsFiles
            }
            if let refusal = OutputFolderRules(protected: [p.content]).check(output.path) {
                c.diagnostics.append(.error(.outputRefused, at: SourceLocation(file: output.relativePath), refusal.description,
                                            help: "pass --output with a folder of its own, such as output"))
                return
            }
            do {
                var writer = OutputWriter(directory: output)
                writer.keepUnchangedFiles = p.keepUnchangedFiles
                if case .build = p.mode {
                    writer.manifest = try? c.pageManifest?.jsonData()
                    writer.record = c.fingerprint.flatMap { UpToDateCheck.record(fingerprint: $0, c) }
                }
                try writer.replace(with: files)
                c.written = files.map(\.path).sorted()
            } catch OutputWriter.Failure.foreignFiles(let paths) {
                c.diagnostics.append(.error(.outputForeign, at: SourceLocation(file: output.relativePath),
                    OutputWriter.Failure.foreignFiles(paths).description,
                    help: "escalate replaces the output folder as a whole and never deletes what it did not write: move those files elsewhere (or delete them yourself), then build again"))
            } catch {
                c.diagnostics.append(.error(.output, at: SourceLocation(file: output.relativePath), "\(error)",
                                            help: "check that the folder is writable and the disk is not full"))
            }
        },
    ]

    /// Set by `run`: steps look at it to know where to write.
    var mode: Mode = .check

    /// Runs the steps the mode asks for. Every step runs even after errors (so one run reports
    /// every problem it can find), except `write`, which needs a clean run.
    /// - Parameter progress: called after each step with its name, its place, the number of
    ///   steps and how long it took.
    public func run(_ mode: Mode, progress: (@Sendable (BuildStep.Name, Int, Int, Duration) -> Void)? = nil) async -> BuildContext {
        var pipeline = self
        pipeline.mode = mode
        var context = BuildContext()
        let chosen = Self.steps.filter { mode.steps.contains($0.name) }
        let clock = ContinuousClock()
        for (index, step) in chosen.enumerated() {
            let started = clock.now
            await step.body(pipeline, &context)
            context.stepsRun.append(step.name.rawValue)
            progress?(step.name, index + 1, chosen.count, started.duration(to: clock.now))
            if step.name == .read, let check = UpToDateCheck(pipeline, context.snapshot) {
                if let done = check.upToDate() {
                    context.upToDate = done.counts
                    context.diagnostics = done.diagnostics
                    context.written = done.written
                    return context
                }
                context.fingerprint = check.fingerprint
            }
        }
        return context
    }

    /// The pages of the output this build replaces that may be kept: none under `--clean`, for
    /// `check`, or when there is no manifest beside the output.
    func previousPages() -> PreviousPages {
        guard keepUnchangedFiles, case .build(let output) = mode,
              let data = PreviousOutput.manifest(of: output, maximumBytes: PageManifest.maximumBytes),
              let manifest = PageManifest.read(data) else { return PreviousPages() }
        return PreviousPages(manifest: manifest) { PreviousOutput.file($0, in: output) }
    }

    private func loader(_ c: BuildContext) -> ContentLoader {
        ContentLoader(snapshot: c.snapshot, today: today)
    }
}
