import ArgumentParser
import Diagnostics
import Foundation
import Output
import Pipeline

/// `escalate stats`: only the statistics, for a business manager preparing a board paper.
/// Everything it writes is disclosure-controlled like the site, and it owns its folder as
/// `build` owns `output/`, with the same refusals and the same all-or-nothing write.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Compute the escalation statistics alone (tables as CSV and JSON, charts, methods note) into their own folder.")

    @OptionGroup var options: ContentOptions

    @OptionGroup var caseLog: CaseLogOptions

    @Option(help: ArgumentHelp("The financial year to report on, instead of the latest complete one in the log.", valueName: "YYYY-YY"))
    var period: String?

    @Option(help: "The folder to write; it is replaced as a whole, and only when the statistics pass their audit.")
    var output: String = "statistics"

    @Flag(help: "Treat warnings as errors (for CI).")
    var strict = false

    func validate() throws {
        if let period, BuildPipeline.financialYear(period) == nil {
            throw ValidationError("--period must be a financial year written like 2024-25, not '\(period)'")
        }
    }

    func run() async throws {
        try options.refuseOutput(output, suggesting: "statistics", strict: strict, toStandardOutput: false)
        var pipeline = options.pipeline(strict: strict, renderCharts: false)
        pipeline.statisticsPeriod = period.flatMap(BuildPipeline.financialYear)
        caseLog.apply(to: &pipeline)
        let report = await options.run(pipeline, .statistics(output: URL(fileURLWithPath: output)))
        let code = options.report(report.diagnostics, strict: strict, toStandardOutput: false)
        if code != 0 || report.written.isEmpty {
            FileHandle.standardError.write(Data("stats stopped: \(output)/ was left as it was\n".utf8))
            throw ExitCode(code != 0 ? code : 1)
        }
        let tables = report.statistics?.tables.count ?? 0
        FileHandle.standardError.write(Data("wrote \(plural(tables, "table")) for \(report.statistics?.period ?? "") into \(output)/ (\(plural(report.written.count, "file")))\n".utf8))
    }
}
