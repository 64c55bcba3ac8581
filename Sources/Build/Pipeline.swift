import Diagnostics
import Foundation
import Model
import PolicySource

/// The build as a list of steps: read and check the content, make every output file in
/// memory, then hand them to the writer in one go. Nothing touches `output/` unless every
/// step before has succeeded.
public struct Pipeline: Sendable {
    public var loader: ContentLoader

    public init(loader: ContentLoader) {
        self.loader = loader
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

    public func build(into output: URL, strict: Bool) -> Report {
        let loaded = loader.load()
        var report = Report(diagnostics: loaded.diagnostics, procedures: loaded.procedures, written: [])
        guard !loaded.diagnostics.hasFailures(strict: strict) else { return report }
        do {
            let files = try outputFiles(for: loaded.procedures)
            try OutputWriter(directory: output).replace(with: files)
            report.written = files.map(\.path).sorted()
        } catch {
            report.diagnostics.append(.error("output", at: SourceLocation(file: output.path), "\(error)",
                                             help: "check that the folder is writable and the disk is not full"))
        }
        return report
    }

    public func outputFiles(for procedures: [Procedure]) throws -> [OutputFile] {
        [
            OutputFile(path: "README.md", text: OutputReadme.text),
            OutputFile(path: "model.json", contents: try ModelDocument(procedures: procedures).jsonData()),
        ]
    }
}
