import Foundation
import CmarkGFM
import Testing

@Suite struct MarkdownParserTests {
    @Test func headingsListsAndPositions() {
        let doc = MarkdownParser().parse("# Title\n\n## Stage 1: Talk\n\n- **Who:** us\n- two\n")
        #expect(doc.kind == .document)
        #expect(doc.children.map(\.kind) == [.heading, .heading, .list])
        #expect(doc.children[1].headingLevel == 2)
        #expect(doc.children[1].startLine == 3)
        #expect(doc.children[1].plainText == "Stage 1: Talk")
        let list = doc.children[2]
        #expect(list.children.count == 2)
        #expect(list.children[0].startLine == 5)
        #expect(list.children[0].children[0].children[0].kind == .strong)
    }

    @Test func tablesAndLinksComeThroughTheExtensions() {
        let doc = MarkdownParser().parse("| a | b |\n|---|---|\n| [x](#stage-2) | 2 |\n")
        #expect(doc.children.first?.kind == .table)
        let links = doc.descendants().filter { $0.kind == .link }
        #expect(links.map(\.destination) == ["#stage-2"])
        #expect(links.first?.startLine == 3)
    }

    @Test func smartPunctuationIsAppliedAtParseTime() {
        let doc = MarkdownParser().parse("the child's \"plan\" -- now\n")
        #expect(doc.plainText == "the child\u{2019}s \u{201C}plan\u{201D} \u{2013} now")
    }

    @Test func footnotesAreParsed() {
        let doc = MarkdownParser().parse("Text[^1].\n\n[^1]: A note.\n")
        #expect(doc.descendants().contains { $0.kind == .footnoteReference })
        #expect(doc.children.contains { $0.kind == .footnoteDefinition })
    }

    /// What GitHub makes heading ids from: its rendering's text, without smart punctuation.
    @Test func headingTextsAreGitHubsWords() {
        let text = """
            # A -- B's "plan"...

            > ## `code` *em* [link](x.md) ![alt](i.png) <b>raw</b>[^1]

            Two
            lines
            ===

            Paragraph -- not a heading.

            [^1]: Note.
            """
        #expect(MarkdownParser().headingTexts(text) == ["A -- B's \"plan\"...", "code em link  raw1", "Two\nlines"])
        // The same headings, in the same order, as the parse the reader keeps.
        #expect(MarkdownParser().parse(text).descendants().filter { $0.kind == .heading }.count == 3)
        #expect(MarkdownParser().headingTexts("No headings.") == [])
    }

    /// Parsing shares process-wide tables in cmark-gfm; concurrent callers must still get
    /// exactly what a lone caller gets.
    @Test func concurrentParsesAgreeWithSerialOnes() async {
        let texts = (0..<16).map { i in "## Stage \(i): T\n\n- **Who:** \"p\(i)\" | x |\n\n| a | b |\n|---|---|\n| \(i) | ~~s~~ |\n" }
        let serial = texts.map { MarkdownParser().parse($0) }
        let concurrent = await withTaskGroup(of: (Int, MarkdownNode).self) { group in
            for (i, t) in texts.enumerated() { group.addTask { (i, MarkdownParser().parse(t)) } }
            var out = [MarkdownNode?](repeating: nil, count: texts.count)
            for await (i, node) in group { out[i] = node }
            return out.compactMap { $0 }
        }
        #expect(concurrent == serial)
    }
}

@Suite struct HTMLRendererTests {
    @Test func rawHTMLIsOmittedByDefault() {
        let html = HTMLRenderer().render("Hello <script>alert(1)</script> world\n\n<div onclick=x>block</div>\n")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<div onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func allowedRawHTMLPassesTheAllowListOnly() {
        let html = HTMLRenderer(options: MarkdownOptions(allowRawHTML: true))
            .render("<b>bold</b> <script>x</script> [link](javascript:alert(1))\n\n<div onclick=\"x\" class=\"note\">raw</div>\n")
        #expect(html.contains("<b>bold</b>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<div class=\"note\">raw</div>"))
        // Markdown links keep cmark-gfm's safe-mode check even when raw HTML is allowed.
        #expect(html.contains("<a href=\"\">link</a>"))
    }

    @Test func gfmExtensionsRender() {
        let html = HTMLRenderer().render("| a |\n|---|\n| 1 |\n\n~~gone~~ https://example.org\n\n- [x] done\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"https://example.org\">"))
        #expect(html.contains("checked=\"\""))
    }

    @Test func smartPunctuationReachesTheHTML() {
        #expect(HTMLRenderer().render("child's\n").contains("child\u{2019}s"))
    }
}
