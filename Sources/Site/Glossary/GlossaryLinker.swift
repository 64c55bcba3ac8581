import Model
import TextTools

/// Links the first appearance of each glossary term in a page's text to its entry on the
/// glossary page, as `<a class="glossary-term"><abbr title>…</abbr></a>`.
///
/// It works on the rendered page, so it sees the text in the order a reader does, whichever
/// template or partial wrote it. Only text between tags inside `<main>` is touched: never a
/// tag or its attributes (so no id, href or title changes), never a character reference, and
/// nothing inside a link, a heading, code, a form, the contents list, an inline chart or a caption,
/// where a link would be wrong or would nest.
struct GlossaryLinker {
    /// Elements whose text is left alone.
    static let untouched: Set<String> = [
        "a", "abbr", "dfn", "code", "pre", "kbd", "samp", "var", "script", "style", "svg", "math", "title",
        "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "select", "option", "textarea", "form",
        "nav", "noscript", "template", "iframe", "object", "figcaption", "summary", "caption",
    ]

    struct Pattern {
        var term: GlossaryTerm
        /// The words of the term or of one alias, each matched in turn with any whitespace between.
        var words: [[Character]]
        var caseSensitive: Bool
    }

    let patterns: [Pattern]

    init(terms: [GlossaryTerm]) {
        var patterns: [Pattern] = []
        for term in terms {
            for spelling in [term.term] + term.aliases {
                let words = spelling.split(separator: " ").map { Array($0) }
                // A spelling with a capital (an abbreviation, a title: "DSL", "Working Together") is
                // matched as written, so "agencies working together" is left alone; one in lower
                // case in any case ("Child protection conference" at the start of a sentence).
                let caseSensitive = spelling.contains(where: \.isUppercase)
                patterns.append(Pattern(term: term, words: words, caseSensitive: caseSensitive))
            }
        }
        // At one place the longest spelling wins ("child protection conference" before "child").
        self.patterns = patterns.sorted { $0.words.joined().count > $1.words.joined().count }
    }

    /// The page with each term's first appearance linked; `href` is the glossary entry's link
    /// from this page. Also the terms it linked, in the glossary's order.
    func link(_ html: String, href: (GlossaryTerm) -> String) -> (html: String, linked: Set<String>) {
        guard !patterns.isEmpty, let mainStart = html.range(of: "<main")?.lowerBound,
              let mainEnd = html.range(of: "</main>", options: .backwards)?.lowerBound, mainStart < mainEnd else {
            return (html, [])
        }
        var linked: Set<String> = []
        var out = String(html[..<mainStart])
        out.reserveCapacity(html.utf8.count + 1024)
        var depth = 0
        var i = mainStart
        let end = mainEnd
        while i < end {
            if html[i] == "<" {
                let tagEnd = Self.endOfTag(html, from: i, limit: end)
                let tag = html[i..<tagEnd]
                out += tag
                if let (name, closing, selfClosing) = Self.tagName(tag), Self.untouched.contains(name), !selfClosing {
                    depth = max(0, depth + (closing ? -1 : 1))
                }
                i = tagEnd
                continue
            }
            let textEnd = html[i..<end].firstIndex(of: "<") ?? end
            let text = html[i..<textEnd]
            out += depth > 0 || linked.count == patterns.count ? String(text) : linkText(text, linked: &linked, href: href)
            i = textEnd
        }
        out += html[end...]
        return (out, linked)
    }

    /// The index just past the `>` that closes the tag or comment at `start`; quoted attribute
    /// values may hold `>`.
    static func endOfTag(_ html: String, from start: String.Index, limit: String.Index) -> String.Index {
        if html[start...].hasPrefix("<!--") {
            return html.range(of: "-->", range: start..<limit).map(\.upperBound) ?? limit
        }
        var quote: Character?
        var i = html.index(after: start)
        while i < limit {
            let c = html[i]
            if let q = quote { if c == q { quote = nil } }
            else if c == "\"" || c == "'" { quote = c }
            else if c == ">" { return html.index(after: i) }
            i = html.index(after: i)
        }
        return limit
    }

    /// The element name of a tag (`h2`), whether it closes one, and whether it closes itself.
    static func tagName(_ tag: Substring) -> (String, Bool, Bool)? {
        var rest = tag.dropFirst()
        let closing = rest.first == "/"
        if closing { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isLetter || $0.isNumber }
        guard !name.isEmpty else { return nil }
        return (name.lowercased(), closing, tag.hasSuffix("/>"))
    }

    /// One run of text between tags, with the terms not yet linked linked where they first appear.
    private func linkText(_ text: Substring, linked: inout Set<String>, href: (GlossaryTerm) -> String) -> String {
        let chars = Array(text)
        var out = ""
        var from = 0
        var position = 0
        while position < chars.count {
            // A character reference (`&amp;`) is passed over whole: its letters are not words.
            if chars[position] == "&", let semicolon = chars[position...].prefix(12).firstIndex(of: ";") {
                position = semicolon + 1
                continue
            }
            let boundaryBefore = position == 0 || !Self.isWordCharacter(chars[position - 1])
            if boundaryBefore, let (pattern, length) = match(chars, at: position, linked: linked) {
                out += String(chars[from..<position])
                let found = String(chars[position..<(position + length)])
                let words = MarkupEscaping.escape(found)
                // Only an abbreviation as written ("ICPC", not "initial child protection conference") is an <abbr>.
                let inner = pattern.term.expansion.flatMap { found.contains(where: \.isLowercase) ? nil : "<abbr title=\"\(MarkupEscaping.escape($0))\">\(words)</abbr>" } ?? words
                out += "<a class=\"glossary-term\" href=\"\(MarkupEscaping.escape(href(pattern.term)))\">\(inner)</a>"
                linked.insert(pattern.term.term)
                position += length
                from = position
                continue
            }
            position += 1
        }
        return out + String(chars[from...])
    }

    /// The first pattern not yet linked that matches at `start` as whole words, and its length.
    private func match(_ chars: [Character], at start: Int, linked: Set<String>) -> (Pattern, Int)? {
        patterns: for pattern in patterns where !linked.contains(pattern.term.term) {
            var i = start
            for (n, word) in pattern.words.enumerated() {
                if n > 0 {
                    let spaceStart = i
                    while i < chars.count, chars[i].isWhitespace { i += 1 }
                    if i == spaceStart { continue patterns }
                }
                guard i + word.count <= chars.count else { continue patterns }
                for (k, c) in word.enumerated() {
                    let t = chars[i + k]
                    let same = pattern.caseSensitive ? t == c : (t == c || t.lowercased() == c.lowercased())
                    if !same && !(Self.isApostrophe(t) && Self.isApostrophe(c)) { continue patterns }
                }
                i += word.count
            }
            if i < chars.count, Self.isWordCharacter(chars[i]) { continue }
            return (pattern, i - start)
        }
        return nil
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "’" }
}
