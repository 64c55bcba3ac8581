import Model

/// Reads the timescale phrases authors write, e.g.
/// "3 working days from the date raised; or sooner if urgent",
/// "within two working days after the previous stage", "72 hours from the date raised",
/// "as soon as possible".
enum TimescaleParser {
    enum Failure: Error, Equatable {
        case noAmount(String)
        case noUnit(String)
        case noAnchor(String)
        case zero
        case tooLarge(String)
    }

    /// Phrases meaning "no fixed time".
    static let unfixed = ["as soon as possible", "immediately", "without delay", "none", "no fixed timescale"]

    static let help = """
        write '<number> working days from the date raised', '<number> working days after the previous stage' \
        (or '… hours …', or 'after the previous step' in a sub-procedure), or 'as soon as possible'; \
        put any qualification after a semicolon: '3 working days from the date raised; sooner if urgent'
        """

    static func parse(_ text: String) -> Result<Timescale, Failure> {
        var main = text
        var note: String?
        if let semicolon = text.firstIndex(of: ";") {
            main = String(text[..<semicolon])
            let rest = text[text.index(after: semicolon)...].trimmingCharacters(in: .whitespaces)
            note = rest.isEmpty ? nil : rest
        }
        var words = main.lowercased()
            .replacingOccurrences(of: "-", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "." })
            .map(String.init)
        let phrase = words.joined(separator: " ")
        if let wording = unfixed.first(where: { phrase == $0 }) {
            return .success(Timescale(kind: .none, wording: wording == "none" ? nil : wording, note: note))
        }
        if words.first == "within" { words.removeFirst() }
        guard let first = words.first else { return .failure(.noAmount(text)) }
        if first.allSatisfy({ $0.isASCII && $0.isNumber }), first.count > 3 || (Int(first) ?? 0) > ProcedureLimits.timescaleAmount {
            return .failure(.tooLarge(first))
        }
        guard let amount = number(first) else { return .failure(.noAmount(text)) }
        guard amount > 0 else { return .failure(.zero) }
        words.removeFirst()
        let unit: Timescale.Unit
        if words.count >= 2, words[0] == "working", words[1] == "day" || words[1] == "days" {
            unit = .workingDays
            words.removeFirst(2)
        } else if let w = words.first, w == "hour" || w == "hours" {
            unit = .hours
            words.removeFirst()
        } else {
            return .failure(.noUnit(text))
        }
        // The anchor is told by its key word so that natural variants read the same:
        // "of the completion of the previous stage", "after the previous step".
        let kind: Timescale.Kind
        if words.contains("previous") {
            kind = .afterPrevious
        } else if words.contains("raised") || words.contains("arose") {
            kind = .fromRaised
        } else {
            return .failure(.noAnchor(text))
        }
        return .success(Timescale(kind: kind, value: amount, unit: unit, note: note))
    }

    static func message(for failure: Failure) -> String {
        switch failure {
        case .noAmount(let text): return "cannot read the timescale '\(text)': it does not start with a number"
        case .noUnit(let text): return "cannot read the timescale '\(text)': the unit must be 'working days' or 'hours'"
        case .noAnchor(let text): return "cannot read the timescale '\(text)': it does not say what the time counts from"
        case .zero: return "a timescale of zero is not a timescale"
        case .tooLarge(let amount):
            return "a timescale of \(amount.count > 6 ? "more than six digits" : amount) is more than escalate accepts (at most \(ProcedureLimits.timescaleAmount))"
        }
    }

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
