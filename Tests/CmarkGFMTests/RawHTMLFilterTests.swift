import CmarkGFM
import Foundation
import Testing

/// Raw HTML a site allows must not carry script, event handlers, styles or dangerous links.
/// Vectors from the OWASP XSS Filter Evasion Cheat Sheet (and its usual variants), each placed
/// inline in a paragraph and as an HTML block, and rendered the way prose is published.
@Suite struct RawHTMLFilterTests {
    static let vectors: [String] = [
        #"<SCRIPT SRC=https://cdn.example/xss.js></SCRIPT>"#,
        #"<script>alert('XSS')</script>"#,
        #"<IMG SRC="javascript:alert('XSS');">"#,
        #"<IMG SRC=javascript:alert('XSS')>"#,
        #"<IMG SRC=JaVaScRiPt:alert('XSS')>"#,
        #"<IMG SRC=`javascript:alert("RSnake says, 'XSS'")`>"#,
        #"<a onmouseover="alert(document.cookie)">xxs link</a>"#,
        #"<a onmouseover=alert(document.cookie)>xxs link</a>"#,
        #"<IMG """><SCRIPT>alert("XSS")</SCRIPT>">"#,
        #"<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>"#,
        #"<IMG SRC=# onmouseover="alert('xxs')">"#,
        #"<IMG SRC= onmouseover="alert('xxs')">"#,
        #"<IMG onmouseover="alert('xxs')">"#,
        #"<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>"#,
        #"<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">"#,
        #"<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;">x</a>"#,
        #"<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">x</a>"#,
        #"<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29">x</a>"#,
        "<a href=\"jav\tascript:alert('XSS');\">x</a>",
        #"<a href="jav&#x09;ascript:alert('XSS');">x</a>"#,
        #"<a href="jav&#x0A;ascript:alert('XSS');">x</a>"#,
        #"<a href="jav&#x0D;ascript:alert('XSS');">x</a>"#,
        "<a href=\"java\u{0}script:alert('XSS')\">x</a>",
        #"<a href=" &#14;  javascript:alert('XSS');">x</a>"#,
        #"<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>"#,
        #"<BODY onload!#$%&()*~+-_.,:;?@[/|\]^`=alert("XSS")>"#,
        #"<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>"#,
        #"<<SCRIPT>alert("XSS");//\<</SCRIPT>"#,
        #"<SCRIPT SRC=http://xss.rocks/xss.js?< B >"#,
        #"<SCRIPT SRC=//xss.rocks/.j>"#,
        #"<IMG SRC="`<javascript:alert>`('XSS')""#,
        #"<iframe src=http://xss.rocks/scriptlet.html <"#,
        #"</TITLE><SCRIPT>alert("XSS");</SCRIPT>"#,
        #"<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">"#,
        #"<BODY BACKGROUND="javascript:alert('XSS')">"#,
        #"<IMG DYNSRC="javascript:alert('XSS')">"#,
        #"<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>"#,
        #"<svg/onload=alert('XSS')>"#,
        #"<BODY ONLOAD=alert('XSS')>"#,
        #"<BGSOUND SRC="javascript:alert('XSS');">"#,
        #"<LINK REL="stylesheet" HREF="javascript:alert('XSS');">"#,
        #"<STYLE>@import'http://xss.rocks/xss.css';</STYLE>"#,
        #"<META HTTP-EQUIV="Link" Content="<http://xss.rocks/xss.css>; REL=stylesheet">"#,
        #"<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">"#,
        #"<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">"#,
        #"<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">"#,
        #"<IFRAME SRC="javascript:alert('XSS');"></IFRAME>"#,
        #"<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>"#,
        #"<TABLE BACKGROUND="javascript:alert('XSS')">"#,
        #"<TABLE><TD BACKGROUND="javascript:alert('XSS')">"#,
        #"<DIV STYLE="background-image: url(javascript:alert('XSS'))">"#,
        #"<DIV STYLE="width: expression(alert('XSS'));">"#,
        #"<BASE HREF="javascript:alert('XSS');//">"#,
        #"<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>"#,
        #"<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>"#,
        #"<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>"#,
        #"<A HREF="http://66.102.7.147/">XSS</A>"#,
        #"<A HREF="javascript:document.location='http://www.google.com/'">XSS</A>"#,
        #"<a href="vbscript:msgbox(1)">x</a>"#,
        #"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>"#,
        #"<a href="file:///etc/passwd">x</a>"#,
        #"<a href="javascript&colon;alert(1)">x</a>"#,
        #"<details open ontoggle=alert(1)>"#,
        #"<math><mi xlink:href="javascript:alert(1)">x</mi></math>"#,
        #"<form action="javascript:alert(1)"><button>x</button></form>"#,
        #"<!--<script>alert(1)</script>-->"#,
        #"<![CDATA[<script>alert(1)</script>]]>"#,
        #"<p style="color:red" id="stages">x</p>"#,
        #"<video><source onerror="alert(1)"></video>"#,
        #"<a href=" javascript:alert(1)">x</a>"#,
        #"<a href="JAVASCRIPT:alert(1)">x</a>"#,
        #"<q cite="javascript:alert(1)">x</q>"#,
    ]

    static let allowedTags: Set<String> = [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s",
        "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
    ]
    static let allowedAttributes: Set<String> = ["href", "cite", "title", "lang", "dir", "class", "start", "type", "reversed",
                                                 "colspan", "rowspan", "headers", "scope", "abbr", "open", "checked", "disabled"]

    /// An independent reading of the output (not the filter's own code): every tag and
    /// attribute must be on the allow-list and every address harmless.
    static func problems(in html: String) -> [String] {
        var out: [String] = []
        let tag = try! NSRegularExpression(pattern: "<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>")
        let attribute = try! NSRegularExpression(pattern: #"([^\s=/"']+)(?:\s*=\s*"([^"]*)")?"#)
        let ns = html as NSString
        for match in tag.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 2)).lowercased()
            if !allowedTags.contains(name) && name != "input" { out.append("tag <\(name)>") }
            let inside = ns.substring(with: match.range(at: 3)) as NSString
            for a in attribute.matches(in: inside as String, range: NSRange(location: 0, length: inside.length)) {
                let attr = inside.substring(with: a.range(at: 1)).lowercased()
                if !allowedAttributes.contains(attr) { out.append("attribute \(attr) on <\(name)>") }
                if a.range(at: 2).location != NSNotFound {
                    let value = inside.substring(with: a.range(at: 2)).lowercased().filter { !$0.isWhitespace }
                    if value.contains("javascript") || value.contains("vbscript") || value.hasPrefix("data:") || value.hasPrefix("file:")
                        || value.contains("&#") || value.contains("expression") {
                        out.append("value '\(value)' of \(attr)")
                    }
                }
            }
            // cmark-gfm's task list items are the only inputs it writes itself.
            if name == "input" && !(inside as String).contains("type=\"checkbox\"") { out.append("input that is not a task box") }
        }
        return out
    }

    @Test func owaspVectorsLeaveNothingActive() {
        #expect(Self.vectors.count >= 60)
        let renderer = HTMLRenderer(options: MarkdownOptions(allowRawHTML: true))
        var failures: [String] = []
        for vector in Self.vectors {
            for markdown in ["Before \(vector) after\n", "\(vector)\n\ntext\n"] {
                let html = renderer.render(markdown)
                let found = Self.problems(in: html)
                if !found.isEmpty { failures.append("\(vector) → \(html) (\(found.joined(separator: "; ")))") }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The check must be able to fail: unfiltered, the same vectors are caught.
    @Test func theIndependentCheckCatchesUnfilteredVectors() {
        let caught = Self.vectors.filter { !Self.problems(in: $0.lowercased()).isEmpty }
        #expect(caught.count >= 55, "only \(caught.count) caught")
    }

    @Test func harmlessMarkupPassesUnchanged() {
        let html = RawHTMLFilter.filter(#"<abbr title="Local Authority Designated Officer">LADO</abbr> <a href="https://example.org/a?b=1&amp;c=2">x</a> <a href="../hips/index.html#stage-3">y</a> <a href="mailto:a@b.org">m</a> <a href="tel:+441234">t</a>"#)
        #expect(html == #"<abbr title="Local Authority Designated Officer">LADO</abbr> <a href="https://example.org/a?b=1&amp;c=2">x</a> <a href="../hips/index.html#stage-3">y</a> <a href="mailto:a@b.org">m</a> <a href="tel:+441234">t</a>"#)
    }
}

/// Every input in `Fuzz/corpus/raw-html/` and `Fuzz/corpus/markdown/` (seeds and each crash a
/// fuzzer ever found) goes through what FuzzRawHTML and FuzzMarkdown do; the filter's output
/// keeps the allow-list's promise (no script tag, no event handler, no script URL).
@Suite struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func corpus(_ target: String) throws -> [(String, String)] {
        let dir = root.appendingPathComponent("Fuzz/corpus/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map {
            ($0, String(decoding: try Data(contentsOf: dir.appendingPathComponent($0)), as: UTF8.self))
        }
    }

    @Test func rawHTMLCorpus() throws {
        let inputs = try Self.corpus("raw-html")
        #expect(inputs.count >= 10)
        for (name, input) in inputs {
            for output in [RawHTMLFilter.filter(input), HTMLRenderer(options: MarkdownOptions(allowRawHTML: true)).render(input)] {
                let lower = output.lowercased()
                // Attribute values (double-quoted and escaped in both outputs) are text, not attributes.
                let tags = lower.replacingOccurrences(of: #"="[^"]*""#, with: "=\"\"", options: .regularExpression)
                #expect(!lower.contains("<script"), "\(name): \(output)")
                #expect(tags.range(of: #"<[^>]*\son[a-z]*\s*="#, options: .regularExpression) == nil, "\(name): \(output)")
                #expect(lower.range(of: #"(href|cite|src)="\s*(javascript|vbscript):"#, options: .regularExpression) == nil, "\(name): \(output)")
            }
        }
    }

    @Test func markdownCorpus() throws {
        let inputs = try Self.corpus("markdown")
        #expect(inputs.count >= 5)
        for (name, input) in inputs {
            for options in [MarkdownOptions(), MarkdownOptions(allowRawHTML: true, smartPunctuation: false)] {
                let parser = MarkdownParser(options: options)
                #expect(!parser.parseDocument(input).root.children.isEmpty || input.isEmpty, "\(name)")
                _ = parser.headingTexts(input)
            }
        }
    }
}
