import ArgumentParser
import Foundation
import Output
import Site

struct ThemeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the site's theme.",
        subcommands: [ThemeExportCommand.self])
}

struct ThemeExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in theme into a folder, as a starting point for content/theme/.",
        discussion: """
            Writes every built-in template (templates/<name>.mustache), the built-in stylesheet and \
            deadline script for reference (built-in/), a theme.yml with every setting commented out, \
            and a README.md that says what each file does and which keys each template receives. \
            Existing files are never replaced without --force, and nothing is deleted.
            """)

    @Argument(help: ArgumentHelp("The folder to write into, e.g. content/theme. It is created if missing.", valueName: "DIR"))
    var folder: String

    @Flag(help: "Replace files the folder already has with the built-in ones.")
    var force = false

    func run() async throws {
        let files = BuiltInTheme.files.map { OutputFile(path: $0.key, contents: $0.value) }
        let result: FileExport.Result
        do {
            result = try FileExport.write(files, into: URL(fileURLWithPath: folder), force: force)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        var shown = folder
        while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
        var text = "wrote the built-in theme into \(shown)/ (\(plural(files.count, "file"))"
        if !result.replaced.isEmpty { text += ", \(result.replaced.count) of them replaced" }
        text += "); see \(shown)/README.md\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
