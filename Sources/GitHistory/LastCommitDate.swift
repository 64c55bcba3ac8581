import Foundation

/// When a file last changed, as git records it: the committer date of the last commit that
/// touched it (`git log -1 --format=%cs -- FILE`), for `--dates-from-git`.
public enum LastCommitDate {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case gitMissing
        case notARepository(String)

        public var description: String {
            switch self {
            case .gitMissing: return "git is not installed, so the dates cannot be read from the history"
            case .notARepository(let reason): return "git could not read the history here: \(reason)"
            }
        }
    }

    /// `YYYY-MM-DD`, or nil when no commit touches the file (a new file not yet committed).
    /// - Parameter path: relative to `directory`, where git runs.
    public static func of(_ path: String, in directory: URL) throws(Failure) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // `--` so a file name is never read as an option; no pager, no optional locks.
        process.arguments = ["git", "--no-pager", "log", "-1", "--format=%cs", "--", path]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw .gitMissing }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { throw .gitMissing }
        guard process.terminationStatus == 0 else {
            throw .notARepository(String(decoding: problem.prefix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let text = String(decoding: data.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
