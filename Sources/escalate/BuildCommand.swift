import ArgumentParser
import Diagnostics
import Foundation
import Output

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, then write everything it generates into the output folder.")

    @OptionGroup var options: ContentOptions

    @OptionGroup var charts: ChartOptions

    @OptionGroup var caseLog: CaseLogOptions

    @OptionGroup var history: HistoryOptions

    @Option(help: "The folder to write; it is replaced as a whole, and only when the build succeeds.")
    var output: String = "output"

    @Flag(help: "Treat warnings as errors (for CI).")
    var strict = false

    @OptionGroup var print: PrintOptions

    func run() async throws {
        try options.refuseOutput(output, suggesting: "output", strict: strict, toStandardOutput: true)
        var pipeline = options.pipeline(strict: strict, renderCharts: !charts.noCharts)
        pipeline.printLayout = print.layout
        caseLog.apply(to: &pipeline)
        charts.apply(to: &pipeline)
        history.apply(to: &pipeline)
        let report = await options.run(pipeline, .build(output: URL(fileURLWithPath: output)))
        let code = options.report(report.diagnostics, strict: strict, toStandardOutput: true)
        if code != 0 || report.written.isEmpty {
            FileHandle.standardError.write(Data("build stopped: \(output)/ was left as it was\n".utf8))
            throw ExitCode(code != 0 ? code : 1)
        }
        if let done = report.upToDate {
            FileHandle.standardError.write(Data("\(output)/ is up to date: \(plural(done.procedures, "procedure")), \(plural(done.files, "file")), nothing changed since the last build\n".utf8))
            return
        }
        FileHandle.standardError.write(Data("built \(plural(report.procedures.count, "procedure")) into \(output)/ (\(plural(report.written.count, "file")))\n".utf8))
    }
}
