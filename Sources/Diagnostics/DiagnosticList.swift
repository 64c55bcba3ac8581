/// Everything one run found, in a stable order (file, line, column).
public struct DiagnosticList: Sendable, Equatable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }

    /// Under `--strict` a warning stops the build as an error would.
    public func hasFailures(strict: Bool) -> Bool {
        strict ? !items.isEmpty : !errors.isEmpty
    }

    /// The exit code a command ends with: 0 clean, 1 problems in the content, 3 a problem of
    /// the machine (Graphviz missing, output not writable), which CI should treat differently.
    public func exitCode(strict: Bool) -> Int32 {
        guard hasFailures(strict: strict) else { return 0 }
        let environment = items.contains { $0.severity == .error && DiagnosticCode(rawValue: $0.code)?.isEnvironment == true }
        return environment ? 3 : 1
    }

    public func sorted() -> [Diagnostic] {
        items.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }
}
