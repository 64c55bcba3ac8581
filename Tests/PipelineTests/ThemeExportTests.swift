import Foundation
import Output
import Pipeline
import Site
import Testing
import TestSupport

/// `escalate theme export`: the built-in theme written into a folder as a partnership's
/// starting point, and the rules for writing into a folder that already has files.
@Suite struct ThemeExportTests {
    static var themeFiles: [OutputFile] { BuiltInTheme.files.map { OutputFile(path: $0.key, contents: $0.value) } }

    /// The exported templates are the built-in ones and the export adds no CSS, so a site
    /// built with the export as its theme is the site built without a theme, byte for byte.
    @Test func aSiteThemedWithTheExportIsByteIdenticalToOneWithoutATheme() async throws {
        let plain = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let plainBuild = await Fixtures.pipeline().run(.build(output: plain))
        #expect(plainBuild.diagnostics.items.isEmpty, "\(plainBuild.diagnostics.items)")

        let content = try Fixtures.copyOfContent()
        let theme = content.appendingPathComponent("theme")
        #expect(!FileManager.default.fileExists(atPath: theme.path))
        let result = try FileExport.write(Self.themeFiles, into: theme, force: false)
        #expect(result.created.count == BuiltInTheme.files.count && result.replaced.isEmpty)
        #expect(result.created.contains("templates/procedure.mustache") && result.created.contains("theme.yml") && result.created.contains("README.md"))

        let themed = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let themedBuild = await Fixtures.pipeline(content).run(.build(output: themed))
        #expect(themedBuild.diagnostics.items.isEmpty, "\(themedBuild.diagnostics.items)")
        let a = try Fixtures.files(under: plain), b = try Fixtures.files(under: themed)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
        #expect(a.keys.contains("herts/index.html") && a.keys.contains("assets/theme.css"))
    }

    @Test func anExportRefusesToReplaceFilesUnlessForcedAndDeletesNothing() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("theme")
        let footer = folder.appendingPathComponent("templates/footer.mustache")
        let mine = folder.appendingPathComponent("templates/mine.txt")
        try FileManager.default.createDirectory(at: footer.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("<footer>ours</footer>".utf8).write(to: footer)
        try Data("kept".utf8).write(to: mine)

        #expect(throws: FileExport.Refusal.exists(folder: folder.relativePath, paths: ["templates/footer.mustache"])) {
            try FileExport.write(Self.themeFiles, into: folder, force: false)
        }
        // Refused as a whole: not even the files that were missing are written.
        #expect(try Fixtures.files(under: folder).keys.sorted() == ["templates/footer.mustache", "templates/mine.txt"])
        #expect(try Data(contentsOf: footer) == Data("<footer>ours</footer>".utf8))

        let result = try FileExport.write(Self.themeFiles, into: folder, force: true)
        #expect(result.replaced == ["templates/footer.mustache"])
        #expect(result.created.count == BuiltInTheme.files.count - 1)
        #expect(try Data(contentsOf: footer) == BuiltInTheme.files["templates/footer.mustache"])
        #expect(try Data(contentsOf: mine) == Data("kept".utf8))
    }

    @Test func aFolderOrFileInTheWayIsRefusedEvenWhenForced() throws {
        let root = try Fixtures.temporaryFolder()
        let file = root.appendingPathComponent("theme")
        try Data("x".utf8).write(to: file)
        #expect(throws: FileExport.Refusal.notAFolder(file.relativePath)) {
            try FileExport.write(Self.themeFiles, into: file, force: true)
        }

        let folder = root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("theme.yml"), withIntermediateDirectories: true)
        #expect(throws: FileExport.Refusal.inTheWay(folder.appendingPathComponent("theme.yml").relativePath)) {
            try FileExport.write(Self.themeFiles, into: folder, force: true)
        }
        #expect(try Fixtures.files(under: folder).isEmpty)
    }
}
