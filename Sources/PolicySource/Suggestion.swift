import TextTools
/// Finds the known word nearest to a misspelt one, for "did you mean …?" hints.
enum Suggestion {
    static func nearest(to word: String, in candidates: [String]) -> String? {
        EditDistance.nearest(to: word, in: candidates)
    }

    /// "did you mean 'x'? " or nothing, followed by the list of what is allowed.
    static func help(for word: String, in candidates: [String], kind: String) -> String {
        var text = ""
        if let near = nearest(to: word, in: candidates) { text = "did you mean '\(near)'? " }
        // A corpus of a thousand procedures has eight thousand partnership ids: name a dozen.
        let shown = candidates.prefix(12).joined(separator: ", ")
        return text + "\(kind) are: " + shown + (candidates.count > 12 ? ", … (\(candidates.count) in all)" : "")
    }
}
