// libFuzzer target: the raw-HTML allow-list (`RawHTMLFilter.filter`). Beyond not crashing, its
// output must hold the allow-list's promise, checked here independently of the filter; a
// violation calls abort(), so libFuzzer counts it as a crash:
// - no `<script` anywhere (any case);
// - every tag is an allowed tag name, every attribute an allowed one for it, and none whose name
//   starts with `on`;
// - no URL attribute (href, cite) whose scheme, read as a browser reads it (entities decoded,
//   control characters and whitespace ignored), is other than http, https, mailto or tel: so no
//   `javascript:` link. (The text `javascript:` may still appear as text, or escaped inside a
//   `title`, where it is inert.)
// It also renders the input as Markdown with raw HTML allowed and checks the whole page: no
// script tag, no handler attribute, no tag outside the allow-list and cmark-gfm's own, and no
// `javascript:`/`vbscript:` URL (cmark-gfm's safe mode keeps other schemes in Markdown links).
import CFuzzDriver
import CmarkGFM
import Foundation

let allowedTags: Set<String> = [
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "dfn", "div", "dl", "dt",
    "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre",
    "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "u", "ul", "var",
]
let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]
let globalAttributes: Set<String> = ["title", "lang", "dir", "class"]
let tagAttributes: [String: Set<String>] = [
    "a": ["href"], "blockquote": ["cite"], "q": ["cite"], "del": ["cite"], "ins": ["cite"], "ol": ["start", "type", "reversed"],
    "td": ["colspan", "rowspan", "headers"], "th": ["colspan", "rowspan", "headers", "scope", "abbr"], "details": ["open"],
]

func fail(_ why: String, _ output: String) -> Never {
    FileHandle.standardError.write(Data("RawHTMLFilter property violated: \(why)\noutput: \(output)\n".utf8))
    abort()
}

/// The tags of `html`: the text from each `<` to the next `>` outside quotes.
func tags(_ html: String) -> [[Unicode.Scalar]] {
    let chars = Array(html.unicodeScalars)
    var out: [[Unicode.Scalar]] = []
    var i = 0
    while i < chars.count {
        guard chars[i] == "<" else { i += 1; continue }
        var j = i + 1
        var quote: Unicode.Scalar?
        while j < chars.count {
            let c = chars[j]
            if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
            j += 1
        }
        out.append(Array(chars[(i + 1)..<min(j, chars.count)]))
        i = j + 1
    }
    return out
}

func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "/" }

/// Checks one tag's inside (without `<` and `>`) against the allow-list.
func check(tag: [Unicode.Scalar], in output: String, tagNames: Set<String>, strictURLs: Bool) {
    var i = 0
    if i < tag.count, tag[i] == "/" { i += 1 }
    var name = ""
    while i < tag.count, !isSpace(tag[i]) { name.unicodeScalars.append(tag[i]); i += 1 }
    let lower = name.lowercased()
    if lower.hasPrefix("script") { fail("a script tag", output) }
    guard tagNames.contains(lower) else { fail("the tag '\(name)' is not allowed", output) }
    // Attributes: name="value" pairs as the filter writes them; anything else is a violation.
    while i < tag.count {
        while i < tag.count, isSpace(tag[i]) { i += 1 }
        guard i < tag.count else { break }
        var attribute = ""
        while i < tag.count, !isSpace(tag[i]), tag[i] != "=" { attribute.unicodeScalars.append(tag[i]); i += 1 }
        let lowerAttribute = attribute.lowercased()
        if lowerAttribute.hasPrefix("on") { fail("an event-handler attribute '\(attribute)'", output) }
        if strictURLs, !globalAttributes.contains(lowerAttribute), tagAttributes[lower]?.contains(lowerAttribute) != true {
            fail("the attribute '\(attribute)' is not allowed on '\(lower)'", output)
        }
        var value = ""
        if i < tag.count, tag[i] == "=" {
            i += 1
            if i < tag.count, tag[i] == "\"" || tag[i] == "'" {
                let q = tag[i]
                i += 1
                while i < tag.count, tag[i] != q { value.unicodeScalars.append(tag[i]); i += 1 }
                i += 1
            } else {
                while i < tag.count, !isSpace(tag[i]) { value.unicodeScalars.append(tag[i]); i += 1 }
            }
        }
        if lowerAttribute == "href" || lowerAttribute == "cite" || lowerAttribute == "src" || lowerAttribute == "action" {
            checkURL(value, in: output, strict: strictURLs)
        }
    }
}

/// A URL attribute's value as a browser reads it: entities decoded (the few the filter's
/// escaping writes and numeric ones), control characters and whitespace dropped.
/// Strict: only the allowed schemes (the filter's output). Otherwise only no script schemes
/// (cmark-gfm's own links keep any other scheme, which is its safe mode).
func checkURL(_ raw: String, in output: String, strict: Bool) {
    var value = raw
    for (entity, text) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
        value = value.replacingOccurrences(of: entity, with: text)
    }
    let compact = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })).lowercased()
    guard let colon = compact.firstIndex(of: ":") else { return }
    let scheme = compact[..<colon]
    if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return }
    if strict ? !allowedSchemes.contains(String(scheme)) : (scheme == "javascript" || scheme == "vbscript") {
        fail("a URL with the scheme '\(scheme)'", output)
    }
}

let renderer = HTMLRenderer(options: MarkdownOptions(allowRawHTML: true))
// Tags cmark-gfm itself writes for Markdown (its own, not raw HTML, and escaped as it should).
let cmarkTags = allowedTags.union(["img", "input", "section", "h1", "!--"])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let output = RawHTMLFilter.filter(input)
    if output.lowercased().contains("<script") { fail("'<script' in the output", output) }
    for tag in tags(output) { check(tag: tag, in: output, tagNames: allowedTags, strictURLs: true) }
    // Through cmark-gfm with raw HTML allowed: the page never holds a script tag or a handler.
    let html = renderer.render(input)
    if html.lowercased().contains("<script") { fail("'<script' in the rendered Markdown", html) }
    for tag in tags(html) { check(tag: tag, in: html, tagNames: cmarkTags, strictURLs: false) }
    return 0
}

/// SwiftPM's `main` for this executable: libFuzzer's driver, with the options of the command line.
@_cdecl("FuzzRawHTML_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data!, size) }
}
