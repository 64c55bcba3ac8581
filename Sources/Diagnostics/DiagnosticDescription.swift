/// The catalogue's entry for one code: what the problem is, why it matters to a partnership
/// publishing its procedure, an example that produces it and the fix.
public struct DiagnosticDescription: Sendable, Hashable {
    public var code: DiagnosticCode
    public var area: DiagnosticArea
    /// A few words, as a heading.
    public var title: String
    /// The severity escalate reports it with (`--strict` makes warnings stop the build too).
    public var severity: Diagnostic.Severity
    /// One or two sentences: what is wrong and why it matters.
    public var explanation: String
    public var example: DiagnosticExample
    public var fix: DiagnosticFix

    public init(_ code: DiagnosticCode, _ area: DiagnosticArea, _ title: String, _ severity: Diagnostic.Severity,
                explanation: String, example: DiagnosticExample, fix: DiagnosticFix) {
        self.code = code
        self.area = area
        self.title = title
        self.severity = severity
        self.explanation = explanation
        self.example = example
        self.fix = fix
    }
}
