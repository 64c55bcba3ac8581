import Foundation

/// A summary of a folder's files (names, kinds, sizes, modification times) that changes
/// whenever an author saves, adds, removes or renames one: `serve` polls it to know when to
/// rebuild. Links are noted, never followed; the walk is bounded like the content reader's.
public struct ContentFingerprint: Equatable, Sendable {
    static let maximumEntries = 20_000
    static let maximumDepth = 16

    private var entries: [String]

    public init(of folder: URL) {
        var entries: [String] = []
        Self.walk(folder.path, relative: "", depth: 0, into: &entries)
        self.entries = entries
    }

    private static func walk(_ path: String, relative: String, depth: Int, into entries: inout [String]) {
        guard depth <= maximumDepth, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names.sorted() {
            guard entries.count < maximumEntries else { return }
            let full = path + "/" + name, shown = relative + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            entries.append("\(shown)\t\(kind)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
            if kind == S_IFDIR { walk(full, relative: shown, depth: depth + 1, into: &entries) }
        }
    }
}
