import Foundation

/// Replaces the output folder as a whole: everything is written into a staging folder
/// beside it first, and only a complete staging folder takes the output's place. A build
/// that fails part-way leaves the previous output exactly as it was.
public struct OutputWriter: Sendable {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public enum Failure: Error, CustomStringConvertible {
        case write(path: String, reason: String)
        case swap(reason: String)

        public var description: String {
            switch self {
            case .write(let path, let reason): return "could not write \(path): \(reason)"
            case .swap(let reason): return "could not put the new output in place: \(reason)"
            }
        }
    }

    /// Written into every output folder, so a later build knows the folder is its own to
    /// replace; a folder without it is never deleted.
    public static let markerName = ".escalate-output"
    static let markerText = "This folder is written by escalate build and replaced as a whole by each build.\n"

    /// Whether `folder` may be replaced: it does not exist, is empty, carries the marker, or
    /// holds only the README a fresh clone of the repository has.
    public static func mayReplace(_ folder: URL) -> Bool {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDir) else { return true }
        guard isDir.boolValue else { return false }
        let names = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
        if names.isEmpty || names.contains(markerName) { return true }
        if names == ["README.md"], let data = fm.contents(atPath: folder.appendingPathComponent("README.md").path) {
            return data == Data(OutputReadme.text.utf8)
        }
        return false
    }

    public func replace(with files: [OutputFile]) throws(Failure) {
        let fm = FileManager.default
        guard Self.mayReplace(directory) else {
            throw .write(path: directory.path, reason: "it holds files escalate did not write, so it is not replaced")
        }
        let files = files + [OutputFile(path: Self.markerName, text: Self.markerText)]
        let parent = directory.deletingLastPathComponent()
        let name = directory.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        let old = parent.appendingPathComponent(".\(name).old-\(pid)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files.sorted(by: { $0.path < $1.path }) {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw .write(path: staging.path, reason: error.localizedDescription)
        }
        // Two renames within one folder: the old output is never mixed with the new. (A single
        // atomic exchange needs renameat2(RENAME_EXCHANGE), which Foundation does not expose.)
        do {
            try? fm.removeItem(at: old)
            if fm.fileExists(atPath: directory.path) {
                try fm.moveItem(at: directory, to: old)
            }
            try fm.moveItem(at: staging, to: directory)
            try? fm.removeItem(at: old)
        } catch {
            if !fm.fileExists(atPath: directory.path), fm.fileExists(atPath: old.path) {
                try? fm.moveItem(at: old, to: directory)
            }
            try? fm.removeItem(at: staging)
            throw .swap(reason: error.localizedDescription)
        }
    }
}
