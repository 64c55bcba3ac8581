/// Bidirectional controls (right-to-left overrides, embeddings, isolates) are accepted in
/// content, since partnerships publish in more than one language, but each piece of text is
/// made to close every one it opens: a stray U+202E in a title could otherwise reverse the rest
/// of the page, or make a link or a date read differently from what it is.
public enum BidiControls {
    /// `text` with a PDF (U+202C) for every embedding or override and a PDI (U+2069) for every
    /// isolate it leaves open, in the right order, so its direction cannot leak past its end.
    public static func balanced(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) else {
            return text
        }
        var open: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202B, 0x202D...0x202E: open.append("\u{202C}")
            case 0x2066...0x2068: open.append("\u{2069}")
            case 0x202C:
                if let i = open.lastIndex(of: "\u{202C}") { open.remove(at: i) }
            case 0x2069:
                // A PDI also closes any embedding opened inside its isolate.
                if let i = open.lastIndex(of: "\u{2069}") { open.removeSubrange(i...) }
            default:
                continue
            }
        }
        var out = text
        for closer in open.reversed() { out.unicodeScalars.append(closer) }
        return out
    }

    /// A page with every run of text between tags balanced on its own, so no control from
    /// content reaches past the element it was written in.
    public static func balancedBetweenTags(_ html: String) -> String {
        guard html.unicodeScalars.contains(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2068).contains($0.value) }) else {
            return html
        }
        var out = ""
        var run = ""
        var inTag = false
        for ch in html {
            if inTag {
                out.append(ch)
                if ch == ">" { inTag = false }
            } else if ch == "<" {
                out += balanced(run)
                run = ""
                out.append(ch)
                inTag = true
            } else {
                run.append(ch)
            }
        }
        return out + balanced(run)
    }
}
