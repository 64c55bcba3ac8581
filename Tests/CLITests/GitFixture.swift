import Foundation
import Testing

/// A throwaway git repository for the commands that read history (`diff A..B`, `--dates-from-git`).
struct GitFixture {
    let repository: URL

    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    /// Runs git in the repository, as a test identity, optionally with a commit date.
    func git(_ arguments: [String], date: String? = nil) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        p.arguments = ["-c", "user.email=test@example.org", "-c", "user.name=test", "-c", "commit.gpgsign=false"] + arguments
        p.currentDirectoryURL = repository
        if let date {
            p.environment = ProcessInfo.processInfo.environment.merging(["GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date]) { _, new in new }
        }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "git \(arguments)")
    }
}
