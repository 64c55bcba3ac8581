import Diagnostics
import Foundation
import Output
import Pipeline
import Snapshot
import Testing
import TestSupport

/// `content/static/`: published as it is, through the snapshot's rules, never over a generated file.
@Suite struct StaticFilesTests {
    func content(_ files: [String: Data]) throws -> URL {
        let dir = try Fixtures.copyOfContent()
        for (path, data) in files {
            let url = dir.appendingPathComponent("static/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return dir
    }

    @Test func staticFilesArePublishedByteForByteAtTheirPath() async throws {
        let pdf = Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0xFF, 0xFE]) + Data(repeating: 0x80, count: 5000)
        let dir = try content(["CNAME": Data("guidance.example.org\n".utf8), "favicon.ico": Data([0, 0, 1, 0, 1, 0]),
                               "sources/herts-escalation-policy.pdf": pdf, ".htaccess": Data("Deny from all\n".utf8)])
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let report = await Fixtures.pipeline(dir).run(.build(output: out))
        #expect(report.diagnostics.items.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.items.map(\.message))")
        #expect(try Data(contentsOf: out.appendingPathComponent("CNAME")) == Data("guidance.example.org\n".utf8))
        #expect(try Data(contentsOf: out.appendingPathComponent("sources/herts-escalation-policy.pdf")) == pdf)
        #expect(try Data(contentsOf: out.appendingPathComponent("favicon.ico")) == Data([0, 0, 1, 0, 1, 0]))
        #expect(try Data(contentsOf: out.appendingPathComponent("robots.txt")) == Data(contentsOf: Fixtures.content.appendingPathComponent("static/robots.txt")))
        // Hidden files are skipped, as everywhere in the content folder.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".htaccess").path))
        // The pages are still the build's own.
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8).contains("<h1>"))
    }

    @Test(arguments: [
        ("index.html", "this file would be published as 'index.html', which the build makes itself"),
        ("herts/index.html", "this file would be published as 'herts/index.html', which the build makes itself"),
        ("assets/style.css", "this file would be published as 'assets/style.css', which the build makes itself"),
        ("sitemap.xml", "this file would be published as 'sitemap.xml', which the build makes itself"),
        ("herts", "this file would be published as 'herts', where the build makes a folder of pages"),
        ("feed.xml/extra.txt", "this file is in a folder 'feed.xml', which the build makes as a file"),
    ])
    func aClashWithAGeneratedFileIsAnErrorNamingIt(_ path: String, _ message: String) async throws {
        let dir = try content([path: Data("mine\n".utf8)])
        let check = await Fixtures.check(dir)
        let clashes = check.diagnostics.items.filter { $0.code == DiagnosticCode.staticClash.rawValue }
        #expect(clashes.map(\.message) == [message])
        #expect(clashes.first?.location.file == "content/static/" + path)
        // build refuses too, and leaves no output behind.
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let build = await Fixtures.pipeline(dir).run(.build(output: out))
        #expect(build.diagnostics.items.contains { $0.code == DiagnosticCode.staticClash.rawValue })
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aLinkOutOfTheStaticFolderIsRefusedAndNotPublished() async throws {
        let dir = try content([:])
        let secret = try Fixtures.temporaryFolder().appendingPathComponent("secret.txt")
        try Data("CI token\n".utf8).write(to: secret)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("static"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("static/leak.txt"), withDestinationURL: secret)
        let check = await Fixtures.check(dir)
        #expect(check.diagnostics.items.contains { $0.code == DiagnosticCode.contentLink.rawValue && $0.location.file == "content/static/leak.txt" })
        #expect(!check.files.contains { $0.path == "leak.txt" })
        #expect(check.files.contains { $0.path == "robots.txt" })
    }

    @Test func aStaticFileOverTheSizeLimitIsRefused() throws {
        let dir = try content(["big.pdf": Data(repeating: 0x41, count: 2048)])
        let snapshot = SnapshotReader(limits: ContentLimits(fileBytes: 1024)).read(dir, display: "content")
        #expect(snapshot.diagnostics.contains { $0.code == DiagnosticCode.contentLimit.rawValue && $0.location.file == "content/static/big.pdf" })
        #expect(snapshot.file("static/big.pdf") == nil)
    }
}
