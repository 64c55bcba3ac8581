import Foundation
import Output
import Testing
import TestSupport

/// A file the next build writes with the same bytes is kept (hard-linked from the output
/// being replaced), so its modification time and inode stay; a changed one is written anew.
@Suite struct OutputUnchangedFilesTests {
    func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    @Test func unchangedFilesKeepTheirInodeAndChangedOnesDoNot() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let files = [OutputFile(path: "a.html", text: "same\n"), OutputFile(path: "sub/b.html", text: "first\n")]
        try OutputWriter(directory: out).replace(with: files)
        let a = try inode(out.appendingPathComponent("a.html")), b = try inode(out.appendingPathComponent("sub/b.html"))
        try OutputWriter(directory: out).replace(with: [files[0], OutputFile(path: "sub/b.html", text: "second\n")])
        #expect(try inode(out.appendingPathComponent("a.html")) == a)
        #expect(try inode(out.appendingPathComponent("sub/b.html")) != b)
        #expect(try String(contentsOf: out.appendingPathComponent("sub/b.html"), encoding: .utf8) == "second\n")
        // Only the output's own files: nothing is left linked from the folder it replaced.
        #expect(try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("a.html").path)[.referenceCount] as? Int == 1)

        var clean = OutputWriter(directory: out)
        clean.keepUnchangedFiles = false
        try clean.replace(with: files)
        #expect(try inode(out.appendingPathComponent("a.html")) != a)
    }

    /// A link in the previous output is never carried over, even with the same bytes behind it.
    @Test func aLinkInThePreviousOutputIsNotKept() throws {
        let root = try Fixtures.temporaryFolder()
        let out = root.appendingPathComponent("output")
        try OutputWriter(directory: out).replace(with: [OutputFile(path: "a.html", text: "same\n")])
        let elsewhere = root.appendingPathComponent("elsewhere.html")
        try Data("same\n".utf8).write(to: elsewhere)
        try FileManager.default.removeItem(at: out.appendingPathComponent("a.html"))
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("a.html"), withDestinationURL: elsewhere)
        try OutputWriter(directory: out).replace(with: [OutputFile(path: "a.html", text: "same\n")])
        let type = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("a.html").path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }
}
