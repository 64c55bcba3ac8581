import Foundation

/// Turns diagnostics into text for a person (`human`), for GitHub Actions
/// annotations (`github`), or for other tools (`json`).
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case human, github, json
}

public struct DiagnosticFormatter: Sendable {
    public var format: DiagnosticFormat
    /// Under `--strict` warnings are reported as errors, so the output says what stopped the run.
    public var strict: Bool

    public init(format: DiagnosticFormat = .human, strict: Bool = false) {
        self.format = format
        self.strict = strict
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        switch format {
        case .human:
            return diagnostics.map(human).joined()
        case .github:
            return diagnostics.map(github).joined()
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard !diagnostics.isEmpty else { return "[]\n" }
            let data = (try? encoder.encode(diagnostics.map(effective))) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    public func summary(_ list: DiagnosticList) -> String {
        let errors = strict ? list.items.count : list.errors.count
        let warnings = strict ? 0 : list.warnings.count
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }

    /// Messages quote content, which may hold control characters; printed, they are shown
    /// escaped, so no escape sequence from content reaches a terminal or a CI log.
    private func effective(_ d: Diagnostic) -> Diagnostic {
        var d = d
        if strict { d.severity = .error }
        let keeping: Set<Unicode.Scalar> = format == .github ? ["\r"] : []
        d.message = ControlCharacter.escaped(d.message, keeping: keeping)
        // Whatever a message quotes from content, it stays a few lines long.
        if d.message.count > 400 { d.message = String(d.message.prefix(400)) + "…" }
        d.help = ControlCharacter.escaped(d.help, keeping: keeping)
        d.location.file = ControlCharacter.escaped(d.location.file, keeping: keeping)
        return d
    }

    private func human(_ d: Diagnostic) -> String {
        let d = effective(d)
        // The code goes last in brackets, as compilers print their warning flags, so editors and
        // CI problem matchers that read `file:line:col: error: message` still read it, and the
        // reader has the word to give `escalate explain`.
        var line = "\(d.location.description): \(d.severity.rawValue): \(d.message) [\(d.code)]\n"
        if !d.help.isEmpty { line += "    help: \(d.help)\n" }
        return line
    }

    /// GitHub workflow commands; property values escape `%`, CR, LF, `:` and `,`.
    private func github(_ d: Diagnostic) -> String {
        let d = effective(d)
        func property(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
                .replacingOccurrences(of: ":", with: "%3A")
                .replacingOccurrences(of: ",", with: "%2C")
        }
        func data(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        var props = ["file=\(property(d.location.file))"]
        if d.location.line > 0 {
            props.append("line=\(d.location.line)")
            props.append("col=\(max(d.location.column, 1))")
        }
        let text = d.help.isEmpty ? d.message : "\(d.message)\n\(d.help)"
        return "::\(d.severity.rawValue) \(props.joined(separator: ",")),title=escalate \(property(d.code))::\(data(text))\n"
    }
}
