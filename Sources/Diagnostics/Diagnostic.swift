/// One problem found in the inputs, with what to do about it.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, in one sentence.
    public var message: String
    /// What the author should do about it; may be empty.
    public var help: String
    /// A stable identifier of the kind of problem (a `DiagnosticCode`'s raw value), for CI
    /// annotations, `--diagnostics json` and docs/diagnostics.md.
    public var code: String

    public init(_ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation, _ message: String, help: String = "") {
        self.severity = severity
        self.code = code.rawValue
        self.location = location
        self.message = message
        self.help = help
    }

    public static func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, help: String = "") -> Diagnostic {
        Diagnostic(.error, code, at: location, message, help: help)
    }

    public static func warning(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, help: String = "") -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, help: help)
    }
}
