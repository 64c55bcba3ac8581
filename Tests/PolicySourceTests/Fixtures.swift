import Diagnostics
import Foundation
import Model
import PolicySource

enum Fixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = repoRoot.appendingPathComponent("content")
    static let today = PolicyDate("2026-11-23")!

    static func loadExamples() -> ContentLoader.Result {
        ContentLoader(directory: content, display: "content", today: today).load()
    }

    static func procedure(_ id: String) -> Procedure? {
        loadExamples().procedures.first { $0.id == id }
    }

    /// A copy of the example content in a fresh temporary folder, for tests that break it.
    static func copyOfContent() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: content, to: dir)
        return dir
    }
}
