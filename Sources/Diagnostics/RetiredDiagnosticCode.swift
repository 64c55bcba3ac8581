/// A code escalate no longer reports, kept so that old CI logs, scripts and links to
/// docs/diagnostics.md still lead somewhere: it names the code that took its place, or says in
/// its note where the check went when no diagnostic did (`review-overdue` became a check of
/// `escalate audit`).
public struct RetiredDiagnosticCode: Sendable, Hashable {
    public var code: String
    public var replacement: DiagnosticCode?
    /// Why it went, in a sentence: renamed or merged, and what moved where.
    public var note: String

    public init(_ code: String, replacedBy replacement: DiagnosticCode, _ note: String) {
        self.code = code
        self.replacement = replacement
        self.note = note
    }

    /// A code whose check is no longer a diagnostic at all; the note says where it went.
    public init(_ code: String, _ note: String) {
        self.code = code
        self.replacement = nil
        self.note = note
    }
}
