import Diagnostics
import Foundation

/// Reads a content folder into a `ContentSnapshot`.
///
/// Content is written by many hands and built in CI, where the environment holds secrets and
/// the result is published. So only regular files inside the folder are read: a symbolic link
/// is followed only when it stays inside the folder and ends at a regular file; FIFOs, devices
/// and sockets are refused (a FIFO would hang the build); hidden files and folders (`.git`,
/// `.DS_Store`) are skipped; every size and count is bounded.
public struct SnapshotReader: Sendable {
    public var limits: ContentLimits
    /// Folders below the root that are not part of the snapshot (case logs are streamed, never
    /// held whole in memory).
    public var skipped: Set<String>

    public init(limits: ContentLimits = ContentLimits(), skipped: Set<String> = ["cases"]) {
        self.limits = limits
        self.skipped = skipped
    }

    public func read(_ root: URL, display: String) -> ContentSnapshot {
        var state = State(display: display)
        var info = stat()
        guard lstat(root.path, &info) == 0 else {
            return ContentSnapshot(display: display, files: [], exists: false)
        }
        // The root may itself be a link (a checkout's `content -> shared/content`): that is the
        // author's own choice of folder, so it is resolved once and everything is read below it.
        let base = root.resolvingSymlinksInPath().standardizedFileURL
        guard isDirectory(base.path) else {
            state.problem(.error(.contentMissing, at: SourceLocation(file: display), "the content folder is not a folder",
                                 help: "pass --content <folder> naming the folder that holds policies/"))
            return state.snapshot(exists: false)
        }
        walk(base, relative: "", depth: 0, root: base.path, into: &state)
        return state.snapshot(exists: true)
    }

    private struct State {
        let display: String
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        var totalBytes = 0
        var stopped = false

        func shown(_ relative: String) -> String { display.isEmpty ? relative : display + "/" + relative }

        mutating func problem(_ d: Diagnostic) { diagnostics.append(d) }

        func snapshot(exists: Bool) -> ContentSnapshot {
            ContentSnapshot(display: display, files: files, diagnostics: diagnostics, exists: exists)
        }
    }

    private func walk(_ folder: URL, relative: String, depth: Int, root: String, into state: inout State) {
        guard !state.stopped else { return }
        guard depth <= limits.depth else {
            state.problem(.error(.contentLimit, at: SourceLocation(file: state.shown(relative)),
                "folders are nested more than \(limits.depth) deep here; nothing below is read",
                help: "keep content within \(limits.depth) levels of folders"))
            return
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let rel = relative.isEmpty ? name : relative + "/" + name
            if depth == 0 && skipped.contains(name) { continue }
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            var kind = info.st_mode & S_IFMT
            var target = path
            if kind == S_IFLNK {
                let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
                var resolvedInfo = stat()
                guard resolved.hasPrefix(root + "/"), stat(resolved, &resolvedInfo) == 0,
                      resolvedInfo.st_mode & S_IFMT == S_IFREG else {
                    state.problem(.error(.contentLink, at: SourceLocation(file: state.shown(rel)),
                        "this is a symbolic link to something other than a file inside \(state.display.isEmpty ? "the content folder" : state.display + "/"); it was not read",
                        help: "replace the link with a copy of the file itself"))
                    continue
                }
                kind = S_IFREG
                target = resolved
                info = resolvedInfo
            }
            switch kind {
            case S_IFDIR:
                walk(URL(fileURLWithPath: path), relative: rel, depth: depth + 1, root: root, into: &state)
            case S_IFREG:
                readFile(target, size: Int(info.st_size), relative: rel, into: &state)
            default:
                state.problem(.error(.contentSpecialFile, at: SourceLocation(file: state.shown(rel)),
                    "this is not a regular file (a pipe, socket or device); it was not read",
                    help: "remove it from the content folder"))
            }
            if state.stopped { return }
        }
    }

    private func readFile(_ path: String, size: Int, relative: String, into state: inout State) {
        let at = SourceLocation(file: state.shown(relative))
        guard state.files.count < limits.files else {
            state.problem(.error(.contentLimit, at: at, "the content folder holds more than \(limits.files) files; the rest were not read",
                                 help: "keep case logs and other large collections outside the content folder"))
            state.stopped = true
            return
        }
        guard size <= limits.fileBytes else {
            state.problem(.error(.contentLimit, at: at,
                "the file is \(Self.megabytes(size)), more than the \(Self.megabytes(limits.fileBytes)) a content file may be",
                help: "split it, or move it out of the content folder"))
            return
        }
        guard state.totalBytes + size <= limits.totalBytes else {
            state.problem(.error(.contentLimit, at: at,
                "the content folder holds more than \(Self.megabytes(limits.totalBytes)) in all; this file and those after it were not read",
                help: "move large files out of the content folder"))
            state.stopped = true
            return
        }
        // Read through a handle with an upper bound, so a file that grows while it is read
        // cannot take more than the limit.
        guard let handle = FileHandle(forReadingAtPath: path),
              let data = try? handle.read(upToCount: limits.fileBytes + 1) ?? Data() else {
            state.problem(.error(.unreadable, at: at, "the file cannot be read", help: "check its permissions"))
            return
        }
        try? handle.close()
        guard data.count <= limits.fileBytes else {
            state.problem(.error(.contentLimit, at: at, "the file grew past \(Self.megabytes(limits.fileBytes)) while it was read",
                                 help: "build again once it is no longer being written"))
            return
        }
        state.totalBytes += data.count
        state.files.append(SourceFile(path: relative, bytes: data))
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
