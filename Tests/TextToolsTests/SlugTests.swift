import Testing
import TextTools

/// `Slug` promises GitHub's heading ids. The expected values are the ids GitHub gave the same
/// headings (as recorded by github-slugger's fixtures, which are read back from GitHub's own
/// rendering), plus the cases escalate's policies meet.
@Suite struct SlugTests {
    @Test(arguments: [
        ("alpha", "alpha"),
        ("bravoCharlieDelta", "bravocharliedelta"),
        ("__proto__", "__proto__"),
        ("heading with a - dash", "heading-with-a---dash"),
        ("heading with an _ underscore", "heading-with-an-_-underscore"),
        ("heading with a period.txt", "heading-with-a-periodtxt"),
        ("exchange.bind_headers(exchange, routing [, bindCallback])", "exchangebind_headersexchange-routing--bindcallback"),
        // Leading and trailing spaces are kept (cmark trims a heading, so only `&#x20;` gives them).
        (" a ", "-a-"),
        ("apostrophe\u{2019}s should be trimmed", "apostrophes-should-be-trimmed"),
        ("I \u{2665} unicode", "i--unicode"),
        ("en\u{2013}dash", "endash"),
        ("\u{1F604} unicode emoji", "-unicode-emoji"),
        ("\u{1F604}-\u{1F604} unicode emoji", "--unicode-emoji"),
        ("\u{1F604}_\u{1F604} unicode emoji", "_-unicode-emoji"),
        (":smile: - a gemoji", "smile---a-gemoji"),
        ("Привет non-latin 你好", "привет-non-latin-你好"),
        // From the un-smartened text GitHub sees: the hyphens stay.
        ("A -- B", "a----b"),
        ("a < b", "a--b"),
        ("Who's involved? (Stage 1)", "whos-involved-stage-1"),
        ("Section 47 & the LADO", "section-47--the-lado"),
        ("Ümlaut Ærø ÉCOLE", "ümlaut-ærø-école"),
        // Dotted capital I lower-cases to i and a combining dot (a mark, kept).
        ("İstanbul", "i\u{307}stanbul"),
        // Letter numbers stay (lower-cased); other numbers go.
        ("Part Ⅻ ½ ² ①", "part-ⅻ---"),
        // Connector punctuation stays; other spaces, tabs, controls and format characters go.
        ("a‿b ＿ c", "a‿b-＿-c"),
        ("no\u{00A0}break\ttab\u{200B}zero", "nobreaktabzero"),
        // Marks stay even alone: an emoji's variation selector, an enclosing keycap.
        ("\u{26A0}\u{FE0F} Warning", "\u{FE0F}-warning"),
        ("1\u{FE0F}\u{20E3} First", "1\u{FE0F}\u{20E3}-first"),
        // Symbols that are letters stay.
        ("\u{24B6} circled", "\u{24D0}-circled"),
        ("", ""),
        ("?!", ""),
    ])
    func githubSlug(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func repeatsAreNumberedFromOne() {
        #expect(Slug.unique(["golf", "golf", "golf"]) == ["golf", "golf-1", "golf-2"])
        #expect(Slug.unique(["Notes", "notes", "NOTES!"]) == ["notes", "notes-1", "notes-2"])
    }

    /// A heading whose own slug looks like a numbered repeat never shares an id with one.
    @Test func numberedRepeatsSkipIdsAlreadyTaken() {
        #expect(Slug.unique(["echo", "echo", "echo 1", "echo-1", "echo"]) == ["echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2"])
        #expect(Slug.unique(["foxtrot-1", "foxtrot", "foxtrot"]) == ["foxtrot-1", "foxtrot", "foxtrot-2"])
        #expect(Slug.unique([" a ", "-a-"]) == ["-a-", "-a--1"])
        let many = Slug.unique((0..<50).map { $0 % 2 == 0 ? "x" : "x \($0 / 2 + 1)" })
        #expect(Set(many).count == many.count)
    }

    @Test func emptySlugsRepeatToo() {
        #expect(Slug.unique(["?", "!"]) == ["", "-1"])
        #expect(Slug.unique([]) == [])
    }
}
