import Foundation
import Mustache
import Parallel
@testable import Site
import Testing

/// The faster ways the pages are rendered give exactly what the plain ways gave: swift-mustache
/// looking names up through `ReflectedContext` and through `Mirror`, the byte-level `tidy` and
/// the line-by-line one it replaced, `concurrentMap` and `map`.
@Suite struct RenderingSpeedEquivalenceTests {
    struct Item: Sendable { var name: String; var note: String?; var link: Maybe<String>; var inner: Inner }
    struct Inner: Sendable, Encodable { var label: String; var flag: Bool }
    struct Page: Sendable {
        var title: String
        var note: String
        var missing: String?
        var items: [Item]
        var tags: [String]
        var html: HTMLFragment
        var empty: HTMLFragment
        var inner: Inner
        var maybe: Maybe<Inner>
        var none: Maybe<Inner>
        var count: Int
    }

    static let template = """
    <h1>{{title}}</h1>{{#missing}}never{{/missing}}{{^missing}}no missing{{/missing}}
    {{#items}}<li>{{name}}: {{note}} [{{#link}}{{.}}{{/link}}{{^link}}no link{{/link}}] {{inner.label}} {{#inner.flag}}on{{/inner.flag}} {{title}}</li>
    {{/items}}{{#tags}}<t>{{.}}</t>{{/tags}}{{{html}}}{{#empty}}E{{/empty}}{{^empty}}not empty{{/empty}}
    {{inner.label}}{{#maybe}}<m>{{label}}</m>{{/maybe}}{{#none}}N{{/none}}{{^none}}none{{/none}} {{count}} {{note}}
    """

    @Test func lookUpsThroughTheReflectedContextRenderWhatMirrorDid() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: Self.template), named: "page")
        let page = Page(
            title: "Title & <more>", note: "the page's note", missing: nil,
            items: [
                Item(name: "first", note: "its own note", link: Maybe("https://a.example"), inner: Inner(label: "one", flag: true)),
                // A nil note falls back to the page's note, as Mustache climbs the context stack;
                // a Maybe(nil) stops the climb.
                Item(name: "second", note: nil, link: .none, inner: Inner(label: "two", flag: false)),
            ],
            tags: ["a", "b"], html: HTMLFragment("<p>kept</p>"), empty: HTMLFragment(""), inner: Inner(label: "outer", flag: true),
            maybe: Maybe(Inner(label: "inside", flag: false)), none: .none, count: 3)
        let plain = try #require(library.render(page, withTemplate: "page"))
        let reflected = try #require(library.render(ReflectedContext.wrap(page), withTemplate: "page"))
        #expect(reflected == plain)
        #expect(plain.contains("second: the page&#39;s note") || plain.contains("second: the page's note"))
        #expect(plain.contains("[no link]") && plain.contains("none 3"))
    }

    /// The line-by-line `tidy` this replaced, kept here as the reference.
    static func referenceTidy(_ html: String) -> String {
        var out: [Substring] = []
        var inPre = false
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) {
            if inPre {
                out.append(line)
                if line.contains("</pre>") { inPre = false }
                continue
            }
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank, out.last.map({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) ?? true { continue }
            out.append(blank ? "" : line)
            if let open = line.range(of: "<pre", options: .backwards), !line[open.upperBound...].contains("</pre>") { inPre = true }
        }
        return out.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    @Test func tidyOnBytesIsTheLineByLineTidy() {
        let pieces = ["<p>a</p>", "", "   ", "\t", "<pre>", "  code  ", "", "</pre>", "<pre>x</pre>", "<pre class=\"a\">",
                      "text <pre>y", "z</pre> after", "\u{00A0}nbsp", "é", "  indented", "<svg>", "</svg>", "<prelude>"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let lines = (0..<Int.random(in: 0...25, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            let html = lines.joined(separator: "\n") + (Bool.random(using: &generator) ? "\n\u{00A0}" : "")
            #expect(SiteBuilder.tidy(html) == Self.referenceTidy(html), "\(html.debugDescription)")
        }
    }

    @Test func concurrentMapKeepsTheOrderAndEveryElement() {
        let input = Array(0..<5_000)
        // Uneven work, so later elements often finish first.
        let out = input.concurrentMap { n -> String in
            var x = n
            for _ in 0..<(n % 7) * 200 { x = (x &* 31) &+ 7 }
            return "\(n):\(x % 10)"
        }
        #expect(out.count == input.count)
        #expect(out.map { Int($0.split(separator: ":")[0])! } == input)
        #expect([Int]().concurrentMap { $0 } == [])
    }
}
