import Foundation

/// Which folders a build may replace. A build replaces its output folder as a whole, so a
/// mistyped `--output` (the content folder, `.`, the home folder) would delete the author's
/// work: those are refused before anything is written.
public struct OutputFolderRules: Sendable {
    /// The folders that must never be replaced or contain the output: the content folder and,
    /// later, theme and case-log folders.
    public var protected: [URL]
    public var workingDirectory: URL
    public var home: URL

    public init(protected: [URL], workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                home: URL = FileManager.default.homeDirectoryForCurrentUser) {
        self.protected = protected
        self.workingDirectory = workingDirectory
        self.home = home
    }

    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case empty
        case root
        case home
        case workingDirectory
        case containsWorkingDirectory
        case isProtected(String)
        case containsProtected(String)
        case insideProtected(String)
        case notEscalateOutput(String)

        public var description: String {
            switch self {
            case .empty: return "the output folder is empty text; name a folder such as output"
            case .root: return "refusing to replace / with the build output"
            case .home: return "refusing to replace the home folder with the build output"
            case .workingDirectory: return "refusing to replace the current folder with the build output; name a folder inside it, such as output"
            case .containsWorkingDirectory: return "refusing to replace a folder that contains the current folder"
            case .isProtected(let p): return "refusing to write the output over \(p), which is an input of the build"
            case .containsProtected(let p): return "refusing to replace a folder that contains \(p), an input of the build"
            case .insideProtected(let p): return "refusing to write the output inside \(p), an input of the build"
            case .notEscalateOutput(let p):
                return "refusing to replace \(p): it holds files escalate did not write (it has no \(OutputWriter.markerName)); empty it or choose another folder"
            }
        }
    }

    /// Nil when `output` may be replaced.
    public func check(_ output: String) -> Refusal? {
        guard !output.trimmingCharacters(in: .whitespaces).isEmpty else { return .empty }
        let target = Self.resolved(output.hasPrefix("/") ? URL(fileURLWithPath: output) : workingDirectory.appendingPathComponent(output))
        if target.path == "/" { return .root }
        if target.path == Self.resolved(home).path { return .home }
        let cwd = Self.resolved(workingDirectory)
        if target.path == cwd.path { return .workingDirectory }
        if Self.isInside(cwd, target) { return .containsWorkingDirectory }
        for folder in protected {
            let p = Self.resolved(folder)
            if p.path == target.path { return .isProtected(folder.relativePath) }
            if Self.isInside(p, target) { return .containsProtected(folder.relativePath) }
            if Self.isInside(target, p) { return .insideProtected(folder.relativePath) }
        }
        if !OutputWriter.mayReplace(target) { return .notEscalateOutput(output) }
        return nil
    }

    /// `inner` lies strictly below `outer`.
    static func isInside(_ inner: URL, _ outer: URL) -> Bool {
        let o = outer.path == "/" ? "/" : outer.path + "/"
        return inner.path.hasPrefix(o) && inner.path != outer.path
    }

    /// The absolute path with `.`/`..` and symbolic links resolved, as far as the path exists.
    static func resolved(_ url: URL) -> URL {
        let standard = url.absoluteURL.standardizedFileURL
        var existing = standard
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var out = existing.resolvingSymlinksInPath()
        for part in rest { out.appendPathComponent(part) }
        return out.standardizedFileURL
    }
}
