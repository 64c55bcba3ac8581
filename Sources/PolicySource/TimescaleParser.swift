import Model
import TextTools

/// Reads the timescale phrases authors write, e.g.
/// "3 working days from the date raised; or sooner if urgent",
/// "within two working days after the previous stage", "72 hours from the date raised",
/// "3 months from the date raised", "as soon as possible", "at the next core group meeting",
/// "5 working days from the date raised, or immediately where a child is at risk of significant harm".
enum TimescaleParser {
    enum Failure: Error, Equatable {
        case noAmount(String)
        case noUnit(String)
        case noAnchor(String)
        case zero
        case tooLarge(String)
        /// Close to a phrase meaning "no fixed time", but not one: the nearest is suggested.
        case nearUnfixed(String, nearest: String)
        /// An alternative ("…, or 1 working day") that says no condition.
        case noCondition(String)
    }

    /// Phrases meaning "no fixed time".
    static let unfixed = ["as soon as possible", "immediately", "without delay", "the same day", "the same working day",
                          "none", "no fixed timescale"]
    /// How a timescale tied to an event starts ("at the meeting", "by the next conference").
    static let eventOpenings = ["at the ", "at a ", "at an ", "at each ", "by the ", "before the ", "during the ", "on the day of "]
    /// Words that open an alternative's condition.
    static let conditionWords: Set<String> = ["where", "if", "when", "unless", "for", "in"]

    static let help = """
        write '<number> <unit> from the date raised' or '<number> <unit> after the previous stage' (or 'step'), \
        with the unit 'working days', 'calendar days', 'weeks', 'months' or 'hours'; or, with no fixed time, \
        one of '\(unfixed.filter { $0 != "none" }.joined(separator: "', '"))'; or a time tied to an event, such as \
        'at the next core group meeting'. Add a conditional timescale after ', or': \
        '5 working days from the date raised, or immediately where a child is at risk of significant harm'; \
        put any other qualification after a semicolon: '3 working days from the date raised; sooner if urgent'
        """

    static func parse(_ text: String) -> Result<Timescale, Failure> {
        var main = text
        var note: String?
        if let semicolon = text.firstIndex(of: ";") {
            main = String(text[..<semicolon])
            let rest = text[text.index(after: semicolon)...].trimmingCharacters(in: .whitespaces)
            note = rest.isEmpty ? nil : rest
        }
        let pieces = alternatives(of: main)
        var timescale: Timescale
        switch single(pieces[0]) {
        case .success(let t): timescale = t
        case .failure(let f): return .failure(f.quoting(text))
        }
        timescale.note = [timescale.note, note].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
        for piece in pieces.dropFirst() {
            let words = piece.split(separator: " ").map(String.init)
            guard let at = words.firstIndex(where: { conditionWords.contains($0.lowercased()) }), at > 0 else {
                return .failure(.noCondition(piece))
            }
            let amount = words[..<at].joined(separator: " ")
            let condition = words[at...].joined(separator: " ")
            var parsed = single(amount)
            // "…, or 1 working day where …" counts from the same point as the main timescale.
            if case .failure(.noAnchor) = parsed, timescale.isFixed {
                parsed = single(amount + (timescale.kind == .fromRaised ? " from the date raised" : " after the previous stage"))
            }
            switch parsed {
            case .success(let t): timescale.alternatives.append(.init(condition: condition, timescale: t))
            case .failure(let f): return .failure(f)
            }
        }
        return .success(timescale)
    }

    /// Splits "A, or B where …, or C if …" at each "or" that starts another timescale, so that
    /// "from when the disagreement or concern arose" stays whole.
    static func alternatives(of text: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var pieces: [[String]] = [[]]
        for (i, word) in words.enumerated() {
            if word.lowercased() == "or", i > 0, startsTimescale(Array(words[(i + 1)...])) {
                if var last = pieces[pieces.count - 1].popLast() {
                    if last.hasSuffix(",") { last.removeLast() }
                    if !last.isEmpty { pieces[pieces.count - 1].append(last) }
                }
                pieces.append([])
                continue
            }
            pieces[pieces.count - 1].append(word)
        }
        return pieces.map { $0.joined(separator: " ") }
    }

    private static func startsTimescale(_ words: [String]) -> Bool {
        guard var first = words.first?.lowercased() else { return false }
        if first == "within", words.count > 1 { first = words[1].lowercased() }
        if number(first) != nil || first.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        let phrase = words.joined(separator: " ").lowercased()
        // "without further delay", "as soon as practicable": near a known wording, so read as an
        // alternative and reported with the nearest, not kept as a note.
        return unfixed.contains { phrase.hasPrefix($0) } || eventOpenings.contains { phrase.hasPrefix($0) }
            || phrase.hasPrefix("without ") || phrase.hasPrefix("as soon ")
    }

    /// One timescale without alternatives or note.
    static func single(_ text: String) -> Result<Timescale, Failure> {
        var words = text.lowercased()
            .replacingOccurrences(of: "-", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "." })
            .map(String.init)
        let phrase = words.joined(separator: " ")
        if let wording = unfixed.first(where: { phrase == $0 }) {
            return .success(Timescale(kind: .none, wording: wording == "none" ? nil : wording))
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if eventOpenings.contains(where: { phrase.hasPrefix($0) }), words.count >= 3 {
            return .success(Timescale(kind: .event, wording: trimmed))
        }
        if words.first == "within" { words.removeFirst() }
        guard let first = words.first else { return .failure(.noAmount(text)) }
        if first.allSatisfy({ $0.isASCII && $0.isNumber }), first.count > 3 || (Int(first) ?? 0) > ProcedureLimits.timescaleAmount {
            return .failure(.tooLarge(first))
        }
        guard let amount = number(first) else {
            // "without further delay", "as soon as practicable": close to a wording that is known.
            let distance = { (known: String) in EditDistance.between(Array(phrase), Array(known)) }
            let nearest = unfixed.min { distance($0) < distance($1) } ?? unfixed[0]
            // Close enough to be a slip: a few letters out, or the same opening words.
            let opening = { (t: String) in t.split(separator: " ").prefix(2).joined(separator: " ") }
            let firstWord = phrase.split(separator: " ").first.map(String.init) ?? ""
            if distance(nearest) <= phrase.count / 3
                || (phrase.contains(" ") && opening(phrase) == opening(nearest))
                || (firstWord.count >= 5 && nearest.hasPrefix(firstWord)) {
                return .failure(.nearUnfixed(trimmed, nearest: nearest))
            }
            return .failure(.noAmount(text))
        }
        guard amount > 0 else { return .failure(.zero) }
        words.removeFirst()
        let unit: Timescale.Unit
        if words.count >= 2, words[0] == "working" || words[0] == "business", words[1] == "day" || words[1] == "days" {
            unit = .workingDays
            words.removeFirst(2)
        } else if words.count >= 2, words[0] == "calendar", words[1] == "day" || words[1] == "days" {
            unit = .calendarDays
            words.removeFirst(2)
        } else if let w = words.first, w == "hour" || w == "hours" {
            unit = .hours
            words.removeFirst()
        } else if let w = words.first, w == "week" || w == "weeks" {
            unit = .weeks
            words.removeFirst()
        } else if let w = words.first, w == "month" || w == "months" {
            unit = .months
            words.removeFirst()
        } else {
            return .failure(.noUnit(text))
        }
        // The anchor is told by its key word so that natural variants read the same:
        // "of the completion of the previous stage", "after the previous step".
        let kind: Timescale.Kind
        let anchorEnd: Int
        if let previous = words.firstIndex(of: "previous") {
            kind = .afterPrevious
            anchorEnd = previous + 1 < words.count && ["stage", "step", "one"].contains(words[previous + 1]) ? previous + 1 : previous
        } else if let raised = words.firstIndex(where: { $0 == "raised" || $0 == "arose" }) {
            kind = .fromRaised
            anchorEnd = raised
        } else {
            return .failure(.noAnchor(text))
        }
        // Words after the anchor ("…, or sooner if urgent") are the author's qualification: kept
        // as the note, never dropped.
        let original = text.replacingOccurrences(of: "-", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "." }).map(String.init)
        var trailing = Array(original.suffix(max(0, words.count - anchorEnd - 1)))
        while let first = trailing.first, ["or", "and", "but"].contains(first.lowercased()) { trailing.removeFirst() }
        return .success(Timescale(kind: kind, value: amount, unit: unit, note: trailing.isEmpty ? nil : trailing.joined(separator: " ")))
    }

    static func message(for failure: Failure) -> String {
        failure.message
    }
}

extension TimescaleParser.Failure {
    /// The same failure about the whole text the author wrote, qualification included.
    func quoting(_ text: String) -> Self {
        switch self {
        case .noAmount: return .noAmount(text)
        case .noUnit: return .noUnit(text)
        case .noAnchor: return .noAnchor(text)
        case .nearUnfixed(_, let nearest): return .nearUnfixed(text, nearest: nearest)
        case .zero, .tooLarge, .noCondition: return self
        }
    }

    var message: String {
        switch self {
        case .noAmount(let text): return "cannot read the timescale '\(text)': it does not start with a number"
        case .noUnit(let text): return "cannot read the timescale '\(text)': the unit must be 'working days', 'calendar days', 'weeks', 'months' or 'hours'"
        case .noAnchor(let text): return "cannot read the timescale '\(text)': it does not say what the time counts from"
        case .zero: return "a timescale of zero is not a timescale"
        case .tooLarge(let amount):
            return "a timescale of \(amount.count > 6 ? "more than six digits" : amount) is more than escalate accepts (at most \(ProcedureLimits.timescaleAmount))"
        case .nearUnfixed(let text, let nearest):
            return "cannot read the timescale '\(text)': did you mean '\(nearest)'?"
        case .noCondition(let text):
            return "the conditional timescale '\(text)' does not say when it applies"
        }
    }
}

extension TimescaleParser {
    private static let words: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30,
    ]

    private static func number(_ word: String) -> Int? {
        if word.allSatisfy(\.isNumber), word.count <= 4 { return Int(word) }
        return words[word]
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
