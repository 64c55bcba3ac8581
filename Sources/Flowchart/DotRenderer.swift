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

    /// The bytes of one format, for writing to a file.
    public func data(_ format: RenderFormat) -> Data? {
        switch format {
        case .svg: return svg.map { Data($0.utf8) }
        case .pdf: return pdf
        }
    }
}

/// Runs Graphviz's `dot`: several charts per call, a few calls at once.
public struct DotRenderer: Sendable {
    public var executable: String
    /// Calls run at once; the machine's cores are the useful limit.
    public var parallelCalls: Int
    public var chartsPerCall: Int

    public init(executable: String, parallelCalls: Int = max(1, ProcessInfo.processInfo.activeProcessorCount), chartsPerCall: Int = 8) {
        self.executable = executable
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

    /// Finds `dot` on PATH.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> DotRenderer {
        for dir in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(dir) + "/dot"
            if FileManager.default.isExecutableFile(atPath: path) { return DotRenderer(executable: path) }
        }
        throw .notInstalled
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

    /// - Parameter fixedDate: the PDF creation date (`YYYYMMDD`) for a chart; nil gives 1970-01-01.
    public func render(_ charts: [Chart], formats: Set<RenderFormat>, print layout: PrintLayout = PrintLayout(),
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

    /// One batch: a first `dot` call lays out every chart once and writes SVG plus the layout
    /// size; a second writes the PDFs from print copies sized and centred on the paper.
    private func renderBatch(_ charts: [Chart], formats: Set<RenderFormat>, layout: PrintLayout,
                             fixedDate: @Sendable (Chart) -> String?) async throws -> [RenderedChart] {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(Self.scratchPrefix)\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = charts.indices.map { "chart-\($0).dot" }
        for (chart, name) in zip(charts, names) {
            try Data(chart.dot.utf8).write(to: dir.appendingPathComponent(name))
        }
        var firstPass = ["-Tplain"]
        if formats.contains(.svg) { firstPass.append("-Tsvg") }
        // Absolute paths: dot's -O writes beside each input, so nothing depends on the working
        // directory the child process starts in (tests saw a race over it).
        try await runDot(firstPass + ["-O"] + names.map { dir.appendingPathComponent($0).path }, in: dir)

        var results: [RenderedChart] = []
        var printNames: [String] = []
        for (chart, name) in zip(charts, names) {
            var rendered = RenderedChart(chart: chart, warnings: [])
            let plain = try String(contentsOf: dir.appendingPathComponent(name + ".plain"), encoding: .utf8)
            guard let size = Self.layoutSize(plain: plain) else { throw Failure.unreadable("the layout size of \(chart.name)") }
            if formats.contains(.svg) {
                let svg = try String(contentsOf: dir.appendingPathComponent(name + ".svg"), encoding: .utf8)
                rendered.svg = SVGAccessibility.apply(to: svg, chart: chart)
            }
            if formats.contains(.pdf) {
                let scale = layout.scale(width: size.width, height: size.height)
                let smallest = Double(Palette.smallestFontSize) * scale
                if smallest < PrintLayout.minimumPrintedPoints {
                    let advice = layout.paper == .a3 ? "shorten the longest labels" : "print it on A3 (--paper a3)"
                    rendered.warnings.append(String(
                        format: "the chart %@/%@ prints its smallest text at %.1f pt on %@, below %.0f pt; %@",
                        chart.procedureID, chart.name, smallest, layout.name, PrintLayout.minimumPrintedPoints, advice))
                }
                let printName = "print-" + name
                try Data(Self.printCopy(chart.dot, size: size, scale: scale, layout: layout).utf8).write(to: dir.appendingPathComponent(printName))
                printNames.append(printName)
            }
            results.append(rendered)
        }
        if formats.contains(.pdf) {
            try await runDot(["-Tpdf", "-O"] + printNames.map { dir.appendingPathComponent($0).path }, in: dir)
            for (index, name) in printNames.enumerated() {
                let pdf = try Data(contentsOf: dir.appendingPathComponent(name + ".pdf"))
                results[index].pdf = PDFMetadata.fixCreationDate(pdf, to: fixedDate(results[index].chart))
            }
        }
        return results
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
        // Last, so they override the chart's own graph attributes.
        guard let brace = dot.lastIndex(of: "}") else { return dot }
        return String(dot[..<brace]) + attributes + String(dot[brace...])
    }
}
