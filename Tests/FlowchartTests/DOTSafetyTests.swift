import Flowchart
import Foundation
import Model
import Testing

/// Hostile text from content must reach the chart literally and never change the DOT.
@Suite struct DOTSafetyTests {
    static let hostile = [
        "Say \"hello\" to \\ the \\N node \\G and \\L",
        "<script>alert(1)</script>",
        "&#x41; &amp; &lt; & AT&T",
        "Line\nbreak\rand\u{0}nul\u{7}bell\u{1B}esc\u{85}nel",
        "\u{202E}right-to-left override\u{202C} and \u{200F}mark",
        "Child\u{2019}s \u{201C}plan\u{201D} \u{2013} reviewed \u{2014} now",
        "URL=\"javascript:x\" href=x image=\"/etc/passwd\"",
    ]

    @Test func escapingMakesEveryCharacterLiteral() {
        #expect(DOTEscaping.escaped("a\"b\\c") == "a\\\"b\\\\c")
        #expect(DOTEscaping.escaped("\\N") == "\\\\N")
        #expect(DOTEscaping.escaped("&#x41;") == "&amp;#x41;")
        #expect(DOTEscaping.escaped("a\nb\u{0}c\u{7F}d\u{9B}e") == "a bcde")
        let long = String(repeating: "x", count: 20_000)
        let cut = DOTEscaping.escaped(long)
        #expect(cut.utf8.count <= DOTEscaping.maximumBytes)
        #expect(cut.hasSuffix("…"))
    }

    static let writerAttributes: Set<String> = [
        "label", "labelloc", "fontname", "fontsize", "fontcolor", "rankdir", "nodesep", "ranksep", "pad", "newrank",
        "margin", "penwidth", "color", "arrowsize", "shape", "style", "peripheries", "fillcolor", "group", "weight",
        "constraint", "arrowhead", "width", "height", "fixedsize", "rank",
    ]

    /// Attribute names in DOT text, read with quoted strings skipped (escapes included).
    static func attributeNames(_ dot: String) -> [String] {
        var unquoted = ""
        var inString = false
        var escaped = false
        for ch in dot {
            if inString {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
            } else if ch == "\"" {
                inString = true
                unquoted += "Q"
            } else {
                unquoted.append(ch)
            }
        }
        var names: [String] = []
        let chars = Array(unquoted)
        for (i, ch) in chars.enumerated() where ch == "=" {
            var j = i
            while j > 0, chars[j - 1].isLetter { j -= 1 }
            names.append(String(chars[j..<i]))
        }
        return names
    }

    static func hostileProcedure() -> Procedure {
        let h = hostile
        let stages = (1...3).map { n in
            Stage(number: n, title: h[n - 1], participants: [h[n + 2], h[(n + 3) % h.count]],
                  escalatesTo: h[6], timescale: Timescale(kind: .fromRaised, value: n * 3, unit: .workingDays, note: h[0]),
                  records: [h[1]], notifications: [NotificationDuty(what: h[2], to: "c", by: h[3], how: h[4], when: h[5])],
                  outcome: n == 3 ? h[6] : nil)
        }
        return Procedure(
            id: "hostile", title: h[0] + " " + String(repeating: "long ", count: 4_000), source: "policies/x.md",
            partnerships: [Partnership(id: "p", name: h[1], contact: "c")], calendar: "england-and-wales",
            stages: stages,
            routes: [Route(title: h[1], anchor: "u", when: h[2], contacts: [h[0], String(repeating: "y", count: 20_000)])],
            subProcedures: [SubProcedure(title: h[5], anchor: "sub", appliesWhen: h[6],
                                         steps: [.init(number: 1, title: h[0], anchor: "s1", participants: [h[1]], timescale: Timescale(kind: .none))])],
            contacts: [Contact(id: "c", name: h[2], email: "a\"b@x.org")])
    }

    @Test(.enabled(if: Support.hasDot, "Graphviz's dot is not installed: install graphviz to run this test"))
    func dotAcceptsHostileContentWithoutWarningsAndShowsItLiterally() throws {
        for chart in FlowchartBuilder().charts(for: Self.hostileProcedure()) {
            // Outside quoted strings only the writer's own attribute names appear.
            let names = Set(Self.attributeNames(chart.dot))
            #expect(names.isSubset(of: Self.writerAttributes), "unexpected: \(names.subtracting(Self.writerAttributes))")
            let (status, svg, errors) = try Support.runDot(chart.dot)
            #expect(status == 0)
            #expect(errors.isEmpty, "dot said: \(errors)")
            // dot writes text as XML: what content said must come back literally.
            #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!svg.contains("<script"))
            if chart.name == "flowchart" {
                #expect(svg.contains("\\N node \\G and \\L"))
                #expect(svg.contains("&amp;#x41; &amp;amp; &amp;lt; &amp; AT&amp;T"))
                #expect(svg.contains("\u{202E}right&#45;to&#45;left override") || svg.contains("\u{202E}right-to-left override"))
                #expect(svg.contains("Child\u{2019}s \u{201C}plan\u{201D} \u{2013} reviewed \u{2014} now"))
                #expect(!svg.contains("xlink:href"))
                #expect(!svg.contains("<image"))
            }
        }
    }

    @Test(.enabled(if: Support.hasDot, "Graphviz's dot is not installed: install graphviz to run this test"))
    func everyExampleChartParsesWithoutWarnings() throws {
        for p in Support.examples {
            for chart in FlowchartBuilder().charts(for: p) {
                let (status, _, errors) = try Support.runDot(chart.dot, format: "plain")
                #expect(status == 0, "\(p.id)/\(chart.name)")
                #expect(errors.isEmpty, "\(p.id)/\(chart.name): \(errors)")
            }
        }
    }
}
