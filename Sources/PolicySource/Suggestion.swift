/// Finds the known word nearest to a misspelt one, for "did you mean …?" hints.
enum Suggestion {
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(target, Array(candidate.lowercased()))
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

    /// Levenshtein distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
