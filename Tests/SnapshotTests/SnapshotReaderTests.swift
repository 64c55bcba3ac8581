import Diagnostics
import Foundation
import Snapshot
import Testing
import TestSupport

/// The snapshot is the only reader of the content folder: what it refuses never reaches a page.
@Suite struct SnapshotReaderTests {
    func folder(_ files: [String: String]) throws -> URL {
        let root = try Fixtures.temporaryFolder().appendingPathComponent("content")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func everyFileIsReadOnceWithItsHash() throws {
        let root = try folder(["policies/a.md": "abc", "site.yml": "title: T\n", ".git/config": "secret", "theme/.DS_Store": "x"])
        let snapshot = SnapshotReader().read(root, display: "content")
        #expect(snapshot.files.keys.sorted() == ["policies/a.md", "site.yml"])
        // SHA-256 of "abc".
        #expect(snapshot.file("policies/a.md")?.hash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(snapshot.files(in: "policies", suffix: ".md").map(\.name) == ["a.md"])
        #expect(snapshot.diagnostics.isEmpty)
    }

    @Test func theWholeSnapshotHashFollowsEveryFile() throws {
        let root = try folder(["policies/a.md": "abc"])
        let before = SnapshotReader().read(root, display: "content").hash
        #expect(SnapshotReader().read(root, display: "content").hash == before)
        try "abd".write(to: root.appendingPathComponent("policies/a.md"), atomically: true, encoding: .utf8)
        #expect(SnapshotReader().read(root, display: "content").hash != before)
    }

    /// A theme file linked to /proc/self/environ once put the CI environment on the public site.
    @Test func aLinkOutOfTheFolderIsRefusedAndNamed() throws {
        let root = try folder(["theme/theme.yml": "footer: x\n"])
        let outside = root.deletingLastPathComponent().appendingPathComponent("secret.txt")
        try "SECRET".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("theme/style.css").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("theme/environ.css").path, withDestinationPath: "/proc/self/environ")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("theme/all").path, withDestinationPath: "/etc")
        let snapshot = SnapshotReader().read(root, display: "content")
        #expect(snapshot.file("theme/style.css") == nil && snapshot.file("theme/environ.css") == nil)
        #expect(!snapshot.files.keys.contains { $0.hasPrefix("theme/all") })
        #expect(snapshot.diagnostics.map(\.code) == ["content-link", "content-link", "content-link"])
        #expect(snapshot.diagnostics.map(\.location.file).sorted() == ["content/theme/all", "content/theme/environ.css", "content/theme/style.css"])
        #expect(!snapshot.files.values.contains { $0.bytes == Data("SECRET".utf8) })
    }

    @Test func aLinkToAFileInsideTheFolderIsRead() throws {
        let root = try folder(["theme/shared.css": "p {}"])
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("theme/style.css").path, withDestinationPath: "shared.css")
        let snapshot = SnapshotReader().read(root, display: "content")
        #expect(snapshot.file("theme/style.css")?.bytes == Data("p {}".utf8))
        #expect(snapshot.diagnostics.isEmpty)
    }

    /// A FIFO would hang a build that opened it.
    @Test func aFIFOIsRefusedWithoutBeingOpened() throws {
        let root = try folder(["policies/a.md": "x"])
        let fifo = root.appendingPathComponent("policies/b.md").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let snapshot = SnapshotReader().read(root, display: "content")
        #expect(snapshot.diagnostics.map(\.code) == ["content-special-file"])
        #expect(snapshot.diagnostics.first?.location.file == "content/policies/b.md")
        #expect(snapshot.file("policies/b.md") == nil)
    }

    @Test func limitsAreErrorsThatNameTheLimit() throws {
        let root = try folder(["policies/big.md": String(repeating: "x", count: 2_000), "policies/small.md": "x",
                               "a/b/c/d/e.md": "deep"])
        let reader = SnapshotReader(limits: ContentLimits(fileBytes: 1_000, totalBytes: 10_000, files: 100, depth: 2))
        let snapshot = reader.read(root, display: "content")
        #expect(snapshot.file("policies/small.md") != nil)
        #expect(snapshot.file("policies/big.md") == nil)
        let messages = snapshot.diagnostics.map(\.message)
        #expect(messages.contains("the file is 2000 bytes, more than the 1000 bytes a content file may be"))
        #expect(messages.contains { $0.contains("nested more than 2 deep") })
        #expect(snapshot.diagnostics.allSatisfy { $0.code == "content-limit" })
    }

    @Test func caseLogsAreNotPartOfTheSnapshot() throws {
        let root = try folder(["cases/log.csv": "case_id\n1\n", "policies/a.md": "x"])
        #expect(SnapshotReader().read(root, display: "content").files.keys.sorted() == ["policies/a.md"])
    }

    @Test func aMissingFolderIsSaidToBeMissing() throws {
        let snapshot = SnapshotReader().read(URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"), display: "nowhere")
        #expect(!snapshot.exists)
        #expect(snapshot.files.isEmpty)
    }
}
