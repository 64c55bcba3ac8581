/// The YAML block between the opening `---` line and the next `---` (or `...`) line,
/// and the Markdown body after it, each with the file line it starts on.
struct FrontMatterSplit {
    let yaml: String
    /// File line of the first YAML line.
    let yamlFirstLine: Int
    let body: String
    /// File line of the first body line.
    let bodyFirstLine: Int

    enum Problem: Error {
        case missingOpening
        case missingClosing
    }

    static func split(_ source: SourceText) -> Result<FrontMatterSplit, Problem> {
        let lines = source.lines
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .failure(.missingOpening)
        }
        guard let closing = lines.indices.dropFirst().first(where: {
            let l = lines[$0].trimmingTrailingSpaces()
            return l == "---" || l == "..."
        }) else {
            return .failure(.missingClosing)
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
