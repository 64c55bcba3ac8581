import Diagnostics
import Foundation

/// Every input file of a content folder, read once. Everything downstream (policies,
/// calendars, settings, theme) works from these bytes and never opens a file itself, so
/// parsing, diagnostics and a rebuild's change detection all see the same input.
public struct ContentSnapshot: Sendable {
    /// How the content folder is shown in messages, as the user gave it (`content`).
    public let display: String
    /// By relative path.
    public let files: [String: SourceFile]
    /// Files that could not be taken in (a link out of the folder, a FIFO, over a limit).
    public let diagnostics: [Diagnostic]
    /// False when the folder itself does not exist.
    public let exists: Bool

    public init(display: String, files: [SourceFile], diagnostics: [Diagnostic] = [], exists: Bool = true) {
        self.display = display
        self.files = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        self.diagnostics = diagnostics
        self.exists = exists
    }

    public func file(_ path: String) -> SourceFile? {
        files[path]
    }

    /// Files directly inside `folder` whose names end in `suffix`, in name order.
    public func files(in folder: String, suffix: String) -> [SourceFile] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        return files.values
            .filter { $0.path.hasPrefix(prefix) && !$0.path.dropFirst(prefix.count).contains("/") && $0.path.hasSuffix(suffix) }
            .sorted { $0.path < $1.path }
    }

    /// Every file below `folder`, at any depth, by path relative to that folder.
    public func tree(_ folder: String) -> [String: SourceFile] {
        let prefix = folder + "/"
        var out: [String: SourceFile] = [:]
        for (path, file) in files where path.hasPrefix(prefix) {
            out[String(path.dropFirst(prefix.count))] = file
        }
        return out
    }

    /// Whether the folder has anything at or below `folder` (a file or a sub-folder with files).
    public func hasFolder(_ folder: String) -> Bool {
        files.keys.contains { $0.hasPrefix(folder + "/") }
    }

    /// `content/policies/000_herts.md`: how a file is named in messages.
    public func shown(_ path: String) -> String {
        display.isEmpty ? path : display + "/" + path
    }

    /// One hash for the whole input: changes when any file's path or bytes change.
    public var hash: String {
        let text = files.keys.sorted().map { "\($0)\t\(files[$0]!.hash)\n" }.joined()
        return SourceFile(path: "", bytes: Data(text.utf8)).hash
    }
}
