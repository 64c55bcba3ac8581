import ArgumentParser
import Foundation
import Model

struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Print the validated procedure model (all procedures, or those named) as JSON.",
        discussion: "The schema is versioned; see docs/model-schema.md.")

    @OptionGroup var options: ContentOptions

    @Argument(help: "Procedure ids, e.g. herts hips; all procedures when none are given.")
    var procedures: [String] = []

    @Option(help: "Output format; json is the only one so far.")
    var format: ModelFormat = .json

    func run() async throws {
        let result = try await options.model(only: procedures)
        var chosen = result.procedures
        if !procedures.isEmpty {
            let ids = result.procedures.map(\.id)
            let unknown = procedures.filter { !ids.contains($0) }
            if !unknown.isEmpty {
                throw CommandFailure("no procedure with id \(unknown.joined(separator: ", ")); the ids are: \(ids.joined(separator: ", "))")
            }
            chosen = procedures.compactMap { id in result.procedures.first { $0.id == id } }
        }
        FileHandle.standardOutput.write(try ModelDocument(procedures: chosen).jsonData())
    }
}

enum ModelFormat: String, ExpressibleByArgument, CaseIterable {
    case json
}
