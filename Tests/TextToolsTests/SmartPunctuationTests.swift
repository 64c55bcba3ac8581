import CmarkGFM
import Testing
import TextTools

/// Front-matter text gets the punctuation cmark-gfm's SMART option gives the body, so a title
/// and the body never disagree about how "child's" is written.
@Suite struct SmartPunctuationTests {
    @Test(arguments: [
        ("the child's \"plan\" -- now", "the child\u{2019}s \u{201C}plan\u{201D} \u{2013} now"),
        ("'single' and \"double\"", "\u{2018}single\u{2019} and \u{201C}double\u{201D}"),
        ("rock 'n' roll", "rock \u{2018}n\u{2019} roll"),
        ("don't, O'Neil's", "don\u{2019}t, O\u{2019}Neil\u{2019}s"),
        // An apostrophe before a number is not an opening quote.
        ("the '90s", "the \u{2019}90s"),
        ("(\"aside\")", "(\u{201C}aside\u{201D})"),
        ("\"'nested'\"", "\u{201C}\u{2018}nested\u{2019}\u{201D}"),
        ("She said \"hi", "She said \u{201C}hi"),
        ("A--B", "A\u{2013}B"),
        ("A --- B", "A \u{2014} B"),
        ("A ---- B", "A \u{2013}\u{2013} B"),
        ("A ----- B", "A \u{2014}\u{2013} B"),
        ("1-2 days, a - b", "1-2 days, a - b"),
        ("wait... and....", "wait\u{2026} and\u{2026}."),
        ("two.. dots", "two.. dots"),
        ("no quotes - here", "no quotes - here"),
        // Line breaks count as spaces either side of a quote, and stay.
        ("multi\nline \"quote\nacross\" lines", "multi\nline \u{201C}quote\nacross\u{201D} lines"),
        ("", ""),
    ])
    func punctuation(text: String, smart: String) {
        #expect(SmartPunctuation.apply(text) == smart)
    }

    /// What cmark-gfm itself writes for the text as a paragraph (with nothing in it that
    /// Markdown would read as markup).
    static func cmark(_ text: String) -> String {
        MarkdownParser().parse(text).plainText
    }

    @Test(arguments: [
        "Resolving professional disagreements", "Children's social care \"front door\" -- the MASH",
        "If in doubt -- ask.", "\"Escalation\" isn't 'blame'...", "Section 47 enquiries (s.47) 'in time'",
        "'Tis the 'season'", "a.'b'", "x (a)'b", "x ]'b", "x ''a''", "x \"\"", "x '", "x 1'2'3", "x -'a'-",
        "x é'a'é", "x \u{2014}'a'\u{2014}", "It's 5' 10\" tall", "x ~'a' b",
    ])
    func agreesWithCmark(text: String) {
        #expect(SmartPunctuation.apply(text) == Self.cmark(text))
    }

    /// Random strings of the characters SMART cares about, against cmark-gfm itself.
    @Test func agreesWithCmarkOnRandomText() {
        var rng = SplitMix(state: 2024)
        let alphabet: [Character] = ["a", "b", "1", " ", " ", "'", "'", "\"", "\"", "-", "-", ".", ".", "(", ")", "!", ",", "é", "\u{2019}", "\u{2014}"]
        var disagreements: [String] = []
        for _ in 0..<3000 {
            let length = Int.random(in: 1...14, using: &rng)
            // "x " first, so nothing is read as a list, heading or thematic break.
            let text = "x " + String((0..<length).map { _ in alphabet.randomElement(using: &rng)! })
            let expected = Self.cmark(text)
            // cmark drops trailing spaces at the end of a paragraph; that is not punctuation.
            let ours = String(SmartPunctuation.apply(text).reversed().drop { $0 == " " }.reversed())
            if ours != expected { disagreements.append("\(text.debugDescription): \(ours.debugDescription) ≠ cmark \(expected.debugDescription)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, e.g. \(disagreements.prefix(10))")
    }

    @Test func undoGivesBackWhatSmartChanged() {
        #expect(SmartPunctuation.undo("\u{2018}a\u{2019} \u{201C}b\u{201D} c\u{2013}d e\u{2014}f g\u{2026}") == "'a' \"b\" c--d e---f g...")
        for text in ["the child's \"plan\" -- now", "A --- B", "wait...", "'90s", "plain text"] {
            #expect(SmartPunctuation.undo(SmartPunctuation.apply(text)) == text)
        }
        #expect(SmartPunctuation.undo("Café – ok") == "Café -- ok")
    }

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
