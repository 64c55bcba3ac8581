import ArgumentParser
import CaseLog
import Flowchart
import Pipeline
import Diagnostics
import Foundation
import Model
import Output
import PolicySource

/// Options every subcommand that reads content shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder (it holds policies/ and calendars/).")
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("The date the audit's review-date check is measured against (default: today in the UK).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: "How to print problems: human, github (workflow annotations) or json.")
    var diagnostics: DiagnosticFormatChoice = .human

    @Flag(name: .long, help: "Say each step of the build with the time it took.")
    var verbose = false

    func validate() throws {
        if let today, PolicyDate(today)?.day == nil {
            throw ValidationError("--today must be a date in YYYY-MM-DD form, not '\(today)'")
        }
    }

    func pipeline(strict: Bool = false, renderCharts: Bool = true) -> BuildPipeline {
        let date = today.flatMap(PolicyDate.init) ?? Self.currentDate()
        var pipeline = BuildPipeline(content: URL(fileURLWithPath: content), display: content, today: date, strict: strict)
        pipeline.renderCharts = renderCharts
        return pipeline
    }

    /// Runs the pipeline in `mode`, saying each step on standard error under `--verbose`; on a
    /// terminal without it, one progress line that each step rewrites and the end clears (never
    /// in a pipe or a CI log, where it would be noise).
    func run(_ pipeline: BuildPipeline, _ mode: BuildPipeline.Mode) async -> BuildContext {
        if !verbose, isatty(2) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" {
            let context = await pipeline.run(mode) { step, index, count, _ in
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(index)/\(count)] \(step.rawValue) done".utf8))
            }
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            return context
        }
        guard verbose else { return await pipeline.run(mode) }
        let context = await pipeline.run(mode) { step, index, count, duration in
            let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
            FileHandle.standardError.write(Data(String(format: "[%d/%d] %@ %.0f ms\n", index, count, step.rawValue, ms).utf8))
        }
        if context.stepsRun.contains("pages") {
            FileHandle.standardError.write(Data("pages: \(context.pagesRendered.count) rendered, \(context.pagesKept.count) kept from the previous build\n".utf8))
        }
        return context
    }

    /// Reads and validates the content up to the model, for commands that only need the
    /// model; reports problems and stops with exit code 1 on errors.
    ///
    /// - Parameter only: the procedures the command is about. Errors in other policy files are
    ///   still printed, but do not stop a command about a procedure whose own file is sound.
    func model(only ids: [String] = []) async throws -> BuildContext {
        let context = await run(pipeline(), .model)
        var fatal = context.diagnostics
        if !ids.isEmpty {
            let chosen = Set(context.procedures.filter { ids.contains($0.id) }.map { context.snapshot.shown($0.source) })
            let policies = context.snapshot.shown("policies") + "/"
            fatal = DiagnosticList(context.diagnostics.items.filter { !$0.location.file.hasPrefix(policies) || chosen.contains($0.location.file) })
        }
        let code = report(context.diagnostics, strict: false, toStandardOutput: false)
        if code != 0, fatal.exitCode(strict: false) != 0 { throw ExitCode(code) }
        return context
    }

    /// Today's date in UK local time, which is what "next review date" means to the author.
    static func currentDate() -> PolicyDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return PolicyDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Prints problems and a summary; returns the exit code. Human text always goes to standard
    /// error. For `check` and `build`, whose result is the diagnostics, `json` and `github` go
    /// to standard output, where tools read them; commands whose standard output is data keep
    /// every diagnostic on standard error.
    func report(_ list: DiagnosticList, strict: Bool, toStandardOutput: Bool) -> Int32 {
        let formatter = DiagnosticFormatter(format: diagnostics.format, strict: strict)
        let machine = diagnostics.format != .human
        if !list.items.isEmpty || (machine && toStandardOutput) {
            // JSON keeps every problem for tools; people and annotations get long runs cut short.
            let text = formatter.format(diagnostics.format == .json ? list.sorted() : list.limited())
            let handle = machine && toStandardOutput ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        }
        if diagnostics.format != .json && !list.items.isEmpty {
            FileHandle.standardError.write(Data((formatter.summary(list) + "\n").utf8))
        }
        return list.exitCode(strict: strict)
    }
}

enum DiagnosticFormatChoice: String, ExpressibleByArgument, CaseIterable {
    case human, github, json

    var format: DiagnosticFormat { DiagnosticFormat(rawValue: rawValue)! }
}

func plural(_ n: Int, _ word: String) -> String {
    "\(n) \(word)\(n == 1 ? "" : "s")"
}

/// A failure of the command's own work (an unknown procedure id), reported without the usage
/// text that argument errors get.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// `--no-charts` and `--clean`, for `check` and `build`.
struct ChartOptions: ParsableArguments {
    @Flag(name: .customLong("no-charts"), help: "Write the charts as DOT and text only: no SVG or PDF, and no Graphviz needed.")
    var noCharts = false

    @Flag(help: "Build from nothing: lay out every chart again (ignoring the chart cache) and write every output file anew.")
    var clean = false

    /// The chart cache in the user's cache folder (none without a home folder), and whether
    /// unchanged output files are kept.
    func apply(to pipeline: inout BuildPipeline) {
        if let folder = ChartCache.defaultFolder() { pipeline.chartCache = ChartCache(folder: folder, reads: !clean) }
        pipeline.keepUnchangedFiles = !clean
    }
}

/// " and 812 case records (synthetic)" after a check, or nothing when no log was read.
func caseRecords(_ summary: CaseLogSummary?) -> String {
    guard let summary, !summary.files.isEmpty else { return "" }
    return " and \(plural(summary.records, "case record"))\(summary.synthetic ? " (synthetic)" : "")"
}

extension ContentOptions {
    /// A mistyped output folder would be deleted and replaced: `build` and `stats` refuse it
    /// before reading anything (exit 2).
    func refuseOutput(_ output: String, suggesting example: String, strict: Bool, toStandardOutput: Bool) throws {
        guard let refusal = OutputFolderRules(protected: [URL(fileURLWithPath: content)]).check(output) else { return }
        let refused = Diagnostic.error(.outputRefused, at: SourceLocation(file: output.isEmpty ? "--output" : output), refusal.description,
                                       help: "pass --output with a folder of its own, such as \(example)")
        _ = report(DiagnosticList([refused]), strict: strict, toStandardOutput: toStandardOutput)
        throw ExitCode(Escalate.usageExitCode)
    }
}
