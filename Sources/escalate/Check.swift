import ArgumentParser
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every policy source and report all problems as file:line:column.")

    @OptionGroup var options: ContentOptions

    @Flag(help: "Treat warnings as errors (for CI).")
    var strict = false

    func run() throws {
        let result = options.pipeline().check()
        let code = options.report(result.diagnostics, strict: strict)
        if code == 0 && result.diagnostics.items.isEmpty {
            FileHandle.standardError.write(Data("checked \(plural(result.procedures.count, "procedure")): no problems\n".utf8))
        }
        if code != 0 { throw ExitCode(code) }
    }
}
