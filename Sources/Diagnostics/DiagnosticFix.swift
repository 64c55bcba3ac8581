/// What an author does about a diagnostic: advice in words and, where the catalogue has an
/// example, the edits that repair it (applied after the example's own).
public struct DiagnosticFix: Sendable, Hashable {
    /// One or two sentences saying what to do.
    public var advice: String
    public var edits: [ContentEdit]
    /// Command-line options the fix adds (`--paper a3`); usually none.
    public var options: [String]

    public init(_ advice: String, _ edits: [ContentEdit] = [], options: [String] = []) {
        self.advice = advice
        self.edits = edits
        self.options = options
    }
}
