import ArgumentParser
import Diagnostics
import Foundation

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic code: what it means, an example and the fix.",
        discussion: """
            The code is the annotation title under --diagnostics github and the 'code' under \
            --diagnostics json. Without a code, lists every code. docs/diagnostics.md has the same \
            entries with the messages escalate prints for each example.
            """)

    @Argument(help: ArgumentHelp("The code to explain, such as unknown-key.", valueName: "code"))
    var code: String?

    func run() async throws {
        guard let code else {
            let width = DiagnosticCatalogue.entries.map(\.code.rawValue.count).max() ?? 0
            let lines = DiagnosticCatalogue.entries.sorted { $0.code.rawValue < $1.code.rawValue }.map { entry in
                entry.code.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + entry.title + (entry.severity == .warning ? " (warning)" : "")
            }
            print(lines.joined(separator: "\n"))
            return
        }
        switch DiagnosticCatalogue.lookup(code) {
        case .current(let entry):
            print(DiagnosticReference.text(entry), terminator: "")
        case .retired(let old, _):
            print(DiagnosticReference.text(old), terminator: "")
        case .unknown(let nearest):
            var message = "error: '\(code)' is not a diagnostic code"
            if !nearest.isEmpty { message += "; did you mean \(nearest.map { "'\($0)'" }.joined(separator: ", "))?" }
            message += "\nrun 'escalate explain' to list every code\n"
            FileHandle.standardError.write(Data(message.utf8))
            throw ExitCode(2)
        }
    }
}
