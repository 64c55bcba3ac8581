import ArgumentParser
import Audit
import Diagnostics
import Foundation
import Model

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit each procedure for completeness: immediate-risk and LADO routes, recording, a final decision, timescales, review date, contacts, version.",
        discussion: """
            Each check passes, fails or does not apply, with a reason (docs/policy-format.md, "The completeness audit"). \
            The results are information: the exit code is 0 unless --strict is given and a check fails (1). \
            --diagnostics github prints a workflow annotation per failed check on standard output in place of the report \
            (warnings, or errors under --strict).
            """)

    @OptionGroup var options: ContentOptions

    @Argument(help: "Procedure ids, e.g. herts hips; all procedures when none are given.")
    var procedures: [String] = []

    @Option(help: "Report format: text or json.")
    var format: AuditFormat = .text

    @Flag(help: "Exit 1 when any check fails (for CI).")
    var strict = false

    func run() async throws {
        let context = try await options.model(only: procedures)
        let ids = context.procedures.map(\.id)
        let unknown = procedures.filter { !ids.contains($0) }
        if !unknown.isEmpty {
            throw CommandFailure("no procedure with id \(unknown.joined(separator: ", ")); the ids are: \(ids.joined(separator: ", "))")
        }
        let chosen = procedures.isEmpty ? context.procedures : procedures.compactMap { id in context.procedures.first { $0.id == id } }
        let report = AuditReport(chosen, today: options.today.flatMap(PolicyDate.init) ?? ContentOptions.currentDate())
        switch (options.diagnostics, format) {
        case (.github, _):
            let locators = Dictionary(chosen.map { p in
                (p.id, AuditLocator(source: context.snapshot.file(p.source).map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""))
            }, uniquingKeysWith: { a, _ in a })
            let annotations = report.github(strict: strict) { audit, check in
                SourceLocation(file: context.snapshot.shown(audit.source), line: locators[audit.procedure]?.line(of: check.subject) ?? 1)
            }
            FileHandle.standardOutput.write(Data(annotations.utf8))
            FileHandle.standardError.write(Data((report.summary + "\n").utf8))
        case (_, .json):
            FileHandle.standardOutput.write(try report.jsonData())
        case (_, .text):
            FileHandle.standardOutput.write(Data(report.text().utf8))
        }
        let code = report.exitCode(strict: strict)
        if code != 0 { throw ExitCode(code) }
    }
}

enum AuditFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
