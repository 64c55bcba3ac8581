/// Fragment ids made from heading text the way GitHub makes them, so a link that
/// works on the code-hosting site also works on the generated pages.
public enum Slug {
    public static func make(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" {
                out.append(ch)
            } else if ch == " " {
                out.append("-")
            }
        }
        return out
    }

    /// Slugs for a sequence of headings, numbering repeats `-1`, `-2` as GitHub does.
    public static func unique(_ texts: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return texts.map { text in
            let base = make(text)
            if let n = seen[base] {
                seen[base] = n + 1
                return "\(base)-\(n + 1)"
            }
            seen[base] = 0
            return base
        }
    }
}
