import Diagnostics
import Flowchart
import Foundation
import Pipeline
import TestSupport

/// What `check` reported for one catalogue entry: after its example's edits, and after its
/// fix's edits on top.
struct ExampleRun: Sendable {
    var example: [Diagnostic]
    var fixed: [Diagnostic]
    /// The fix put the content back exactly as the bundled examples are, so `fixed` is what
    /// `check` reports for them (run once, not again for every such fix).
    var fixRestoresExamples: Bool

    /// The example's diagnostics with the entry's own code, in reporting order.
    func reported(_ code: DiagnosticCode) -> [Diagnostic] {
        DiagnosticList(example.filter { $0.code == code.rawValue }).sorted()
    }
}

/// Runs each entry's example once per test process, however many tests ask for it (the
/// example tests and the document test share the runs).
actor ExampleRuns {
    static let shared = ExampleRuns()
    private var runs: [DiagnosticCode: Task<ExampleRun, Error>] = [:]
    private var examples: Task<[Diagnostic], Never>?

    static var entriesWithExamples: [DiagnosticDescription] {
        DiagnosticCatalogue.entries.filter { !$0.example.edits.isEmpty }
    }

    func run(_ entry: DiagnosticDescription) async throws -> ExampleRun {
        if let running = runs[entry.code] { return try await running.value }
        let task = Task { try await Self.perform(entry) }
        runs[entry.code] = task
        return try await task.value
    }

    /// What `check` reports for the bundled examples as they are.
    func bundled() async -> [Diagnostic] {
        if let examples { return await examples.value }
        let task = Task { await Fixtures.check().diagnostics.items }
        examples = task
        return await task.value
    }

    private static func perform(_ entry: DiagnosticDescription) async throws -> ExampleRun {
        guard case .edits(_, let edits, _, let rendersCharts) = entry.example else {
            throw ContentEdit.Failure(description: "\(entry.code.rawValue) has no example")
        }
        let content = try Fixtures.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var pipeline = Fixtures.pipeline(content, renderCharts: rendersCharts)
        for edit in edits { try edit.apply(in: content) }
        let example = await pipeline.run(.check).diagnostics.items
        for edit in entry.fix.edits { try edit.apply(in: content) }
        if entry.fix.options.isEmpty, !rendersCharts, try ContentTree(content) == ContentTree(Fixtures.content) {
            return ExampleRun(example: example, fixed: await shared.bundled(), fixRestoresExamples: true)
        }
        pipeline.printLayout = try layout(entry.fix.options)
        let fixed = await pipeline.run(.check).diagnostics.items
        return ExampleRun(example: example, fixed: fixed, fixRestoresExamples: false)
    }

    /// The command-line options a fix may add that change what `check` sees; nil (each
    /// procedure's own paper) when it adds none.
    private static func layout(_ options: [String]) throws -> PrintLayout? {
        guard !options.isEmpty else { return nil }
        var layout = PrintLayout()
        var rest = options[...]
        while let option = rest.popFirst() {
            guard option == "--paper", let value = rest.popFirst(), let paper = Paper(rawValue: value) else {
                throw ContentEdit.Failure(description: "the example tests do not know the fix option \(option)")
            }
            layout.paper = paper
        }
        return layout
    }
}

/// A folder's entries by relative path: regular files by their bytes, folders as folders, and
/// anything else (links, pipes) by kind alone, so two trees are equal only when `check` would
/// read the same bytes from both. Nothing but regular files is opened.
struct ContentTree: Equatable {
    enum Entry: Equatable {
        case folder
        case file(Data)
        case other(mode: UInt32)
    }

    var entries: [String: Entry] = [:]

    init(_ root: URL) throws {
        try walk(root, relative: "")
    }

    private mutating func walk(_ folder: URL, relative: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = relative.isEmpty ? name : relative + "/" + name
            let url = folder.appendingPathComponent(name)
            var info = stat()
            guard lstat(url.path, &info) == 0 else { throw ContentEdit.Failure(description: "cannot lstat \(path)") }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                entries[path] = .folder
                try walk(url, relative: path)
            case S_IFREG:
                entries[path] = .file(try Data(contentsOf: url))
            default:
                entries[path] = .other(mode: UInt32(info.st_mode))
            }
        }
    }
}
