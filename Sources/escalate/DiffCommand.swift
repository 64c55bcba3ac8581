import ArgumentParser
import Diagnostics
import Foundation
import GitHistory
import Model
import ModelDiff
import Pipeline

/// `escalate diff OLD NEW`, or `escalate diff A..B`: what changed in each procedure between two
/// versions of the content, as a reader would put it.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what changed in each procedure between two content folders, or two git revisions (A..B).",
        discussion: """
            Stages added, removed, renamed or renumbered; timescales (value and kind); who is involved; \
            who escalates to whom; notification duties; urgent and other routes; contacts; the document's \
            version and dates. Prose edits are not listed. --format markdown suits a pull-request comment. \
            Exit code 0 whether or not anything changed; 1 if either version's content has errors; 2 for a \
            mistaken command line; 3 if git cannot be run.
            """)

    @Argument(help: ArgumentHelp("The older content folder, or a git revision range A..B of the --content folder.", valueName: "OLD"))
    var old: String

    @Argument(help: ArgumentHelp("The newer content folder (not given with a revision range).", valueName: "NEW"))
    var new: String?

    @Option(help: "text, markdown (for a pull-request comment) or json.")
    var format: DiffFormat = .text

    @Option(name: .long, help: "With a revision range: the content folder's path from here (default: content).")
    var content: String = "content"

    func run() async throws {
        var temporary: [URL] = []
        defer { for url in temporary { try? FileManager.default.removeItem(at: url) } }
        let sides: [(url: URL, name: String)]
        if let new {
            for folder in [old, new] where !Self.isFolder(folder) {
                throw CommandFailure("\(folder) is not a folder; name two content folders, or one revision range such as main..HEAD")
            }
            sides = [(URL(fileURLWithPath: old), old), (URL(fileURLWithPath: new), new)]
        } else {
            guard let (a, b) = RevisionExport.range(old) else {
                throw CommandFailure("name two content folders (escalate diff OLD NEW), or one revision range such as main..HEAD")
            }
            var exported: [(URL, String)] = []
            for revision in [a, b] {
                do {
                    let url = try RevisionExport.export(content, at: revision, in: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                    temporary.append(url)
                    exported.append((url, "\(revision):\(content)"))
                } catch {
                    FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                    throw ExitCode(error.description.contains("is not installed") ? 3 : 2)
                }
            }
            sides = exported
        }
        var models: [[Procedure]] = []
        var failed = false
        for side in sides {
            let context = await BuildPipeline(content: side.url, display: side.name).run(.model)
            if !context.diagnostics.items.isEmpty {
                let formatter = DiagnosticFormatter(format: .human)
                FileHandle.standardError.write(Data((formatter.format(context.diagnostics.limited()) + formatter.summary(context.diagnostics) + "\n").utf8))
            }
            if context.diagnostics.exitCode(strict: false) != 0 { failed = true }
            models.append(context.procedures)
        }
        if failed {
            FileHandle.standardError.write(Data("diff stopped: fix the errors above first\n".utf8))
            throw ExitCode(1)
        }
        let report = DiffReport(ContentDiff(old: models[0], new: models[1]), old: sides[0].name, new: sides[1].name)
        switch format {
        case .text: FileHandle.standardOutput.write(Data(report.text().utf8))
        case .markdown: FileHandle.standardOutput.write(Data(report.markdown().utf8))
        case .json: FileHandle.standardOutput.write(try report.jsonData())
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}
