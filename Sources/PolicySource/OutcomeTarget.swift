import Diagnostics
import Model
import TextTools

/// Reads where an outcome leads: `end`, `Stage 4`, `Step 2`, `sub-procedure: <title>`,
/// `route: <title>`, `external: <body>`; sub-procedures and routes by title or anchor.
struct OutcomeTarget {
    let stages: Set<Int>
    let routes: [(title: String, anchor: String)]
    let subProcedures: [(title: String, anchor: String)]

    static let help = "a destination is 'end', 'Stage N', 'Step N' (inside a sub-procedure), 'sub-procedure: <title>', 'route: <title>' or 'external: <the body outside the partnership>'"

    /// - Parameter steps: the steps of the sub-procedure the outcome belongs to, by number; nil for a stage.
    func resolve(_ raw: BodyParts.RawOutcome, steps: [Int: String]?, into diagnostics: inout [Diagnostic]) -> Outcome? {
        let target = raw.target.trimmingCharacters(in: .whitespaces)
        let lower = target.lowercased()
        // A route's `Leads to` has no condition of its own.
        let what = raw.when.isEmpty ? "'Leads to'" : "the outcome '\(raw.when)'"
        func fail(_ message: String, _ help: String = Self.help) -> Outcome? {
            diagnostics.append(.error(.outcomeTarget, at: raw.location, message, help: help))
            return nil
        }
        if lower == "end" || lower.hasPrefix("end ") || lower.hasPrefix("end:") || lower == "the end" {
            return Outcome(when: raw.when, next: .end)
        }
        if let (word, value) = Self.prefixed(lower, ["external", "outside the partnership", "refer to", "referred to"]) {
            _ = word
            let name = String(target.suffix(value.count)).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return fail("'\(target)' does not name the body outside the partnership", "write 'external: <body>', e.g. 'external: Ofsted'") }
            return Outcome(when: raw.when, next: .init(kind: .external, ref: name))
        }
        if let (_, value) = Self.prefixed(lower, ["sub-procedure", "subprocedure", "related procedure"]) {
            return named(value, in: subProcedures, kind: .subProcedure, what: "sub-procedure", raw, into: &diagnostics)
        }
        if let (_, value) = Self.prefixed(lower, ["route", "urgent"]) {
            return named(value, in: routes, kind: .route, what: "route", raw, into: &diagnostics)
        }
        let words = lower.split(separator: " ").map(String.init)
        if let i = words.firstIndex(where: { $0 == "stage" || $0 == "step" }), i + 1 < words.count {
            let token = words[i + 1].trimmingCharacters(in: .punctuationCharacters)
            guard let n = Int(token) ?? HeadingKind.numberWords[token] else {
                return fail("'\(target)' does not say which \(words[i]) it leads to")
            }
            if words[i] == "stage" {
                guard stages.contains(n) else {
                    return fail("\(what) leads to Stage \(n), which this procedure does not have",
                                "point it at one of Stages \(stages.sorted().map(String.init).joined(separator: ", ")); or at 'end', 'sub-procedure: <title>', 'route: <title>' or 'external: <body>'")
                }
                return Outcome(when: raw.when, next: .stage(n))
            }
            guard let steps else { return fail("'\(target)' names a step, but stages lead to stages: steps belong to a sub-procedure") }
            guard let anchor = steps[n] else {
                return fail("\(what) leads to Step \(n), which this sub-procedure does not have",
                            "point it at one of Steps \(steps.keys.sorted().map(String.init).joined(separator: ", ")); or at 'end', 'Stage N', 'route: <title>' or 'external: <body>'")
            }
            return Outcome(when: raw.when, next: .init(kind: .step, ref: anchor))
        }
        return fail("cannot tell where '\(ProcedureChecks.short(target))' leads")
    }

    private func named(_ value: String, in candidates: [(title: String, anchor: String)], kind: Outcome.Next.Kind, what: String,
                       _ raw: BodyParts.RawOutcome, into diagnostics: inout [Diagnostic]) -> Outcome? {
        let name = value.trimmingCharacters(in: .whitespaces)
        let slug = Slug.make(name)
        if let found = candidates.first(where: { $0.title.lowercased() == name || $0.anchor == name || Slug.make($0.title) == slug }) {
            return Outcome(when: raw.when, next: .init(kind: kind, ref: found.anchor))
        }
        diagnostics.append(.error(.outcomeTarget, at: raw.location, "there is no \(what) '\(ProcedureChecks.short(name))' in this procedure",
            help: candidates.isEmpty ? "add a '## \(what == "route" ? "Route" : "Sub-procedure"): …' section, or point the outcome elsewhere"
                : Suggestion.help(for: name, in: candidates.map { $0.title.lowercased() }, kind: "\(what)s")))
        return nil
    }

    /// "sub-procedure: X", "sub-procedure X" → the rest after the word and an optional colon.
    private static func prefixed(_ text: String, _ words: [String]) -> (String, String)? {
        for word in words where text.hasPrefix(word) {
            var rest = text.dropFirst(word.count)
            guard rest.isEmpty || rest.first == ":" || rest.first == " " else { continue }
            rest = rest.drop { $0 == ":" || $0 == " " }
            return (word, String(rest))
        }
        return nil
    }
}
