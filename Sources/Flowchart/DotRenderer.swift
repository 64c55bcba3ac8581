import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

public enum RenderFormat: String, Sendable, Hashable, CaseIterable {
    case svg, pdf
}

/// A chart and what `dot` made of it.
public struct RenderedChart: Sendable {
    public var chart: Chart
    /// The SVG, given its title and description once, here: the file and the page both use it.
    public var svg: String?
    /// The print copy, with the content's date in place of cairo's clock.
    public var pdf: Data?
    /// Things a training lead should know, such as text printed below 9 pt.
    public var warnings: [String]
    /// How many pages the PDF has: more than one when the chart is split to stay legible.
    public var printedPages = 1

    /// The bytes of one format, for writing to a file.
    public func data(_ format: RenderFormat) -> Data? {
        switch format {
        case .svg: return svg.map { Data($0.utf8) }
        case .pdf: return pdf
        }
    }
}

/// Runs Graphviz's `dot`: charts in batches, a few batches at once, one dot process per graph.
public struct DotRenderer: Sendable {
    public var executable: String
    /// qpdf, which joins a chart's printed pages into one PDF; nil when it is not installed
    /// (a chart that would need pages then prints on one, with the legibility warning).
    public var qpdf: String?
    /// Calls run at once; the machine's cores are the useful limit.
    public var parallelCalls: Int
    public var chartsPerCall: Int

    public init(executable: String, qpdf: String? = nil, parallelCalls: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
                chartsPerCall: Int = 8) {
        self.executable = executable
        self.qpdf = qpdf
        self.parallelCalls = parallelCalls
        self.chartsPerCall = chartsPerCall
    }

    public enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case failed(status: String, message: String)
        case unreadable(String)

        public var description: String {
            switch self {
            case .notInstalled:
                return "Graphviz's dot is not installed, so SVG and PDF charts were not made (the DOT files were). Install it with: apt-get install graphviz"
            case .failed(let status, let message):
                return "dot failed (\(status)): \(message)"
            case .unreadable(let what):
                return "could not read dot's output: \(what)"
            }
        }
    }

    /// Finds `dot` (and `qpdf`, if there) on PATH.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> DotRenderer {
        func find(_ name: String) -> String? {
            for dir in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
                let path = String(dir) + "/" + name
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
            return nil
        }
        guard let dot = find("dot") else { throw .notInstalled }
        return DotRenderer(executable: dot, qpdf: find("qpdf"))
    }

    /// Scratch folders are named `escalate-dot-<pid>-<uuid>` in the temporary folder.
    static let scratchPrefix = "escalate-dot-"

    /// Removes scratch folders a killed run left behind: those whose process is gone. A folder
    /// of a run still going (another build) is left alone.
    public static func removeStaleScratchFolders(in folder: URL = FileManager.default.temporaryDirectory) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(scratchPrefix) {
            let pidText = name.dropFirst(scratchPrefix.count).prefix { $0.isNumber }
            guard let pid = Int32(pidText), pid != ProcessInfo.processInfo.processIdentifier else { continue }
            // kill(pid, 0) fails with ESRCH when no such process exists.
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    /// - Parameters:
    ///   - layout: the paper for every chart (the command line's choice); nil prints each chart on
    ///     the paper its procedure chose, A4 portrait by default.
    ///   - fixedDate: the PDF creation date (`YYYYMMDD`) for a chart; nil gives 1970-01-01.
    ///   - cache: charts rendered before with the same inputs are taken from it, and only the
    ///     others are laid out (and stored); nil renders every chart.
    public func render(_ charts: [Chart], formats: Set<RenderFormat>, print layout: PrintLayout? = nil,
                       fixedDate: @escaping @Sendable (Chart) -> String? = { _ in nil }, cache: ChartCache?) async throws -> [RenderedChart] {
        guard let cache else { return try await render(charts, formats: formats, print: layout, fixedDate: fixedDate) }
        let tools = await toolVersions()
        let keys = charts.map { ChartCache.key($0, formats: formats, layout: layout ?? PrintLayout($0.print), date: fixedDate($0), tools: tools) }
        var results = charts.indices.map { cache.load(keys[$0], chart: charts[$0], formats: formats) }
        let missing = charts.indices.filter { results[$0] == nil }
        guard !missing.isEmpty else { return results.compactMap { $0 } }
        let rendered = try await render(missing.map { charts[$0] }, formats: formats, print: layout, fixedDate: fixedDate)
        for (i, r) in zip(missing, rendered) {
            results[i] = r
            cache.store(keys[i], r)
        }
        cache.trim()
        return results.compactMap { $0 }
    }

    /// What the versions of the tools are, for the cache's key: a new Graphviz (or its
    /// libraries) or qpdf renders anew. `dot -V` prints to standard error.
    func toolVersions() async -> String {
        func version(_ tool: String, _ flag: String) async -> String {
            guard let result = try? await run(.path(FilePath(tool)), arguments: Arguments([flag]), environment: .inherit,
                                              output: .string(limit: 4096), error: .string(limit: 4096)) else { return "\(tool): unknown" }
            return "\(tool): \(result.terminationStatus) \(result.standardOutput) \(result.standardError)"
        }
        var text = await version(executable, "-V")
        if let qpdf { text += "\n" + (await version(qpdf, "--version")) }
        return text
    }

    public func render(_ charts: [Chart], formats: Set<RenderFormat>, print layout: PrintLayout? = nil,
                       fixedDate: @escaping @Sendable (Chart) -> String? = { _ in nil }) async throws -> [RenderedChart] {
        Self.removeStaleScratchFolders()
        let batches = stride(from: 0, to: charts.count, by: chartsPerCall).map { Array(charts[$0..<min($0 + chartsPerCall, charts.count)]) }
        var results = [[RenderedChart]](repeating: [], count: batches.count)
        try await withThrowingTaskGroup(of: (Int, [RenderedChart]).self) { group in
            var next = 0
            func startNext() {
                guard next < batches.count else { return }
                let index = next
                next += 1
                group.addTask { (index, try await renderBatch(batches[index], formats: formats, layout: layout, fixedDate: fixedDate)) }
            }
            for _ in 0..<min(parallelCalls, batches.count) { startNext() }
            while let (index, rendered) = try await group.next() {
                results[index] = rendered
                startNext()
            }
        }
        return results.flatMap { $0 }
    }

    /// One batch: a first `dot` call writes the web SVGs; a second lays out every chart's print
    /// copy (the chart with its footer) to measure it; charts that would print too small are
    /// laid out again split into pages; a last call writes the PDFs, sized and centred on the
    /// paper from those measurements, so every page is exactly the paper's size.
    private func renderBatch(_ charts: [Chart], formats: Set<RenderFormat>, layout override: PrintLayout?,
                             fixedDate: @Sendable (Chart) -> String?) async throws -> [RenderedChart] {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(Self.scratchPrefix)\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ text: String, _ name: String) throws -> String {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            return name
        }
        func size(of name: String, _ chart: Chart) throws -> (width: Double, height: Double) {
            let plain = try String(contentsOf: dir.appendingPathComponent(name + ".plain"), encoding: .utf8)
            guard let size = Self.layoutSize(plain: plain) else { throw Failure.unreadable("the layout size of \(chart.name)") }
            return size
        }
        // One graph to a dot process: Graphviz 2.42 (Debian 12) carries state from one graph to
        // the next in a run, and a chart with branches (a decision leading to an exit box) laid
        // out after another corrupts its heap (valgrind: an invalid free in flat_edges), which
        // crashed builds or changed their bytes. Absolute paths: dot's -O writes beside each
        // input, so nothing depends on the working directory the child process starts in.
        func dot(_ format: String, _ names: [String]) async throws {
            for name in names {
                try await runDot([format, "-O", dir.appendingPathComponent(name).path], in: dir)
            }
        }

        var results = charts.map { RenderedChart(chart: $0, warnings: []) }
        if formats.contains(.svg) {
            let names = try charts.indices.map { try write(charts[$0].dot, "chart-\($0).dot") }
            try await dot("-Tsvg", names)
            for (i, name) in names.enumerated() {
                let svg = try String(contentsOf: dir.appendingPathComponent(name + ".svg"), encoding: .utf8)
                results[i].svg = SVGAccessibility.apply(to: svg, chart: charts[i])
            }
        }
        guard formats.contains(.pdf) else { return results }

        typealias Page = (dot: String, size: (width: Double, height: Double))
        let layouts = charts.map { override ?? PrintLayout($0.print) }
        let whole = try charts.indices.map { i in
            try write(Self.withFooter(charts[i].dot, charts[i].footer, below: charts[i].footerAnchor), "print-\(i).dot")
        }
        try await dot("-Tplain", whole)
        var pages: [[Page]] = []
        for (i, name) in whole.enumerated() {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            pages.append([(text, try size(of: name, charts[i]))])
        }
        // Splits, for the charts that would print too small on one page.
        let tooSmall = charts.indices.filter {
            smallestText(pages[$0].map(\.size), layouts[$0]) < PrintLayout.minimumPrintedPoints && qpdf != nil && !charts[$0].printPages.isEmpty
        }
        for i in tooSmall {
            let chart = charts[i]
            // Fewest pages first, laid out a page count at a time, stopping at the first count on
            // which a split prints legibly (the split with the largest text among them); else the
            // split with the largest text of all.
            var best: (pages: [Page], smallest: Double) = (pages[i], smallestText(pages[i].map(\.size), layouts[i]))
            let byCount = Dictionary(grouping: chart.printPages.enumerated(), by: { $0.element.count })
            for count in byCount.keys.sorted() where best.smallest < PrintLayout.minimumPrintedPoints {
                let variants = byCount[count]!
                let names = try variants.map { v, variant in
                    try variant.enumerated().map { n, page in
                        let footer = chart.footer + ["Page \(n + 1) of \(variant.count)"]
                        return try write(Self.withFooter(page.dot, footer, below: page.footerBelow), "split-\(i)-\(v)-\(n).dot")
                    }
                }
                try await dot("-Tplain", names.flatMap { $0 })
                for files in names {
                    let split: [Page] = try files.map { name in
                        (try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8), try size(of: name, chart))
                    }
                    let smallest = smallestText(split.map(\.size), layouts[i])
                    if smallest > best.smallest { best = (split, smallest) }
                }
            }
            pages[i] = best.pages
        }

        var printNames: [[String]] = []
        for i in charts.indices {
            let chart = charts[i], layout = layouts[i]
            let smallest = smallestText(pages[i].map(\.size), layout)
            if smallest < PrintLayout.minimumPrintedPoints {
                let advice = layout.paper == .a3 ? "shorten the longest labels" : "print it on A3 ('print: {paper: a3}' in its front matter, or --paper a3)"
                results[i].warnings.append(String(
                    format: "the chart %@/%@ prints its smallest text at %.1f pt on %@, below %.0f pt; %@",
                    chart.procedureID, chart.name, smallest, layout.name, PrintLayout.minimumPrintedPoints, advice))
            }
            results[i].printedPages = pages[i].count
            printNames.append(try pages[i].enumerated().map { n, page in
                let scale = layout.scale(width: page.size.width, height: page.size.height)
                return try write(Self.printCopy(page.dot, size: page.size, scale: scale, layout: layout), "pdf-\(i)-\(n).dot")
            })
        }
        try await dot("-Tpdf", printNames.flatMap { $0 })
        for (i, names) in printNames.enumerated() {
            let date = fixedDate(charts[i])
            var files: [URL] = []
            for name in names {
                let url = dir.appendingPathComponent(name + ".pdf")
                try PDFMetadata.fixCreationDate(try Data(contentsOf: url), to: date).write(to: url)
                files.append(url)
            }
            if files.count == 1 {
                results[i].pdf = try Data(contentsOf: files[0])
            } else if let qpdf {
                results[i].pdf = try await join(files.map(\.path), qpdf: qpdf, in: dir)
            }
        }
        return results
    }

    /// The smallest text of a chart printed on `layout`, over all its pages.
    private func smallestText(_ sizes: [(width: Double, height: Double)], _ layout: PrintLayout) -> Double {
        sizes.map { Double(Palette.smallestFontSize) * layout.scale(width: $0.width, height: $0.height) }.min() ?? 0
    }

    /// The pages as one PDF, keeping the first page's document information (its creation date,
    /// already the content's). qpdf's deterministic id keeps the bytes the same from build to build.
    private func join(_ pages: [String], qpdf: String, in dir: URL) async throws -> Data {
        let out = dir.appendingPathComponent("joined-\(UUID().uuidString).pdf")
        let result = try await run(
            .path(FilePath(qpdf)), arguments: Arguments(["--deterministic-id", pages[0], "--pages"] + pages + ["--", out.path]),
            environment: .inherit.updating(["TZ": "UTC"]), workingDirectory: FilePath(dir.path),
            output: .discarded, error: .string(limit: 1 << 20))
        guard case .exited(0) = result.terminationStatus else {
            throw Failure.failed(status: "qpdf \(result.terminationStatus)", message: result.standardError)
        }
        return try Data(contentsOf: out)
    }

    private func runDot(_ arguments: [String], in dir: URL) async throws {
        let result = try await run(
            .path(FilePath(executable)), arguments: Arguments(arguments),
            // cairo stamps PDFs in local time; in a zone east or west of UTC the stamp is longer
            // (`+05'30`) and could not be replaced in place, so dot always runs in UTC.
            environment: .inherit.updating(["TZ": "UTC"]),
            workingDirectory: FilePath(dir.path),
            output: .discarded, error: .string(limit: 1 << 20))
        let message = result.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
        guard case .exited(0) = result.terminationStatus else {
            throw Failure.failed(status: "\(result.terminationStatus)", message: message)
        }
        // dot exits 0 after warnings (an unknown attribute, a font it replaced); they still matter.
        if !message.isEmpty { throw Failure.failed(status: "warnings", message: message) }
    }

    /// The drawing's size in inches from `-Tplain` output: `graph scale width height`.
    static func layoutSize(plain: String) -> (width: Double, height: Double)? {
        guard let first = plain.split(separator: "\n").first else { return nil }
        let parts = first.split(separator: " ")
        guard parts.count >= 4, parts[0] == "graph", let w = Double(parts[2]), let h = Double(parts[3]) else { return nil }
        return (w, h)
    }

    /// The chart with the size and margins that put it, scaled to fit, in the middle of the page.
    /// cairo's PDF ignores `page`, so the page is made by the canvas margin.
    static func printCopy(_ dot: String, size: (width: Double, height: Double), scale: Double, layout: PrintLayout) -> String {
        // With the pad set to zero the page is exactly drawing × scale + 2 × margin.
        let drawn = (size.width * scale, size.height * scale)
        let marginX = max(0, (layout.page.width - drawn.0) / 2)
        let marginY = max(0, (layout.page.height - drawn.1) / 2)
        let attributes = String(format: "  graph [pad=\"0\", size=\"%.3f,%.3f\", margin=\"%.3f,%.3f\"];\n",
                                layout.printable.width, layout.printable.height, marginX, marginY)
        return appending(attributes, to: dot)
    }

    /// The chart with its printed footer, hung below `anchor` (the last node of the main column)
    /// by a heavy invisible edge: a footer left to rank on its own is placed beside the chart.
    static func withFooter(_ dot: String, _ footer: [String], below anchor: String?) -> String {
        guard !footer.isEmpty else { return dot }
        var label = Label()
        for line in footer { label.add(line, width: footerWidth) }
        var extra = "  \"print-footer\" [shape=\"plaintext\", fontsize=\"\(Palette.fontSize)\", label=\(label.dot(justify: "l"))];\n"
        if let anchor { extra += "  \(DOTEscaping.quoted(anchor)) -> \"print-footer\" [style=\"invis\", weight=\"100\"];\n" }
        return appending(extra, to: dot)
    }

    /// Last, so they override the chart's own graph attributes.
    private static func appending(_ extra: String, to dot: String) -> String {
        guard let brace = dot.lastIndex(of: "}") else { return dot }
        return String(dot[..<brace]) + extra + String(dot[brace...])
    }

    /// Characters per footer line: about 3.7 inches of 11-point text, narrower than any chart
    /// with stages, so the footer seldom widens the drawing (and is measured when it does).
    static let footerWidth = 50
}
