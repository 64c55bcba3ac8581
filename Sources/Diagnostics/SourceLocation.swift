/// Where a problem is: a file, and a 1-based line and column in it.
/// Line 0 means "the file as a whole".
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    /// `file:line:column`, the form editors and CI annotations understand.
    public var description: String {
        if line <= 0 { return file }
        return "\(file):\(line):\(max(column, 1))"
    }
}
