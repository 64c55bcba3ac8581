import TextTools

/// Finds the line of an `AuditSubject` in a procedure's source text: a top-level front-matter
/// key, or an ATX heading outside fenced code. A subject that cannot be found is line 1, so an
/// annotation still lands on the file.
public struct AuditLocator: Sendable {
    private var keys: [String: Int] = [:]
    private var stages: [Int: Int] = [:]
    private var anchors: [String: Int] = [:]

    /// Sources are bounded by the snapshot's size limit; only the first match of each key or
    /// heading is kept.
    public init(source: String) {
        var lineNumber = 0
        var inFrontMatter = false
        var fence: String?
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        for raw in source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if lineNumber == 1, line.trimmingSpaces == "---" { inFrontMatter = true; continue }
            if inFrontMatter {
                if line.trimmingSpaces == "---" || line.trimmingSpaces == "..." { inFrontMatter = false; continue }
                if let first = line.first, first != " ", first != "#", first != "-", let colon = line.firstIndex(of: ":") {
                    let key = String(line[..<colon])
                    if keys[key] == nil { keys[key] = lineNumber }
                }
                continue
            }
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence = String(trimmed.prefix(3)); continue }
            guard line.hasPrefix("#") else { continue }
            let hashes = line.prefix { $0 == "#" }
            guard hashes.count <= 6, line.dropFirst(hashes.count).first == " " else { continue }
            let text = String(line.dropFirst(hashes.count)).trimmingSpaces
            let slug = Slug.make(text)
            if anchors[slug] == nil { anchors[slug] = lineNumber }
            if let n = Self.stageNumber(text), stages[n] == nil { stages[n] = lineNumber }
        }
    }

    /// The 1-based line, or nil when the subject is not in the source.
    public func line(of subject: AuditSubject) -> Int? {
        switch subject {
        case .file: return nil
        case .frontMatter(let key): return keys[key]
        case .stage(let n): return stages[n]
        case .route(let anchor): return anchors[anchor]
        case .first(let list): return list.lazy.compactMap { line(of: $0) }.first
        }
    }

    /// "Stage 4: Senior directors" → 4.
    private static func stageNumber(_ heading: String) -> Int? {
        guard heading.hasPrefix("Stage ") else { return nil }
        let digits = heading.dropFirst(6).prefix { $0.isASCII && $0.isNumber }
        let rest = heading.dropFirst(6 + digits.count)
        guard !digits.isEmpty, digits.count < 4, rest.isEmpty || rest.first == ":" || rest.first == " " else { return nil }
        return Int(digits)
    }
}

private extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
