import CaseLog
import Crypto
import Diagnostics
import Flowchart
import Foundation
import Output
import Snapshot

/// One SHA-256 of everything a build's output and messages can depend on, taken right after
/// the `read` step: the content's files and what reading them said, the case log's bytes, the
/// options, the `today` the audit measures against, the escalate binary and the `dot` and
/// `qpdf` it would run. Equal fingerprints and an output folder that still holds what the
/// recorded build wrote (`BuildRecord`) mean there is nothing to do.
///
/// Left out on purpose, as the chart cache leaves them out: fonts installed since (they change
/// dot's layout only through Graphviz, whose binary is keyed); `--clean` and `--dates-from-git`
/// builds are never short-cut (the history is outside the content).
struct BuildFingerprint {
    static let format = "escalate-build-fingerprint 1"

    static func key(_ p: BuildPipeline, snapshot: ContentSnapshot, output: URL) -> String {
        var parts: [String] = [
            format,
            "tool \(p.toolIdentity)",
            "content \(p.content.standardizedFileURL.path)",
            "display \(p.display)",
            "output \(output.standardizedFileURL.path) \(output.relativePath)",
            "files \(snapshot.hash)",
            "exists \(snapshot.exists)",
            "strict \(p.strict)",
            "charts \(p.renderCharts)",
            "print \(p.printLayout.map { "\($0.paper) \($0.landscape) \($0.margin)" } ?? "each procedure's own")",
            "exclude-invalid-rows \(p.excludeInvalidRows)",
            "period \(p.statisticsPeriod.map(String.init) ?? "settings")",
            "today \(p.today?.description ?? "none")",
            "dot \(p.renderer.map { executable($0.executable) } ?? "none")",
            "qpdf \(p.renderer?.qpdf.map(executable) ?? "none")",
        ]
        // What reading said (a link out of the folder skipped, a file too large) is not in the
        // files' hash but is in the build's messages.
        for problem in snapshot.diagnostics {
            parts.append("read \(problem.severity) \(problem.code) \(problem.location) \(problem.message)")
        }
        let cases = p.cases ?? p.content.appendingPathComponent("cases")
        let shown = p.cases == nil ? snapshot.shown("cases") : (p.casesDisplay ?? cases.relativePath)
        parts.append("cases \(p.cases != nil) \(shown) \(CaseLogFingerprint.of(cases, display: shown))")
        var hasher = SHA256()
        for part in parts {
            hasher.update(data: Data("\(part.utf8.count):".utf8))
            hasher.update(data: Data(part.utf8))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// A program told apart from another build of it by its file, as escalate's own binary is.
    private static func executable(_ path: String) -> String {
        "\(path) " + (ToolIdentity.of(path) ?? "missing")
    }
}
