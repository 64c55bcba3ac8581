import Foundation
import Testing
@testable import Serve

/// The preview answers only with regular files inside the output folder, whatever the request.
@Suite struct SitePathTests {
    let root: URL
    let outside: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-sitepath-\(UUID().uuidString)")
        root = base.appendingPathComponent("output")
        outside = base.appendingPathComponent("secret")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("herts"), withIntermediateDirectories: true)
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("home".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("herts".utf8).write(to: root.appendingPathComponent("herts/index.html"))
        try Data("a b".utf8).write(to: root.appendingPathComponent("herts/a b.html"))
        try Data("TOKEN".utf8).write(to: outside.appendingPathComponent("token.txt"))
        try fm.createSymbolicLink(at: root.appendingPathComponent("leak.txt"), withDestinationURL: outside.appendingPathComponent("token.txt"))
        try fm.createSymbolicLink(at: root.appendingPathComponent("linked"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: root.appendingPathComponent("inside.html"), withDestinationURL: root.appendingPathComponent("index.html"))
    }

    @Test func pagesAndFolderIndexesAreFound() {
        #expect(SitePath.resolve("/", in: root)?.lastPathComponent == "index.html")
        #expect(SitePath.resolve("/index.html", in: root) == root.appendingPathComponent("index.html"))
        #expect(SitePath.resolve("/herts/", in: root) == root.appendingPathComponent("herts/index.html"))
        #expect(SitePath.resolve("/herts", in: root) == root.appendingPathComponent("herts/index.html"))
        #expect(SitePath.resolve("/herts/a%20b.html", in: root) == root.appendingPathComponent("herts/a b.html"))
    }

    @Test(arguments: [
        "/../secret/token.txt", "/herts/../../secret/token.txt", "/%2e%2e/secret/token.txt",
        "/%2E%2E%2Fsecret%2Ftoken.txt", "/herts/..%2f..%2fsecret/token.txt", "/./index.html",
        "/..\\secret\\token.txt", "/index.html%00.txt", "/%zz", "index.html", "", "/.hidden", "/herts/.git/config",
    ])
    func traversalIsNotFound(_ path: String) {
        #expect(SitePath.resolve(path, in: root) == nil)
    }

    @Test func aFolderWithoutItsSlashIsRedirected() {
        #expect(SitePath.folderWithoutSlash("/herts", in: root) == "/herts/")
        #expect(SitePath.folderWithoutSlash("/herts/", in: root) == nil)
        #expect(SitePath.folderWithoutSlash("/herts/index.html", in: root) == nil)
        #expect(SitePath.folderWithoutSlash("/index.html", in: root) == nil)
        #expect(SitePath.folderWithoutSlash("/missing", in: root) == nil)
    }

    @Test func theHostIsAnAddressOrLocalhost() {
        #expect(PreviewServer.listeningHost("localhost") == "127.0.0.1")
        #expect(PreviewServer.listeningHost("::1") == "::1")
        #expect(PreviewServer.listeningHost("0.0.0.0") == "0.0.0.0")
        #expect(PreviewServer.listeningHost("example.org") == nil)
        #expect(PreviewServer.listeningHost("127.0.0.1; rm") == nil)
    }

    @Test func linksAreNeverFollowedEvenInsideTheFolder() {
        #expect(SitePath.resolve("/leak.txt", in: root) == nil)
        #expect(SitePath.resolve("/linked/token.txt", in: root) == nil)
        #expect(SitePath.resolve("/inside.html", in: root) == nil)
    }

    @Test func overlongPathsAreNotFound() {
        #expect(SitePath.resolve("/" + String(repeating: "a/", count: 40), in: root) == nil)
        #expect(SitePath.resolve("/" + String(repeating: "a", count: 3000), in: root) == nil)
    }

    @Test func theReloadScriptGoesBeforeTheLastBodyEnd() {
        let page = Data("<html><body><p>&lt;/body&gt;</p></body></html>".utf8)
        let out = String(decoding: LiveReload.inject(into: page, generation: 7), as: UTF8.self)
        #expect(out == "<html><body><p>&lt;/body&gt;</p><script src=\"/__escalate/live-reload.js\" data-generation=\"7\"></script></body></html>")
    }

    @Test func theErrorPageEscapesWhatTheContentSaid() {
        let html = String(decoding: ErrorPage.html(problems: "policies/a.md:3:1: error: <script>alert(1)</script>", generation: 2), as: UTF8.self)
        #expect(html.contains("policies/a.md:3:1: error: &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert"))
    }

    @Test func aFingerprintChangesOnSaveAddAndRemove() throws {
        let before = ContentFingerprint(of: root)
        #expect(ContentFingerprint(of: root) == before)
        try Data("new".utf8).write(to: root.appendingPathComponent("herts/new.html"))
        let added = ContentFingerprint(of: root)
        #expect(added != before)
        try Data("NEW".utf8).write(to: root.appendingPathComponent("herts/new.html"))
        let saved = ContentFingerprint(of: root)
        #expect(saved != added, "a save of the same size still counts")
        try FileManager.default.removeItem(at: root.appendingPathComponent("herts/new.html"))
        #expect(ContentFingerprint(of: root) != saved)
    }
}
