/// Fragment ids made from heading text the way GitHub makes them, so a link that
/// works on the code-hosting site also works on the generated pages.
public enum Slug {
    /// GitHub's rule, character by character (Unicode scalars, not grapheme clusters): the text
    /// in lower case; letters, combining marks, decimal digits, letter numbers (Ⅻ) and connector
    /// punctuation (`_`, `‿`) kept, as is `-`; each space (U+0020 only) becomes `-`; everything
    /// else (punctuation, symbols, emoji, other numbers such as ½ or ², other spaces, controls)
    /// dropped. So `A -- B` → `a----b`, `a < b` → `a--b`, `I ❤️ it` keeps the emoji's
    /// variation selector (a mark), as GitHub does.
    public static func make(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                out.append("-")
            } else if scalar == "-" || keeps(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .connectorPunctuation:
            return true
        default:
            // Symbols that are letters all the same (Ⓐ, ⓩ) stay.
            return scalar.properties.isAlphabetic
        }
    }

    /// Slugs for a sequence of headings, unique as GitHub makes them: a repeat gets `-1`, `-2`, …,
    /// skipping any that an earlier heading already has (`echo`, `echo`, `echo 1` →
    /// `echo`, `echo-1`, `echo-1-1`).
    public static func unique(_ texts: [String]) -> [String] {
        var repeats: [String: Int] = [:]
        return texts.map { text in
            let base = make(text)
            var slug = base
            while repeats[slug] != nil {
                let n = repeats[base, default: 0] + 1
                repeats[base] = n
                slug = "\(base)-\(n)"
            }
            repeats[slug] = 0
            return slug
        }
    }
}
