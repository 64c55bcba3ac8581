import ArgumentParser
import CaseLog
import Diagnostics
import Pipeline
import Foundation

struct CasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "Work with escalation case logs.",
        subcommands: [CasesGenerateCommand.self])
}

/// `--cases` and `--exclude-invalid-rows`, for the commands that read the case log.
struct CaseLogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The case log: a .csv or .xlsx file, or a folder of them (default: <content>/cases/ if it exists).", valueName: "PATH"))
    var cases: String?

    @Flag(name: .customLong("exclude-invalid-rows"), help: "Leave rows with problems out of the statistics (counted and reported as warnings) instead of failing.")
    var excludeInvalidRows = false

    func apply(to pipeline: inout BuildPipeline) {
        if let cases {
            pipeline.cases = URL(fileURLWithPath: cases)
            pipeline.casesDisplay = cases
        }
        pipeline.excludeInvalidRows = excludeInvalidRows
    }
}

struct CasesGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic case log (CSV) from the procedures in the content.",
        discussion: """
            Escalations are raised on working days from April 2021 to September 2025 across every \
            partnership of the content; stage dates follow each procedure's stages and mostly meet \
            its timescales; some cases are still open. Every personal column is filled with \
            SYNTHETIC-PERSONAL-… marker text. The same --rows, --seed and content give the same file.
            """)

    @OptionGroup var options: ContentOptions

    @Option(help: "How many escalations to write.")
    var rows: Int = 800

    @Option(help: "The seed: the same seed gives the same log.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The file to write (default: standard output). An existing file is replaced only with --force.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        guard (1...50_000_000).contains(rows) else { throw ValidationError("--rows must be between 1 and 50000000") }
    }

    func run() async throws {
        let context = try await options.model()
        var problems: [Diagnostic] = []
        let configuration = CaseLogConfiguration(settings: context.content.caseLog, procedures: context.procedures, diagnostics: &problems)
        if !problems.isEmpty {
            let code = options.report(DiagnosticList(problems), strict: false, toStandardOutput: false)
            if code != 0 { throw ExitCode(code) }
        }
        let generator = CaseLogGenerator(procedures: context.procedures, calendars: context.calendars, configuration: configuration, seed: seed)
        guard let output else {
            var buffer = Data()
            generator.generate(rows: rows) { line in
                buffer.append(contentsOf: line.utf8)
                if buffer.count >= 1 << 20 { FileHandle.standardOutput.write(buffer); buffer.removeAll(keepingCapacity: true) }
            }
            FileHandle.standardOutput.write(buffer)
            return
        }
        let target = URL(fileURLWithPath: output)
        if FileManager.default.fileExists(atPath: target.path) && !force {
            throw CommandFailure("\(output) exists; pass --force to replace it")
        }
        // Written beside the target and renamed into place, so a reader never sees half a log.
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil), let handle = FileHandle(forWritingAtPath: partial.path) else {
            throw CommandFailure("cannot write \(output)")
        }
        var buffer = Data()
        generator.generate(rows: rows) { line in
            buffer.append(contentsOf: line.utf8)
            if buffer.count >= 1 << 20 { handle.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        handle.write(buffer)
        try handle.close()
        guard rename(partial.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: partial)
            throw CommandFailure("cannot write \(output)")
        }
        FileHandle.standardError.write(Data("wrote \(plural(rows, "synthetic escalation")) to \(output)\n".utf8))
    }
}
