import Foundation
import Model
import PolicySource
import Testing

/// The ids the reader gives headings are the ones GitHub gives the same file, so that a link
/// that works on the code-hosting site works on the pages. GitHub makes an id from the text of
/// its rendering of the heading (no smart punctuation; an image's alt text is not text), lower
/// case, keeping letters, marks, digits, `_` and `-`, spaces as `-`, dropping the rest.
@Suite struct HeadingIDTests {
    static func ids(_ headings: [String]) throws -> [String] {
        let text = """
            ---
            id: ids
            title: Ids
            partnerships:
              - id: example
                name: Example
            ---
            ## Guidance

            \(headings.map { $0 + "\n\nText.\n" }.joined(separator: "\n"))
            [^1]: A note.
            """
        let read = ProcedureReader().read(bytes: Array(text.utf8), file: "ids.md", source: "policies/ids.md")
        let section = try #require(read.procedure?.sections.first)
        #expect(read.anchors == Set(section.body.headingIDs + ["guidance"]))
        return section.body.headingIDs
    }

    @Test(arguments: [
        // Smart punctuation is the site's, not GitHub's: ids come from the hyphens the author typed…
        ("### A -- B", "a----b"),
        ("### Stage one --- the talk", "stage-one-----the-talk"),
        ("### The child's plan -- next steps", "the-childs-plan----next-steps"),
        // …even when the same heading has a typed apostrophe (pasted from a word processor),
        ("### The child\u{2019}s plan -- next steps", "the-childs-plan----next-steps"),
        // while a typed dash is punctuation, dropped.
        ("### Before \u{2013} after", "before--after"),
        ("### Fish &amp; chips &ndash; Friday", "fish--chips--friday"),
        ("### a < b", "a--b"),
        ("### Q&A: who? (and why!)", "qa-who-and-why"),
        ("### Wait... \"quoted\" 'words'", "wait-quoted-words"),
        ("### `code_span()` and *emphasis* and **strong**", "code_span-and-emphasis-and-strong"),
        ("### [Working Together](https://example.org) 2023", "working-together-2023"),
        ("### ~~Old~~ new", "old-new"),
        ("### <em>Raw</em> words", "raw-words"),
        // An image's alt text is an attribute, not text: a badge leaves its spaces behind.
        ("### Logo ![the badge](badge.png) here", "logo--here"),
        ("### Note[^1]", "note1"),
        ("### 😄 Emoji", "-emoji"),
        // A variation selector is a mark, which GitHub keeps.
        ("### \u{26A0}\u{FE0F} Warning", "\u{FE0F}-warning"),
        ("### Привет non-latin 你好", "привет-non-latin-你好"),
        ("### Équipe Ⅻ ½ ²", "équipe-ⅻ--"),
        ("### snake_case ‿ tie", "snake_case-‿-tie"),
        ("### Tab\there", "tabhere"),
        ("### :smile: - a gemoji", "smile---a-gemoji"),
        // The words of a heading over two lines run together: the line break is not a space.
        ("Line one\nline two\n===", "line-oneline-two"),
    ])
    func githubsIDs(heading: String, id: String) throws {
        #expect(try Self.ids([heading]) == [id])
    }

    /// GitHub numbers repeats and never gives two headings the same id, even when a heading's
    /// own slug looks like a numbered repeat.
    @Test func repeatsAreNumberedWithoutCollisions() throws {
        #expect(try Self.ids(["### Echo", "### Echo", "### Echo 1", "### Echo-1", "### Echo"])
            == ["echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2"])
        #expect(try Self.ids(["### Foxtrot-1", "### Foxtrot", "### Foxtrot"]) == ["foxtrot-1", "foxtrot", "foxtrot-2"])
    }
}
