import Model
@testable import Site
import Testing

/// The glossary's links are made on rendered pages, so these feed it HTML that tries to trip
/// it: terms in links, headings, ids, attributes, code, character references and charts.
@Suite struct GlossaryLinkerTests {
    static let terms = [
        GlossaryTerm(term: "LADO", expansion: "Local Authority Designated Officer", definition: "d", aliases: ["designated officer"]),
        GlossaryTerm(term: "ICPC", expansion: "Initial Child Protection Conference", definition: "d", aliases: ["initial child protection conference"]),
        GlossaryTerm(term: "child protection conference", definition: "d"),
        GlossaryTerm(term: "DSL", expansion: "Designated Safeguarding Lead", definition: "d"),
        GlossaryTerm(term: "amp", definition: "a word that is also an entity's name"),
        GlossaryTerm(term: "Working Together", definition: "the guidance"),
    ]

    func link(_ main: String) -> (String, Set<String>) {
        let page = "<html><head><title>LADO</title></head><body><header>LADO</header><main id=\"main\">" + main + "</main><footer>LADO</footer></body></html>"
        let (html, linked) = GlossaryLinker(terms: Self.terms).link(page) { "../glossary.html#" + $0.anchor }
        let inside = html.components(separatedBy: "<main id=\"main\">")[1].components(separatedBy: "</main>")[0]
        #expect(html.hasPrefix("<html><head><title>LADO</title></head><body><header>LADO</header>"), "outside <main> nothing changes")
        #expect(html.hasSuffix("</main><footer>LADO</footer></body></html>"))
        return (inside, linked)
    }

    static let lado = "<a class=\"glossary-term\" href=\"../glossary.html#term-lado\"><abbr title=\"Local Authority Designated Officer\">LADO</abbr></a>"

    @Test func theFirstAppearanceInTextIsLinkedOnce() {
        let (html, linked) = link("<p>Tell the LADO. The LADO decides.</p><p>Ask the LADO again.</p>")
        #expect(html == "<p>Tell the \(Self.lado). The LADO decides.</p><p>Ask the LADO again.</p>")
        #expect(linked == ["LADO"])
    }

    @Test func linksHeadingsCodeFormsAndChartsAreLeftAlone() {
        let (html, _) = link("""
            <h2 id="lado-route">The LADO route</h2><nav><a href="#lado">LADO</a></nav>\
            <p><a href="https://example.org/LADO">the LADO page</a> <code>LADO</code> <pre>LADO</pre>\
            <svg><text>LADO</text><a><text>LADO</text></a></svg><label for="x">LADO</label>\
            <img alt="LADO" src="LADO.png" title='a > LADO'><!-- LADO --> then the LADO.</p>
            """)
        #expect(html.contains("<h2 id=\"lado-route\">The LADO route</h2>"))
        #expect(html.contains("<a href=\"https://example.org/LADO\">the LADO page</a>"))
        #expect(html.contains("<code>LADO</code> <pre>LADO</pre>"))
        #expect(html.contains("<svg><text>LADO</text><a><text>LADO</text></a></svg>"))
        #expect(html.contains("<img alt=\"LADO\" src=\"LADO.png\" title='a > LADO'><!-- LADO --> then the \(Self.lado).</p>"))
        #expect(html.components(separatedBy: "glossary-term").count == 2, "one link only: \(html)")
    }

    @Test func onlyWholeWordsInTheirOwnCaseForAbbreviations() {
        let (html, linked) = link("<p>LADOs, PALADON, lado, xLADO, DSL-led work and dsl.</p>")
        #expect(!html.contains("term-lado"), "LADO only as a word of its own: \(html)")
        #expect(html.contains("<abbr title=\"Designated Safeguarding Lead\">DSL</abbr></a>-led"))
        #expect(!html.contains(">dsl<"))
        #expect(linked == ["DSL"])
    }

    @Test func aSpellingWithACapitalIsMatchedAsWrittenAndALowerCaseOneInAnyCase() {
        let (html, linked) = link("<p>Agencies working together. Child protection conference first. Then Working Together.</p>")
        #expect(html.contains("Agencies working together."))
        #expect(html.contains("<a class=\"glossary-term\" href=\"../glossary.html#term-child-protection-conference\">Child protection conference</a> first"))
        #expect(html.contains("Then <a class=\"glossary-term\" href=\"../glossary.html#term-working-together\">Working Together</a>."))
        #expect(linked == ["child protection conference", "Working Together"])
    }

    @Test func longerTermsWinAndAliasesLinkWithoutAnAbbreviation() {
        let (html, linked) = link("<p>Ask for an initial child\nprotection conference. A child protection conference follows; the ICPC is later.</p>")
        #expect(html.contains("an <a class=\"glossary-term\" href=\"../glossary.html#term-icpc\">initial child\nprotection conference</a>."),
                "the longest spelling, over a line break, as a plain link: \(html)")
        #expect(html.contains("A <a class=\"glossary-term\" href=\"../glossary.html#term-child-protection-conference\">child protection conference</a> follows"))
        #expect(html.contains("the ICPC is later"), "ICPC is already linked, through its alias")
        #expect(linked == ["ICPC", "child protection conference"])
    }

    @Test func characterReferencesAreNeverCutIntoAndTextStaysEscaped() {
        let (html, _) = link("<p>Fish &amp; chips &#amp; and an amp &lt;LADO&gt;</p>")
        #expect(html.contains("Fish &amp; chips &#amp; and an <a class=\"glossary-term\" href=\"../glossary.html#term-amp\">amp</a> &lt;\(Self.lado)&gt;"), "\(html)")
    }

    @Test func aTermAfterAnUnclosedTagOrInAnAttributeWithQuotesIsNotLinked() {
        let (html, _) = link("<p data-x=\"<b>LADO</b>\">x</p><p class='LADO'>")
        #expect(!html.contains("glossary-term"), "\(html)")
    }

    @Test func pagesWithoutMainOrTermsAreUnchanged() {
        let page = "<p>LADO</p>"
        #expect(GlossaryLinker(terms: Self.terms).link(page) { _ in "" }.html == page)
        #expect(GlossaryLinker(terms: []).link("<main>LADO</main>") { _ in "" }.html == "<main>LADO</main>")
    }
}
