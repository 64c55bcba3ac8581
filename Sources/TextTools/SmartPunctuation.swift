/// The typographic punctuation cmark-gfm's SMART option gives the Markdown body, for text that
/// does not pass through cmark (front matter), so a page never mixes "child's" and "child’s".
public enum SmartPunctuation {
    public static func apply(_ text: String) -> String {
        var out = ""
        var openDouble = true
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            let before = i > 0 ? chars[i - 1] : " "
            switch ch {
            case "'":
                // An apostrophe or a closing quote after a letter or digit; an opening quote otherwise.
                out.append(before.isLetter || before.isNumber || before == "." || before == "," ? "\u{2019}" : "\u{2018}")
            case "\"":
                out.append(openDouble ? "\u{201C}" : "\u{201D}")
                openDouble.toggle()
            case "-" where i + 1 < chars.count && chars[i + 1] == "-" && before == " ":
                out.append("\u{2013}")
            case "-" where before == "-" && i >= 2 && chars[i - 2] == " ":
                continue
            default:
                out.append(ch)
            }
        }
        return out
    }

    /// The plain characters SMART turned into typographic ones, back again. GitHub makes heading
    /// ids without smart punctuation (`A -- B` → `a----b`), so ids are made from this.
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
