/// The typographic punctuation cmark-gfm's SMART option gives the Markdown body, for text that
/// does not pass through cmark (front matter), so a page never mixes "child's" and "child’s".
public enum SmartPunctuation {
    /// The text as cmark-gfm's SMART option would write it in a paragraph: quotes curled by
    /// cmark's rules (a quote opens or closes by what is either side of it, and pairs are
    /// matched; an apostrophe or an unmatched single quote is `’`), `--` an en dash and `---` an
    /// em dash (a longer run of hyphens as cmark splits it), `...` an ellipsis. Only punctuation
    /// changes: the text is not read as Markdown.
    public static func apply(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var pieces: [String] = []
        var quotes: [Quote] = []
        var plain = String.UnicodeScalarView()
        func flush() {
            if !plain.isEmpty { pieces.append(String(plain)); plain = String.UnicodeScalarView() }
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "'", "\"":
                flush()
                let before = i > 0 ? scalars[i - 1] : "\n"
                let after = i + 1 < scalars.count ? scalars[i + 1] : "\n"
                let quote = Quote(piece: pieces.count, mark: c, before: before, after: after)
                pieces.append(c == "'" ? "\u{2019}" : quote.canClose ? "\u{201D}" : "\u{201C}")
                quotes.append(quote)
                i += 1
            case "-":
                var run = 0
                while i + run < scalars.count, scalars[i + run] == "-" { run += 1 }
                if run == 1 {
                    plain.append(c)
                } else {
                    flush()
                    pieces.append(dashes(run))
                }
                i += run
            case "." where i + 2 < scalars.count && scalars[i + 1] == "." && scalars[i + 2] == ".":
                flush()
                pieces.append("\u{2026}")
                i += 3
            case "." where i + 1 < scalars.count && scalars[i + 1] == ".":
                plain.append(contentsOf: "..".unicodeScalars)
                i += 2
            default:
                plain.append(c)
                i += 1
            }
        }
        flush()
        matchQuotes(quotes, in: &pieces)
        return pieces.joined()
    }

    /// A run of hyphens as cmark-gfm writes it: em dashes when the count divides by 3, else en
    /// dashes when it divides by 2, else em dashes followed by one or two en dashes.
    static func dashes(_ count: Int) -> String {
        let (em, en): (Int, Int)
        if count % 3 == 0 {
            (em, en) = (count / 3, 0)
        } else if count % 2 == 0 {
            (em, en) = (0, count / 2)
        } else if count % 3 == 2 {
            (em, en) = ((count - 2) / 3, 1)
        } else {
            (em, en) = ((count - 4) / 3, 2)
        }
        return String(repeating: "\u{2014}", count: em) + String(repeating: "\u{2013}", count: en)
    }

    private struct Quote {
        var piece: Int
        var mark: Unicode.Scalar
        var canOpen: Bool
        var canClose: Bool

        /// cmark's delimiter run rules for a single quote character.
        init(piece: Int, mark: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar) {
            self.piece = piece
            self.mark = mark
            // Characters the strikethrough extension uses as delimiters count as line ends here.
            let before = before == "~" ? "\n" : before
            let after = after == "~" ? "\n" : after
            let leftFlanking = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
            let rightFlanking = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
            canOpen = leftFlanking && !rightFlanking && before != "]" && before != ")"
            canClose = rightFlanking
        }
    }

    /// Each closing quote takes the nearest earlier opening quote of the same kind: the pair
    /// becomes `‘…’` or `“…”`. Openers are not used up, as in cmark; a closer with no opener
    /// stays closing, and later closers look no further back than it.
    private static func matchQuotes(_ quotes: [Quote], in pieces: inout [String]) {
        var bottom: [Unicode.Scalar: Int] = [:]
        for k in quotes.indices where quotes[k].canClose {
            let mark = quotes[k].mark
            var opener: Int?
            var j = k - 1
            while j >= bottom[mark, default: 0] {
                if quotes[j].canOpen, quotes[j].mark == mark {
                    opener = j
                    break
                }
                j -= 1
            }
            pieces[quotes[k].piece] = mark == "'" ? "\u{2019}" : "\u{201D}"
            if let opener {
                pieces[quotes[opener].piece] = mark == "'" ? "\u{2018}" : "\u{201C}"
            } else {
                bottom[mark] = k
            }
        }
    }

    /// cmark's white space: tab, line feed, form feed, carriage return and the Unicode spaces.
    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 9, 10, 12, 13, 32, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// ASCII punctuation and symbols, and Unicode punctuation.
    private static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return (33...47).contains(c.value) || (58...64).contains(c.value) || (91...96).contains(c.value) || (123...126).contains(c.value)
        }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// The plain characters SMART turned into typographic ones, back again (`‘’` → `'`, `“”` → `"`,
    /// `–` → `--`, `—` → `---`, `…` → `...`), for text that must be compared with what the
    /// author typed.
    public static func undo(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\u{2018}", "\u{2019}": out.append("'")
            case "\u{201C}", "\u{201D}": out.append("\"")
            case "\u{2013}": out += "--"
            case "\u{2014}": out += "---"
            case "\u{2026}": out += "..."
            default: out.append(ch)
            }
        }
        return out
    }
}
