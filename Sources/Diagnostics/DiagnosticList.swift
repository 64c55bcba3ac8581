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

    /// The sorted list with long runs cut short: after `perFileAndCode` problems of one kind in
    /// one file, the rest become a single line saying how many more there are. A person reads
    /// the first few; 1,500 copies of one mistake would bury everything else.
    public func limited(perFileAndCode limit: Int = 10) -> [Diagnostic] {
        var shown: [Diagnostic] = []
        var counts: [String: Int] = [:]
        var hidden: [String: (first: Diagnostic, count: Int, worst: Diagnostic.Severity)] = [:]
        for d in sorted() {
            let key = d.location.file + "\u{0}" + d.code
            let n = counts[key, default: 0] + 1
            counts[key] = n
            if n <= limit {
                shown.append(d)
            } else if let h = hidden[key] {
                hidden[key] = (h.first, h.count + 1, h.worst == .error || d.severity == .error ? .error : .warning)
            } else {
                hidden[key] = (d, 1, d.severity)
            }
        }
        // The summaries come last, after the problems they stand for.
        for (_, h) in hidden.sorted(by: { $0.key < $1.key }) {
            var summary = Diagnostic(h.worst, DiagnosticCode(rawValue: h.first.code) ?? .model, at: SourceLocation(file: h.first.location.file),
                                     "… and \(h.count) more like the \(limit) above in this file", help: "")
            summary.code = h.first.code
            shown.append(summary)
        }
        return shown
    }

    public func sorted() -> [Diagnostic] {
        items.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }
}
