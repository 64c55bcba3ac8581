import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Whether a case file sits where a `git commit` would take it: inside a git work tree and
/// not ignored. A log with personal columns committed to a public repository is a data breach,
/// so git itself is asked (`rev-parse`, `check-ignore`, `ls-files`) rather than .gitignore
/// files being read by hand.
public enum GitExposure: Sendable, Hashable {
    /// Not in a work tree, ignored, or git is not installed.
    case safe
    /// In a work tree and not ignored: the next `git add .` takes it.
    case notIgnored
    /// Already committed or staged.
    case tracked

    public static func check(_ file: URL) async -> GitExposure {
        let folder = file.deletingLastPathComponent().path
        let name = file.lastPathComponent
        guard let inside = await git(["rev-parse", "--is-inside-work-tree"], in: folder), inside.status == 0,
              inside.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true" else { return .safe }
        if let listed = await git(["ls-files", "--error-unmatch", "--", name], in: folder), listed.status == 0 { return .tracked }
        // check-ignore exits 0 when the path is ignored, 1 when it is not.
        guard let ignored = await git(["check-ignore", "-q", "--", name], in: folder) else { return .safe }
        return ignored.status == 1 ? .notIgnored : .safe
    }

    private static func git(_ arguments: [String], in folder: String) async -> (status: Int32, output: String)? {
        do {
            // A repository's own configuration must not start a program here (core.fsmonitor).
            let result = try await run(.name("git"), arguments: Arguments(["-c", "core.fsmonitor=false"] + arguments),
                                       environment: .inherit.updating(["GIT_OPTIONAL_LOCKS": "0"]),
                                       workingDirectory: FilePath(folder),
                                       output: .string(limit: 1 << 16), error: .discarded)
            guard case .exited(let code) = result.terminationStatus else { return nil }
            return (code, result.standardOutput)
        } catch {
            return nil
        }
    }
}
