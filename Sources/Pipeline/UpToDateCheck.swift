import Diagnostics
import Foundation
import Output
import Snapshot

/// Whether a build may stop after `read`: the previous build into the same folder recorded the
/// same inputs (`BuildFingerprint`) and the folder still holds exactly what it wrote
/// (`BuildRecord`). Then the build says the recorded diagnostics again, so `--strict` fails and
/// warnings show as they did, and writes nothing.
struct UpToDateCheck {
    var fingerprint: String
    var output: URL

    /// Nil for builds a record cannot describe: not a `build`, `--clean` (which asks for every
    /// file anew) or `--dates-from-git` (its dates come from outside the content).
    init?(_ p: BuildPipeline, _ snapshot: ContentSnapshot) {
        guard case .build(let output) = p.mode, p.keepUnchangedFiles, !p.datesFromGit, snapshot.exists else { return nil }
        self.output = output
        self.fingerprint = BuildFingerprint.key(p, snapshot: snapshot, output: output)
    }

    struct Done {
        var counts: BuildContext.UpToDate
        var diagnostics: DiagnosticList
        var written: [String]
    }

    func upToDate() -> Done? {
        guard let record = BuildRecord.read(for: output), record.fingerprint == fingerprint,
              let diagnostics = try? JSONDecoder().decode([Diagnostic].self, from: Data(record.diagnostics.utf8)),
              record.describes(output) else { return nil }
        let written = record.files.keys.filter { $0 != OutputWriter.markerName }.sorted()
        return Done(counts: .init(procedures: record.procedures, files: written.count),
                    diagnostics: DiagnosticList(diagnostics), written: written)
    }

    /// What `write` records for the next build; nil when the diagnostics cannot be encoded.
    static func record(fingerprint: String, _ c: BuildContext) -> BuildRecord? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(c.diagnostics.items) else { return nil }
        return BuildRecord(fingerprint: fingerprint, diagnostics: String(decoding: data, as: UTF8.self), procedures: c.procedures.count)
    }
}
