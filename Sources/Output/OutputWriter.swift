import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces the output folder as a whole: everything is written into a staging folder
/// beside it first, and only a complete staging folder takes the output's place. A build
/// that fails part-way leaves the previous output exactly as it was.
public struct OutputWriter: Sendable {
    public var directory: URL
    /// A file whose bytes are the same as in the output being replaced is hard-linked from it
    /// into the staging folder instead of written, so it keeps its modification time (and a
    /// web server's caches and an rsync stay quiet). False writes every file anew.
    public var keepUnchangedFiles = true
    /// The page manifest (`PreviousOutput.manifestURL`), written beside the folder once it is
    /// in place; nil leaves whatever manifest is there.
    public var manifest: Data?
    /// What this build was made from (`BuildRecord`), written beside the folder once it is in
    /// place with the digest of every file; nil removes any record there, so a build the record
    /// cannot describe (`--clean`, dates from git) never leaves an earlier one behind.
    public var record: BuildRecord?

    public init(directory: URL) {
        self.directory = directory
    }

    public enum Failure: Error, CustomStringConvertible {
        case write(path: String, reason: String)
        case swap(reason: String)
        case busy(lock: String)
        case foreignFiles([String])

        public var description: String {
            switch self {
            case .foreignFiles(let paths):
                let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? " and \(paths.count - 5) more" : "")
                return "the output folder holds files the last build did not write (\(shown)); replacing the folder would delete them, so it was left as it was"
            case .busy(let lock): return "another build is writing this output folder (it holds \(lock)); try again when it has finished"
            case .write(let path, let reason): return "could not write \(path): \(reason)"
            case .swap(let reason): return "could not put the new output in place: \(reason)"
            }
        }
    }

    /// Written into every output folder, so a later build knows the folder is its own to
    /// replace; a folder without it is never deleted. It lists every file the build wrote, so
    /// the next build can tell a file someone added (a CNAME, a leaflet) from its own.
    public static let markerName = ".escalate-output"
    static let markerText = "This folder is written by escalate build and replaced as a whole by each build.\n"

    static func marker(listing paths: [String]) -> String {
        markerText + "Files written:\n" + paths.sorted().map { $0 + "\n" }.joined()
    }

    /// Files in an output folder that the last build did not write (by its marker's list),
    /// which replacing the folder would delete. Empty when there are none, or when the folder
    /// is not one escalate writes (see `mayReplace`).
    public static func foreignFiles(in folder: URL) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(markerName).path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: "Files written:") else { return [] }
        let written = Set(lines[(start + 1)...])
        var out: [String] = []
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        for case let url as URL in walker {
            let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory ?? false
            guard !isDirectory else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            if path != markerName && !written.contains(path) { out.append(path) }
        }
        return out.sorted()
    }

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
        let parent = directory.deletingLastPathComponent()
        let name = directory.lastPathComponent
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .write(path: parent.path, reason: error.localizedDescription)
        }
        // One build at a time writes into a given output folder; a second waits its turn.
        let lock = try BuildLock(parent.appendingPathComponent(".\(name).lock"))
        defer { lock.release() }
        Self.removeLeftovers(of: name, in: parent)
        guard Self.mayReplace(directory) else {
            throw .write(path: directory.path, reason: "it holds files escalate did not write, so it is not replaced")
        }
        let foreign = Self.foreignFiles(in: directory)
        guard foreign.isEmpty else { throw .foreignFiles(foreign) }
        let files = files + [OutputFile(path: Self.markerName, text: Self.marker(listing: files.map(\.path)))]
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        let old = parent.appendingPathComponent(".\(name).old-\(pid)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files.sorted(by: { $0.path < $1.path }) {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                if keepUnchangedFiles, Self.linkUnchanged(directory.appendingPathComponent(file.path), to: url, contents: file.contents) { continue }
                try file.contents.write(to: url)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw .write(path: staging.path, reason: error.localizedDescription)
        }
        // One atomic exchange, so a web server serving the folder never sees it missing or
        // half-written; where the file system cannot exchange, two renames in one folder.
        if fm.fileExists(atPath: directory.path), AtomicExchange.exchange(staging.path, directory.path) {
            try? fm.removeItem(at: staging)
            writeManifest(in: parent, pid: pid)
            writeRecord(of: files, in: parent, pid: pid)
            return
        }
        do {
            try? fm.removeItem(at: old)
            if fm.fileExists(atPath: directory.path) {
                try fm.moveItem(at: directory, to: old)
            }
            try fm.moveItem(at: staging, to: directory)
            try? fm.removeItem(at: old)
            writeManifest(in: parent, pid: pid)
            writeRecord(of: files, in: parent, pid: pid)
        } catch {
            if !fm.fileExists(atPath: directory.path), fm.fileExists(atPath: old.path) {
                try? fm.moveItem(at: old, to: directory)
            }
            try? fm.removeItem(at: staging)
            throw .swap(reason: error.localizedDescription)
        }
    }

    /// Written after the swap, under the lock, by a rename. A build killed before it leaves the
    /// previous manifest beside the new files; that is safe, because an entry is used only for a
    /// file that still holds the very bytes its key was rendered to (its digest).
    private func writeManifest(in parent: URL, pid: Int32) {
        guard let manifest else { return }
        replaceBeside(PreviousOutput.manifestURL(for: directory), with: manifest, in: parent, pid: pid)
    }

    /// Written last, after the manifest: a build killed before it leaves the previous record,
    /// whose digests no longer match the folder, so the next build is a full one.
    private func writeRecord(of files: [OutputFile], in parent: URL, pid: Int32) {
        let target = BuildRecord.url(for: directory)
        guard var record else {
            unlink(target.path)
            return
        }
        record.files = Dictionary(files.map { ($0.path, BuildRecord.sha256($0.contents)) }, uniquingKeysWith: { a, _ in a })
        guard let data = try? record.jsonData() else {
            unlink(target.path)
            return
        }
        replaceBeside(target, with: data, in: parent, pid: pid)
    }

    /// `data` written to a temporary file beside the folder and renamed over `target`.
    private func replaceBeside(_ target: URL, with data: Data, in parent: URL, pid: Int32) {
        let temporary = parent.appendingPathComponent(".\(directory.lastPathComponent).manifest-\(pid)")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            unlink(target.path)
        }
    }

    /// Hard-links `previous` to `target` when it is a regular file (not a link) holding exactly
    /// `contents`; false when it is not, or the link cannot be made, and the file is written.
    static func linkUnchanged(_ previous: URL, to target: URL, contents: Data) -> Bool {
        var info = stat()
        guard lstat(previous.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == contents.count,
              FileManager.default.contents(atPath: previous.path) == contents else { return false }
        return link(previous.path, target.path) == 0
    }

    /// Staging and old folders that a killed build left beside the output (`.output.staging-PID`,
    /// `.output.old-PID`), removed at the next build. Called with the lock held, so no running
    /// build's folders are among them. If the output itself is missing but an old copy is there
    /// (killed between the two renames), the old copy is put back first.
    static func removeLeftovers(of name: String, in parent: URL) {
        let fm = FileManager.default
        let entries = ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        let output = parent.appendingPathComponent(name)
        for entry in entries where entry.hasPrefix(".\(name).old-") && !fm.fileExists(atPath: output.path) {
            try? fm.moveItem(at: parent.appendingPathComponent(entry), to: output)
        }
        for entry in entries where entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-") || entry.hasPrefix(".\(name).manifest-") {
            let url = parent.appendingPathComponent(entry)
            if fm.fileExists(atPath: url.path) { try? fm.removeItem(at: url) }
        }
    }
}
