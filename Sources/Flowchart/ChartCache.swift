import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Rendered charts kept between builds, so a rebuild whose charts did not change runs no
/// layout at all (`dot` is the slowest step). An entry is keyed by the SHA-256 of everything
/// the render reads: the chart's DOT text, its print copies and footer, the paper, the PDF's
/// date, the formats, and the versions of `dot` and `qpdf` (`dot -V`, `qpdf --version`).
///
/// The cache lives in the user's cache folder (`$XDG_CACHE_HOME/escalate/charts`, else
/// `~/.cache/escalate/charts`), never in the working tree: a cache there could be committed
/// with the content, and whatever SVG it held would be published unescaped.
public struct ChartCache: Sendable {
    public var folder: URL
    /// False under `--clean`: nothing is read, every chart is rendered and stored afresh.
    public var reads: Bool
    /// Entries kept; the least recently used beyond it are removed after a build stores some.
    public var capacity: Int

    public init(folder: URL, reads: Bool = true, capacity: Int = 2000) {
        self.folder = folder
        self.reads = reads
        self.capacity = capacity
    }

    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("escalate/charts")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/escalate/charts")
    }

    /// Bumped when what an entry holds, or how a chart is rendered from the same inputs, changes.
    static let format = "escalate-chart-cache 2"
    /// An entry larger than this is not read (the cache folder is the user's, but bounded all the same).
    static let maximumEntryBytes = 64 << 20

    /// The key: the hex SHA-256 of every input of the render, each length-prefixed so no two
    /// different inputs run together into the same text.
    static func key(_ chart: Chart, formats: Set<RenderFormat>, layout: PrintLayout, date: String?, tools: String) -> String {
        var parts = [format, tools, formats.map(\.rawValue).sorted().joined(separator: ","), layout.name, date ?? "-",
                     chart.id.procedure, chart.id.name, chart.title, chart.description, chart.dot, chart.footerAnchor ?? "-"]
        parts += chart.footer
        for split in chart.printPages {
            parts.append("split \(split.count)")
            for page in split { parts += [page.dot, page.footerBelow] }
        }
        var hasher = SHA256()
        for part in parts {
            hasher.update(data: Data("\(part.utf8.count):".utf8))
            hasher.update(data: Data(part.utf8))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// What is stored beside the SVG and PDF of an entry.
    struct Entry: Codable {
        var warnings: [String]
        var printedPages: Int
        var svg: Bool
        var pdf: Bool
    }

    func load(_ key: String, chart: Chart, formats: Set<RenderFormat>) -> RenderedChart? {
        guard reads else { return nil }
        let dir = folder.appendingPathComponent(key)
        guard let metaData = Self.regularFile(dir.appendingPathComponent("entry.json")),
              let entry = try? JSONDecoder().decode(Entry.self, from: metaData) else { return nil }
        var rendered = RenderedChart(chart: chart, warnings: entry.warnings, printedPages: entry.printedPages)
        if formats.contains(.svg) {
            guard entry.svg, let svg = Self.regularFile(dir.appendingPathComponent("chart.svg")) else { return nil }
            rendered.svg = String(decoding: svg, as: UTF8.self)
        }
        if formats.contains(.pdf) {
            guard entry.pdf, let pdf = Self.regularFile(dir.appendingPathComponent("chart.pdf")) else { return nil }
            rendered.pdf = pdf
        }
        // Used now: the least recently used go first when the cache is trimmed.
        utimes(dir.path, nil)
        return rendered
    }

    /// Stores an entry whole or not at all: written into a folder of its own, then renamed.
    func store(_ key: String, _ rendered: RenderedChart) {
        let fm = FileManager.default
        let target = folder.appendingPathComponent(key)
        let partial = folder.appendingPathComponent(".partial-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try fm.createDirectory(at: partial, withIntermediateDirectories: true)
            let entry = Entry(warnings: rendered.warnings, printedPages: rendered.printedPages, svg: rendered.svg != nil, pdf: rendered.pdf != nil)
            try JSONEncoder().encode(entry).write(to: partial.appendingPathComponent("entry.json"))
            if let svg = rendered.svg { try Data(svg.utf8).write(to: partial.appendingPathComponent("chart.svg")) }
            if let pdf = rendered.pdf { try pdf.write(to: partial.appendingPathComponent("chart.pdf")) }
            try? fm.removeItem(at: target)
            try fm.moveItem(at: partial, to: target)
        } catch {
            // A cache that cannot be written only makes the next build slower.
            try? fm.removeItem(at: partial)
        }
    }

    /// Removes the least recently used entries beyond `capacity`, and partial entries of
    /// runs that are gone.
    func trim() {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        var entries: [(name: String, used: Date)] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let used = (try? fm.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            if name.hasPrefix(".partial-") {
                if used < Date().addingTimeInterval(-3600) { try? fm.removeItem(at: url) }
            } else if name.count == 64 {
                entries.append((name, used))
            }
        }
        guard entries.count > capacity else { return }
        for entry in entries.sorted(by: { ($0.used, $0.name) < ($1.used, $1.name) }).prefix(entries.count - capacity) {
            try? fm.removeItem(at: folder.appendingPathComponent(entry.name))
        }
    }

    /// The bytes of a regular file (not a link), bounded; nil otherwise.
    static func regularFile(_ url: URL) -> Data? {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= maximumEntryBytes else { return nil }
        return FileManager.default.contents(atPath: url.path)
    }
}
