import Testing
import TextTools

@Suite struct MarkupEscapingTests {
    @Test(arguments: [
        ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;"),
        ("a & b < c > d \"e\" 'f'", "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;"),
        // Already-escaped text is escaped again: the function is for raw text.
        ("&amp;", "&amp;amp;"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
    ])
    func specialCharactersBecomeEntities(text: String, escaped: String) {
        #expect(MarkupEscaping.escape(text) == escaped)
    }

    @Test func tabAndNewlineStayOtherControlCharactersGo() {
        #expect(MarkupEscaping.escape("a\tb\nc") == "a\tb\nc")
        let c0 = (0..<0x20).compactMap(Unicode.Scalar.init).filter { $0 != "\t" && $0 != "\n" }
        let c1 = (0x7F...0x9F).compactMap(Unicode.Scalar.init)
        for scalar in c0 + c1 {
            #expect(MarkupEscaping.escape("a\(Character(scalar))b") == "ab", "U+\(String(scalar.value, radix: 16))")
        }
        #expect(MarkupEscaping.escape("\r\n") == "\n")
    }

    @Test func everythingElseIsUnchanged() {
        let text = "Café – “quoted” ’ 😄 \u{00A0} \u{A0}é \u{202E} / = ` ; # %"
        #expect(MarkupEscaping.escape(text) == text)
        #expect(MarkupEscaping.escape("") == "")
    }

    /// The output never contains a character that could open or close markup or an attribute.
    @Test func escapedTextHasNoMarkupCharacters() {
        let text = String((0..<0x80).compactMap(Unicode.Scalar.init).map(Character.init))
        let escaped = MarkupEscaping.escape(text)
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\"") && !escaped.contains("'"))
        #expect(escaped.replacingAmpersandEntities().allSatisfy { $0 != "&" })
    }

    @Test func rewriteAttributeChangesOnlyThatAttribute() {
        let html = #"<a href="a.md#x">a</a> <a class="x" href="">b</a> <img data-href="keep" src="s.png">"#
        let out = MarkupEscaping.rewriteAttribute("href", in: html) { "[" + $0 + "]" }
        #expect(out == #"<a href="[a.md#x]">a</a> <a class="x" href="[]">b</a> <img data-href="keep" src="s.png">"#)
        #expect(MarkupEscaping.rewriteAttribute("src", in: html) { $0.uppercased() }.hasSuffix(#"src="S.PNG">"#))
    }

    @Test func rewriteAttributeLeavesMarkupWithoutItAlone() {
        #expect(MarkupEscaping.rewriteAttribute("href", in: "<p>no links</p>") { _ in "x" } == "<p>no links</p>")
        // An unterminated value is left as it is.
        #expect(MarkupEscaping.rewriteAttribute("href", in: #"<a href="open"#) { _ in "x" } == #"<a href="open"#)
        var seen: [String] = []
        _ = MarkupEscaping.rewriteAttribute("href", in: #"<a href="1"></a><a href="2"></a>"#) { seen.append($0); return $0 }
        #expect(seen == ["1", "2"])
    }
}

private extension String {
    /// The text with the five entities `escape` writes taken out, to look for bare ampersands.
    func replacingAmpersandEntities() -> String {
        var out = self
        for entity in ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"] {
            out = out.split(separator: entity, omittingEmptySubsequences: false).joined()
        }
        return out
    }
}
