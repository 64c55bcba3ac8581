import ArgumentParser
import Build
import Diagnostics
import Foundation
import Model
import PolicySource

/// Options every subcommand that reads content shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder (it holds policies/ and calendars/).")
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("The date review warnings are measured against.", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: "How to print problems: human, github (workflow annotations) or json.")
    var diagnostics: DiagnosticFormatChoice = .human

    func validate() throws {
        if let today, PolicyDate(today)?.day == nil {
            throw ValidationError("--today must be a date in YYYY-MM-DD form, not '\(today)'")
        }
    }

    func pipeline() -> Pipeline {
        let date = today.flatMap(PolicyDate.init) ?? Self.currentDate()
        return Pipeline(loader: ContentLoader(directory: URL(fileURLWithPath: content), display: content, today: date))
    }

    /// Today's date in UK local time, which is what "next review date" means to the author.
    static func currentDate() -> PolicyDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return PolicyDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Prints problems and a summary to standard error; returns the exit code.
    func report(_ list: DiagnosticList, strict: Bool) -> Int32 {
        let formatter = DiagnosticFormatter(format: diagnostics.format, strict: strict)
        var text = formatter.format(list.sorted())
        if diagnostics.format != .json && !list.items.isEmpty { text += formatter.summary(list) + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
        return list.hasFailures(strict: strict) ? 1 : 0
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
