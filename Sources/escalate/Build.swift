import ArgumentParser
import Foundation

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, then write everything it generates into the output folder.")

    @OptionGroup var options: ContentOptions

    @Option(help: "The folder to write; it is replaced as a whole, and only when the build succeeds.")
    var output: String = "output"

    @Flag(help: "Treat warnings as errors (for CI).")
    var strict = false

    @OptionGroup var print: PrintOptions

    func run() async throws {
        var pipeline = options.pipeline()
        pipeline.printLayout = print.layout
        let report = await pipeline.build(into: URL(fileURLWithPath: output), strict: strict)
        let code = options.report(report.diagnostics, strict: strict)
        if code != 0 {
            FileHandle.standardError.write(Data("build stopped: \(output)/ was left as it was\n".utf8))
            throw ExitCode(code)
        }
        FileHandle.standardError.write(Data("built \(plural(report.procedures.count, "procedure")) into \(output)/ (\(plural(report.written.count, "file")))\n".utf8))
    }
}
