import TextTools
/// Finds the known word nearest to a misspelt one, for "did you mean …?" hints.
enum Suggestion {
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let d = EditDistance.between(target, Array(candidate.lowercased()))
            if best == nil || d < best!.1 { best = (candidate, d) }
        }
        guard let (candidate, d) = best else { return nil }
        // Beyond about a third of the word, a suggestion is more confusing than helpful.
        return d <= max(2, target.count / 3) ? candidate : nil
    }

    /// "did you mean 'x'? " or nothing, followed by the list of what is allowed.
    static func help(for word: String, in candidates: [String], kind: String) -> String {
        var text = ""
        if let near = nearest(to: word, in: candidates) { text = "did you mean '\(near)'? " }
        return text + "\(kind) are: " + candidates.joined(separator: ", ")
    }
}
