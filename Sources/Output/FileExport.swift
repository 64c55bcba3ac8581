import Foundation

/// Writes files into a folder a person names, such as `escalate theme export content/theme`.
/// Unlike a build, which replaces its output folder as a whole, an export adds to the folder:
/// when any of its files is already there nothing is written, unless `force` is set, and then
/// only those files are replaced. Nothing is ever deleted.
public enum FileExport {
    public struct Result: Sendable, Equatable {
        /// Paths inside the folder, sorted.
        public var created: [String]
        public var replaced: [String]
    }

    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// The folder's path names a file.
        case notAFolder(String)
        /// A folder is where a file would go, or a file where a folder would go.
        case inTheWay(String)
        /// Files that are already there, refused without `force`.
        case exists(folder: String, paths: [String])
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case .notAFolder(let p): return "\(p) is a file, not a folder"
            case .inTheWay(let p): return "\(p) is in the way (a folder where a file would go, or a file where a folder would go); nothing was written"
            case .exists(let folder, let paths):
                let shown = paths.count <= 5 ? paths.joined(separator: ", ") : paths.prefix(5).joined(separator: ", ") + " and \(paths.count - 5) more"
                return "\(paths.count == 1 ? "1 file is" : "\(paths.count) files are") already in \(folder): \(shown); nothing was written (--force replaces them; no other file is touched)"
            case .cannotWrite(let p, let reason): return "cannot write \(p): \(reason)"
            }
        }
    }

    /// - Parameter files: paths relative to `folder`, without `..`.
    public static func write(_ files: [OutputFile], into folder: URL, force: Bool) throws(Refusal) -> Result {
        let fm = FileManager.default
        let files = files.sorted { $0.path < $1.path }
        func shown(_ path: String) -> String { folder.appendingPathComponent(path).relativePath }
        func isFolder(_ url: URL) -> Bool {
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        // Anything there at all, a dangling link included.
        func exists(_ url: URL) -> Bool { (try? fm.attributesOfItem(atPath: url.path)) != nil }

        if exists(folder), !isFolder(folder) { throw .notAFolder(folder.relativePath) }
        var existing: [String] = []
        for file in files {
            let parts = file.path.split(separator: "/").map(String.init)
            precondition(!file.path.hasPrefix("/") && !parts.isEmpty && !parts.contains(".."), "export paths stay inside the folder: \(file.path)")
            var parent = folder
            for part in parts.dropLast() {
                parent.appendPathComponent(part)
                if exists(parent), !isFolder(parent) { throw .inTheWay(parent.relativePath) }
            }
            let target = folder.appendingPathComponent(file.path)
            if exists(target) {
                if isFolder(target) { throw .inTheWay(shown(file.path)) }
                existing.append(file.path)
            }
        }
        if !existing.isEmpty, !force { throw .exists(folder: folder.relativePath, paths: existing) }
        for file in files {
            let target = folder.appendingPathComponent(file.path)
            do {
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: target, options: .atomic)
            } catch {
                throw .cannotWrite(shown(file.path), reason: error.localizedDescription)
            }
        }
        return Result(created: files.map(\.path).filter { !existing.contains($0) }, replaced: existing)
    }
}
