import Diagnostics
import Foundation
import Model

/// The audits of a run, and the three ways `escalate audit` prints them: text for people,
/// JSON for tools (docs/policy-format.md, "The completeness audit"), GitHub annotations for CI.
public struct AuditReport: Sendable, Hashable {
    public var date: PolicyDate
    public var audits: [ProcedureAudit]

    public init(date: PolicyDate, audits: [ProcedureAudit]) {
        self.date = date
        self.audits = audits
    }

    public init(_ procedures: [Procedure], today: PolicyDate) {
        self.init(date: today, audits: procedures.map { ProcedureAudit($0, today: today) })
    }

    public var failureCount: Int { audits.map(\.failures.count).reduce(0, +) }

    /// Whether `--strict` fails the run.
    public func exitCode(strict: Bool) -> Int32 { strict && failureCount > 0 ? 1 : 0 }

    // MARK: text

    /// One block per procedure, one line per check, then a summary line.
    public func text() -> String {
        let width = AuditCheck.ID.allCases.map(\.rawValue.count).max() ?? 0
        let resultWidth = AuditCheck.Result.allCases.map(\.rawValue.count).max() ?? 0
        var out = ""
        for audit in audits {
            out += "\(plain(audit.procedure)): \(plain(audit.title)) (\(plain(audit.source)))\n"
            for check in audit.checks {
                out += "  " + padded(check.result.rawValue, resultWidth) + "  " + padded(check.id.rawValue, width) + "  " + plain(check.reason) + "\n"
            }
            out += "  " + counts(audit.checks) + "\n\n"
        }
        return out + summary + "\n"
    }

    /// "4 procedures audited on 2026-11-23: 20 passed, 9 failed, 3 not applicable".
    public var summary: String {
        "\(audits.count) procedure\(audits.count == 1 ? "" : "s") audited on \(date): \(counts(audits.flatMap(\.checks)))"
    }

    private func counts(_ checks: [AuditCheck]) -> String {
        let n = { (r: AuditCheck.Result) in checks.filter { $0.result == r }.count }
        return "\(n(.pass)) passed, \(n(.fail)) failed, \(n(.notApplicable)) not applicable"
    }

    private func padded(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.count))
    }

    /// Content reaches a terminal: control characters shown escaped.
    private func plain(_ s: String) -> String { ControlCharacter.escaped(s) }

    // MARK: JSON

    public static let schema = "escalate-audit"
    public static let schemaVersion = 1

    private struct Document: Encodable {
        var schema: String
        var schemaVersion: Int
        var date: String
        var procedures: [Entry]
    }

    private struct Entry: Encodable {
        var id: String
        var title: String
        var source: String
        var passed: Int
        var failed: Int
        var notApplicable: Int
        var checks: [AuditCheck]
    }

    /// Sorted keys, two-space indentation, one trailing newline: the same bytes for the same content.
    public func jsonData() throws -> Data {
        let entries = audits.map { a in
            Entry(id: a.procedure, title: a.title, source: a.source,
                  passed: a.count(.pass), failed: a.count(.fail), notApplicable: a.count(.notApplicable),
                  checks: a.checks)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Document(schema: Self.schema, schemaVersion: Self.schemaVersion, date: date.description, procedures: entries))
        data.append(UInt8(ascii: "\n"))
        return data
    }

    // MARK: GitHub

    /// A workflow annotation per failed check: a warning, or an error under `--strict`.
    /// - Parameter locate: where the check's subject is (the file as shown, and its line).
    public func github(strict: Bool, locate: (ProcedureAudit, AuditCheck) -> SourceLocation) -> String {
        var out = ""
        for audit in audits {
            for check in audit.failures {
                let at = locate(audit, check)
                var props = ["file=\(Self.property(ControlCharacter.escaped(at.file, keeping: ["\r"])))"]
                props.append("line=\(max(at.line, 1))")
                props.append("title=\(Self.property("escalate audit \(check.id.rawValue)"))")
                let text = ControlCharacter.escaped("\(audit.title): \(check.reason)", keeping: ["\r"])
                out += "::\(strict ? "error" : "warning") \(props.joined(separator: ","))::\(Self.data(text))\n"
            }
        }
        return out
    }

    /// Property values escape `%`, CR, LF, `:` and `,`; the message escapes `%`, CR and LF.
    private static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    private static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }
}
