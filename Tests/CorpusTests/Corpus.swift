import Foundation

/// The bad-input corpus: every class of problem the hardening issue lists, and a hostile string
/// in every field that reaches HTML, DOT, SVG, JSON, Atom and the sitemap. It grows with every
/// input that has broken escalate.
enum Corpus {
    static let herts = BadInput.herts

    /// Strings that try to break out of whatever they are put into.
    static let hostile: [(name: String, text: String)] = [
        ("script", "<script>alert(1)</script>"),
        ("attribute breakout", "\"><img src=x onerror=alert(1)>"),
        ("DOT breakout", "x\" ]; evil [label=\"y \\N \\G \\l"),
        ("Mustache", "{{site.title}} {{{x}}} {{> header}}"),
        ("XML breakout", "]]></title></entry><x>&"),
        ("bidi override", "\u{202E}evil\u{202C} text \u{2067}isolate\u{2069}"),
        ("combining marks", "e\u{301}\u{301}\u{301}\u{301} Zalgo\u{334}\u{335}"),
        ("entities", "&amp;&lt;&#x41;&#0; &nbsp;"),
        ("javascript address", "javascript:alert(1)"),
        ("very long", String(repeating: "long ", count: 1000)),
        ("SQL and shell", "'; DROP TABLE x; -- $(rm -rf /) `id`"),
    ]

    /// Where a hostile string goes: a field of the front matter or of the body.
    static let fields: [(name: String, old: String, make: @Sendable (String) -> String)] = [
        ("title", "title: Resolution of Professional Differences including Escalations\n", { "title: \(yaml($0))\n" }),
        ("version", "version: \"37\"\n", { "version: \(yaml($0))\n" }),
        ("partnership name", "    name: Hertfordshire Safeguarding Children Partnership\n", { "    name: \(yaml($0))\n" }),
        ("contact name", "    name: HSCP administration team\n", { "    name: \(yaml($0))\n" }),
        ("contact note", "    note: Receives Stage 3 and Stage 4 notifications, and compliments about good multi-agency practice.\n", { "    note: \(yaml($0))\n" }),
        ("amendment", "    change: Published as version 37.\n", { "    change: \(yaml($0))\n" }),
        ("stage title", "## Stage 1: Practitioners and their line managers\n", { "## Stage 1: \(markdown($0))\n" }),
        ("who", "- **Who:** the senior director of each agency\n", { "- **Who:** \(markdown($0))\n" }),
        ("section heading", "## Recognising good practice\n", { "## \(markdown($0))\n" }),
        ("category", "- A decision that has been made\n", { "- \(markdown($0))\n" }),
        ("prose", "Multi-agency colleagues do a great deal", { "\(markdown($0)) Multi-agency colleagues do a great deal" }),
    ]

    /// A YAML double-quoted scalar: JSON's escaping is valid YAML.
    static func yaml(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    /// Markdown that keeps the text on one line and cannot start a list or heading.
    static func markdown(_ text: String) -> String {
        "x " + text
    }

    static let hostileCases: [BadInput] = fields.flatMap { field in
        hostile.map { h in
            // The bundled case log names categories by their ids, so a renamed category would
            // leave its rows unknown (a case-log-unknown of its own, below): these inputs are
            // about the policy, and are built without the log.
            BadInput(name: "\(h.name) in the \(field.name)",
                     edits: [.replace(file: herts, old: field.old, new: field.make(h.text))] + (field.name == "category" ? [.remove(file: "cases")] : []),
                     outcome: .accepted)
        }
    }

    static let specialCases: [BadInput] = [
        BadInput(name: "a byte order mark", edits: [.insertBytes(file: herts, before: "---", [0xEF, 0xBB, 0xBF])], outcome: .accepted),
        BadInput(name: "Windows line endings", edits: [.replace(file: "policies/002_hips.md", old: "\n", new: "\r\n")], outcome: .accepted),
        BadInput(name: "a NUL byte in the body", edits: [.insertBytes(file: herts, before: "Multi-agency colleagues", [0])], outcome: .refused("control-character")),
        BadInput(name: "an escape sequence in the title", edits: [.insertBytes(file: herts, before: "Resolution of Professional", [0x1B, 0x5B, 0x32, 0x4A])], outcome: .refused("control-character")),
        BadInput(name: "invalid UTF-8 in the front matter", edits: [.insertBytes(file: herts, before: "Resolution of Professional", [0xC3, 0x28])], outcome: .refused("encoding")),
        BadInput(name: "invalid UTF-8 in the body", edits: [.insertBytes(file: herts, before: "Multi-agency colleagues", [0xFF])], outcome: .refused("encoding")),
        BadInput(name: "Latin-1 in site.yml", edits: [.bytes(file: "site.yml", Array("title: Caf".utf8) + [0xE9, 0x0A])], outcome: .refused("encoding")),
        BadInput(name: "an empty policy file", edits: [.write(file: "policies/009_empty.md", text: "")], outcome: .refused("front-matter-missing")),
        BadInput(name: "front matter only", edits: [.write(file: "policies/009_empty.md", text: "---\n---\n")], outcome: .refused("front-matter-missing")),
        BadInput(name: "front matter never closed", edits: [.write(file: "policies/009_x.md", text: "---\nid: x\n")], outcome: .refused("front-matter-unclosed")),
        BadInput(name: "a 1 MB line", edits: [.replace(file: herts, old: "Multi-agency colleagues", new: String(repeating: "word ", count: 200_000) + "Multi-agency colleagues")], outcome: .accepted),
        BadInput(name: "deeply nested YAML", edits: [.replace(file: herts, old: "version: \"37\"\n", new: "version: " + String(repeating: "[", count: 3000) + String(repeating: "]", count: 3000) + "\n")], outcome: .refused("yaml-syntax")),
        BadInput(name: "a YAML alias bomb", edits: [.write(file: "site.yml", text: "a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b]\n")], outcome: .refused("yaml-alias")),
        BadInput(name: "duplicate procedure ids", edits: [.replace(file: "policies/002_hips.md", old: "id: hips\n", new: "id: herts\n")], outcome: .refused("duplicate-id")),
        BadInput(name: "a huge stage number", edits: [.replace(file: herts, old: "## Stage 4: Senior directors", new: "## Stage 9223372036854775807: Senior directors")], outcome: .refused("stage-number")),
        BadInput(name: "stage 2000000000", edits: [.replace(file: herts, old: "## Stage 4: Senior directors", new: "## Stage 2000000000: Senior directors")], outcome: .refused("stage-number")),
        BadInput(name: "a huge step number", edits: [.replace(file: herts, old: "### Step 4:", new: "### Step 99999999999999999999:")], outcome: .refused("step-order")),
        BadInput(name: "a huge timescale", edits: [.replace(file: herts, old: "- **Timescale:** 3 working days", new: "- **Timescale:** 9223372036854775807 working days")], outcome: .refused("timescale")),
        BadInput(name: "a huge updated-within-days", edits: [.write(file: "site.yml", text: "updated-within-days: 99999999999999999999999\n")], outcome: .refused("site-setting")),
        BadInput(name: "a five-digit year", edits: [.replace(file: herts, old: "last-updated: 2025-05-21", new: "last-updated: 99999-05-21")], outcome: .refused("invalid-date")),
        BadInput(name: "10,000 nested block quotes", edits: [.replace(file: herts, old: "Multi-agency colleagues", new: String(repeating: "> ", count: 10_000) + "deep\n\nMulti-agency colleagues")], outcome: .refused("markdown-depth")),
        BadInput(name: "3,000 nested list items", edits: [.replace(file: herts, old: "Multi-agency colleagues", new: (0..<3000).map { String(repeating: "  ", count: $0) + "- x\n" }.joined() + "\nMulti-agency colleagues")], outcome: .refused("markdown-depth")),
        BadInput(name: "an unclosed HTML comment", edits: [.replace(file: herts, old: "## Stage 2: Second-tier managers", new: "<!-- draft\n\n## Stage 2: Second-tier managers")], outcome: .refused("html-block")),
        BadInput(name: "a link out of the content folder", edits: [.symlink(file: "theme/style.css", target: "/proc/self/environ")], outcome: .refused("content-link")),
        BadInput(name: "a FIFO", edits: [.fifo(file: "policies/005_pipe.md")], outcome: .refused("content-special-file")),
        BadInput(name: "a theme template that includes itself", edits: [.write(file: "theme/templates/header.mustache", text: "{{> header}}")], outcome: .refused("theme-template")),
        BadInput(name: "a logo with a script", edits: [.write(file: "theme/crest.svg", text: "<svg onload=\"alert(1)\"/>"), .write(file: "theme/theme.yml", text: "logo: crest.svg\nlogo-alt: Crest\n")], outcome: .refused("theme-logo")),
        BadInput(name: "a logo named like the stylesheet", edits: [.write(file: "theme/style.css", text: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), .write(file: "theme/theme.yml", text: "logo: style.css\nlogo-alt: Crest\n")], outcome: .accepted),
        BadInput(name: "a misspelt theme key", edits: [.write(file: "theme/templates/footer.mustache", text: "<footer>{{site.titel}}</footer>")], outcome: .refused("theme-template")),
        BadInput(name: "a colour with too little contrast", edits: [.write(file: "theme/theme.yml", text: "colours:\n  link: '#cccccc'\n")], outcome: .refused("theme-contrast")),
        BadInput(name: "no policies at all", edits: [.remove(file: "policies")], outcome: .refused("content-missing")),
        BadInput(name: "a calendar that is not JSON", edits: [.write(file: "calendars/closures.json", text: "{not json")], outcome: .refused("calendar-file")),
    ]

    static let all: [BadInput] = hostileCases + specialCases + caseLogCases
}
