/// What a level-2 heading introduces, told from its words:
/// `## Stage 2: …`, `## Urgent: …`, `## Sub-procedure: …`, `## Categories of disagreement`,
/// `## Concern template`; anything else is a guidance section.
enum HeadingKind: Equatable {
    /// `separated` is false for "Stage 3 Title": read as a stage, but reported, since the
    /// colon is what keeps "Stage 3 review" (prose) apart from a stage.
    case stage(number: Int, title: String, separated: Bool = true)
    case urgent(title: String)
    /// `## Route: …`: a route of any kind (LADO, whistleblowing, complaints), not only urgent ones.
    case route(title: String)
    /// `## At every stage`: duties written once for the whole procedure.
    case duties
    case subProcedure(title: String)
    case step(number: Int, title: String, separated: Bool = true)
    case categories
    case concernTemplate
    case section

    static let numberWords = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    static func classify(_ text: String) -> HeadingKind {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if let (n, title, separated) = numbered(trimmed, word: "stage") { return .stage(number: n, title: title, separated: separated) }
        if let (n, title, separated) = numbered(trimmed, word: "step") { return .step(number: n, title: title, separated: separated) }
        for prefix in ["urgent:"] where lower.hasPrefix(prefix) {
            return .urgent(title: rest(trimmed, after: prefix.count))
        }
        for prefix in ["route:"] where lower.hasPrefix(prefix) {
            return .route(title: rest(trimmed, after: prefix.count))
        }
        if lower == "at every stage" || lower == "duties at every stage" { return .duties }
        for prefix in ["sub-procedure:", "subprocedure:", "related procedure:"] where lower.hasPrefix(prefix) {
            return .subProcedure(title: rest(trimmed, after: prefix.count))
        }
        if lower == "categories" || lower == "categories of disagreement" { return .categories }
        if lower.hasPrefix("concern template") { return .concernTemplate }
        return .section
    }

    private static func rest(_ text: String, after count: Int) -> String {
        String(text.dropFirst(count)).trimmingCharacters(in: .whitespaces)
    }

    /// "Stage 2: Title", "Stage Two – Title", "Stage 2. Title"; the title may be empty
    /// (reported by the reader, which knows where the heading is).
    private static func numbered(_ text: String, word: String) -> (Int, String, Bool)? {
        let lower = text.lowercased()
        guard lower.hasPrefix(word + " ") else { return nil }
        let afterWord = text.dropFirst(word.count + 1).drop(while: { $0 == " " })
        let token = afterWord.prefix(while: { $0.isLetter || $0.isNumber })
        guard !token.isEmpty else { return nil }
        let number: Int
        if token.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // Any run of digits is a number here, however long, so that "Stage 99999999999999999999"
            // is reported as out of range rather than read as an ordinary heading.
            number = token.count <= 6 ? Int(token)! : ProcedureLimits.beyondAnyLimit
        } else if let n = numberWords[token.lowercased()] {
            number = n
        } else {
            return nil
        }
        var title = afterWord.dropFirst(token.count).drop(while: { $0 == " " })
        var separated = true
        if let first = title.first {
            if [":", ".", "-", "–", "—"].contains(first) {
                title = title.dropFirst()
            } else {
                separated = false
            }
        }
        return (number, title.trimmingCharacters(in: .whitespaces), separated)
    }
}
