import Foundation

/// Golden files: the expected bytes of a generated file, kept in the repository and reviewed by
/// eye when they change. `ESCALATE_UPDATE_GOLDEN=1 swift test` rewrites them from what the code
/// makes now; review the diff before committing it.
public enum Golden {
    public static var updating: Bool {
        ProcessInfo.processInfo.environment["ESCALATE_UPDATE_GOLDEN"] == "1"
    }

    /// Nil when `actual` matches the golden file at `path` (relative to the repository), else
    /// a message saying where they first differ.
    public static func compare(_ actual: Data, to path: String) -> String? {
        let url = Fixtures.repoRoot.appendingPathComponent(path)
        if updating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url)
            return nil
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            return "\(path) does not exist; run ESCALATE_UPDATE_GOLDEN=1 swift test to write it, then review it"
        }
        guard expected != actual else { return nil }
        let a = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        let e = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        return "\(path) differs from what the code makes, first at line \(line + 1):\n  golden: \(line < e.count ? e[line] : "<end>")\n  now:    \(line < a.count ? a[line] : "<end>")\nIf the change is intended, run ESCALATE_UPDATE_GOLDEN=1 swift test and review the diff."
    }
}
