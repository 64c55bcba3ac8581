import Foundation

/// A folder of the repository as it was at a git revision, written into a new temporary folder
/// with `git archive` (no work tree or index is touched, so it is safe in a checkout with
/// uncommitted edits). For `escalate diff A..B`.
public enum RevisionExport {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A revision range `A..B` split into its two ends; nil when `text` is not one. An empty end
    /// means HEAD, as in git (`A..` is A to HEAD).
    public static func range(_ text: String) -> (String, String)? {
        guard let r = text.range(of: ".."), !text.contains("...") else { return nil }
        let a = String(text[..<r.lowerBound]), b = String(text[r.upperBound...])
        guard !(a.isEmpty && b.isEmpty) else { return nil }
        return (a.isEmpty ? "HEAD" : a, b.isEmpty ? "HEAD" : b)
    }

    /// Writes `folder` (relative to `directory`, the working folder) as it was at `revision` into
    /// a new folder under the temporary directory, and returns it. The caller removes it.
    public static func export(_ folder: String, at revision: String, in directory: URL) throws(Failure) -> URL {
        // A revision is handed to git as one argument; one that looks like an option is refused
        // rather than passed on.
        guard !revision.hasPrefix("-"), !revision.contains(":"), !revision.isEmpty else {
            throw Failure(description: "'\(revision)' is not a revision escalate diff can read; name a commit, branch or tag")
        }
        var relative = folder
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        while relative.count > 1, relative.hasSuffix("/") { relative.removeLast() }
        let fm = FileManager.default
        let target = fm.temporaryDirectory.appendingPathComponent("escalate-diff-\(UUID().uuidString)")
        let archive = target.appendingPathExtension("tar")
        do {
            try fm.createDirectory(at: target, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot make a temporary folder: \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: archive) }
        // `REV:./path` is the tree of `path` relative to the working folder, at its root in the archive.
        let tree = relative == "." ? "\(revision):./" : "\(revision):./\(relative)"
        let git = run("git", ["archive", "--format=tar", "--output=\(archive.path)", tree], in: directory)
        // env exits 127 when it cannot find the tool.
        if git.status == 127 {
            try? fm.removeItem(at: target)
            throw Failure(description: "git is not installed, so revisions cannot be read; install it (Debian: apt-get install git) or compare two folders")
        }
        guard git.status == 0 else {
            try? fm.removeItem(at: target)
            let reason = git.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "git could not read \(relative) at \(revision)\(reason.isEmpty ? "" : ": " + reason)")
        }
        let tar = run("tar", ["-x", "-f", archive.path, "-C", target.path, "--no-same-owner", "--no-same-permissions"], in: directory)
        guard tar.status == 0 else {
            try? fm.removeItem(at: target)
            throw Failure(description: "could not unpack \(relative) at \(revision): \(tar.stderr)")
        }
        return target
    }

    static func run(_ tool: String, _ arguments: [String], in directory: URL) -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return (127, "\(tool) is not installed") }
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data.prefix(4000), as: UTF8.self))
    }
}
