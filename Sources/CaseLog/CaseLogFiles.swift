import Diagnostics
import Foundation

/// The case files named by `--cases` (a file, or a folder's `.csv` and `.xlsx` files), found
/// with the rules `SnapshotReader` applies to content: regular files only, a link only when it
/// stays inside the folder, no pipes or devices, bounded counts and sizes.
struct CaseLogFiles {
    struct Limits: Sendable, Hashable {
        var files = 200
        /// A CSV is streamed, so its bound is generous; `.xlsx` has its own (`XLSXRows.Limits`).
        var csvBytes: Int64 = 8 << 30
        var xlsxBytes: Int64 = 16 << 20
    }

    struct Found {
        var url: URL
        var shown: String
        var kind: Kind
    }

    enum Kind { case csv, xlsx }

    /// The settings file beside the logs (`synthetic: true` for the bundled example).
    static let folderSettings = "log.yml"

    var limits = Limits()

    /// The files to read, and problems with what was named. `exists` is false when the path
    /// names nothing (for the default `content/cases/`, that simply means no log).
    func find(_ path: URL, display: String) -> (files: [Found], folder: URL?, problems: [Diagnostic], exists: Bool) {
        var info = stat()
        guard lstat(path.path, &info) == 0 else { return ([], nil, [], false) }
        // The path itself is the user's own choice; a link there is resolved once.
        let base = path.resolvingSymlinksInPath().standardizedFileURL
        guard stat(base.path, &info) == 0 else {
            return ([], nil, [.error(.caseLogFile, at: SourceLocation(file: display), "the case log path is a link to nothing",
                                     help: "pass --cases with the log file or its folder")], true)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard let kind = Self.kind(base.lastPathComponent) else {
                return ([], nil, [.error(.caseLogFile, at: SourceLocation(file: display), "a case log must be a .csv or .xlsx file",
                                         help: "save the log from Excel as 'CSV UTF-8' or as an .xlsx workbook")], true)
            }
            guard let problem = sizeProblem(Int64(info.st_size), kind, display) else {
                return ([Found(url: base, shown: display, kind: kind)], base.deletingLastPathComponent(), [], true)
            }
            return ([], nil, [problem], true)
        case S_IFDIR:
            return listFolder(base, display: display)
        default:
            return ([], nil, [.error(.caseLogFile, at: SourceLocation(file: display), "the case log path is not a regular file or folder (a pipe, socket or device)",
                                     help: "pass --cases with the log file or its folder")], true)
        }
    }

    private func listFolder(_ folder: URL, display: String) -> (files: [Found], folder: URL?, problems: [Diagnostic], exists: Bool) {
        var found: [Found] = []
        var problems: [Diagnostic] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") && name != Self.folderSettings {
            let shown = display + "/" + name
            let at = SourceLocation(file: shown)
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            var target = URL(fileURLWithPath: path)
            if info.st_mode & S_IFMT == S_IFLNK {
                let resolved = target.resolvingSymlinksInPath().standardizedFileURL
                guard resolved.path.hasPrefix(folder.path + "/"), stat(resolved.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                    problems.append(.error(.caseLogFile, at: at, "this is a symbolic link to something other than a file in the case log folder; it was not read",
                                           help: "replace the link with the file itself, or pass the file with --cases"))
                    continue
                }
                target = resolved
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                guard let kind = Self.kind(name) else {
                    problems.append(.warning(.contentUnread, at: at, "this file is not read: case logs are the .csv and .xlsx files in the folder",
                                             help: "save it as CSV or .xlsx if it is a log, or move it out of the folder"))
                    continue
                }
                if let problem = sizeProblem(Int64(info.st_size), kind, shown) { problems.append(problem); continue }
                guard found.count < limits.files else {
                    problems.append(.error(.caseLogFile, at: SourceLocation(file: display), "the folder holds more than \(limits.files) case logs; the rest were not read",
                                           help: "combine the logs, or pass one file with --cases"))
                    return (found, folder, problems, true)
                }
                found.append(Found(url: target, shown: shown, kind: kind))
            case S_IFDIR:
                problems.append(.warning(.contentUnread, at: at, "folders inside the case log folder are not read",
                                         help: "move its logs up into \(display)/ if they are to be counted"))
            default:
                problems.append(.error(.caseLogFile, at: at, "this is not a regular file (a pipe, socket or device); it was not read",
                                       help: "remove it from the case log folder"))
            }
        }
        return (found, folder, problems, true)
    }

    static func kind(_ name: String) -> Kind? {
        let lower = name.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".xlsx") { return .xlsx }
        return nil
    }

    private func sizeProblem(_ size: Int64, _ kind: Kind, _ shown: String) -> Diagnostic? {
        let limit = kind == .csv ? limits.csvBytes : limits.xlsxBytes
        guard size > limit else { return nil }
        return .error(.caseLogLimit, at: SourceLocation(file: shown), "the file is larger than the \(limit >> 20) MiB escalate reads from a \(kind == .csv ? "CSV" : ".xlsx") case log",
                      help: kind == .xlsx ? "save the log as CSV (UTF-8), which escalate reads row by row" : "split the log by year")
    }

    /// Opens a regular file without following a link or blocking on a pipe swapped in since it
    /// was listed; the descriptor is checked again before it is read.
    static func open(_ url: URL) -> Int32? {
        let fd = Foundation.open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { close(fd); return nil }
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        return fd
    }
}
