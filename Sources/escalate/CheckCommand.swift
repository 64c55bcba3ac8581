import ArgumentParser
import Foundation
import Model

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every policy source, the settings and the theme, and report all problems as file:line:column.",
        discussion: "Runs every step of a build (charts and pages included) without writing anything.")

    @OptionGroup var options: ContentOptions

    @OptionGroup var charts: ChartOptions

    @OptionGroup var caseLog: CaseLogOptions

    @OptionGroup var history: HistoryOptions

    @Flag(help: "Treat warnings as errors (for CI).")
    var strict = false

    func run() async throws {
        var pipeline = options.pipeline(strict: strict, renderCharts: !charts.noCharts)
        caseLog.apply(to: &pipeline)
        charts.apply(to: &pipeline)
        history.apply(to: &pipeline)
        let result = await options.run(pipeline, .check)
        let code = options.report(result.diagnostics, strict: strict, toStandardOutput: true)
        if code == 0 && result.diagnostics.items.isEmpty {
            FileHandle.standardError.write(Data("checked \(plural(result.procedures.count, "procedure"))\(caseRecords(result.caseLog)): no problems\n".utf8))
        }
        // Not a warning (it would fail --strict on right content); only on a clean check, so it does not bury errors.
        if code == 0, let note = result.settings.immediateRisk.unpublishedPhoneNote {
            FileHandle.standardError.write(Data((note + "\n").utf8))
        }
        // Legibility is measured on the laid-out charts, which --no-charts does not make.
        if charts.noCharts {
            FileHandle.standardError.write(Data("note: the charts were not laid out (--no-charts), so whether they print at 9 pt or more was not measured\n".utf8))
        }
        if code != 0 { throw ExitCode(code) }
    }
}
