import ArgumentParser
import Foundation

@main
struct Escalate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Build escalation-policy flowcharts, guidance pages and statistics from Markdown policy sources.",
        discussion: "Exit codes: 0 success, 1 problems in the content, 2 a mistaken command line, 3 a problem of the machine (Graphviz missing, output not writable).",
        version: "0.4.0",
        subcommands: [CheckCommand.self, BuildCommand.self, StatsCommand.self, AuditCommand.self, ModelCommand.self, FlowchartCommand.self, DeadlinesCommand.self, ExplainCommand.self, ThemeCommand.self, CasesCommand.self,
                      InitCommand.self, DiffCommand.self, ServeCommand.self]
    )

    /// The exit code for a mistaken command line: 2, as most Unix tools use, where
    /// swift-argument-parser would give 64; CI scripts tell it from content problems (1) and
    /// machine problems (3).
    static let usageExitCode: Int32 = 2

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
            Foundation.exit(usageExitCode)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(usageExitCode)
            }
            exit(withError: error)
        }
    }
}
