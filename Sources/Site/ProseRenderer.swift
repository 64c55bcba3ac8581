import TextTools
import Markdown

/// Renders a procedure's prose with cmark-gfm and makes its links and headings fit the site:
/// links to other policy files point at their pages, headings get ids.
struct ProseRenderer {
    let renderer: HTMLRenderer
    /// Policy file name (`002_hips.md`) → that procedure's page, relative to the current page.
    let pages: [String: String]
    var usedIDs: Set<String>

    init(allowRawHTML: Bool, pages: [String: String], usedIDs: Set<String>) {
        renderer = HTMLRenderer(options: MarkdownOptions(allowRawHTML: allowRawHTML))
        self.pages = pages
        self.usedIDs = usedIDs
    }

    mutating func render(_ markdown: String) -> String {
        guard !markdown.isEmpty else { return "" }
        return addHeadingIDs(rewriteLinks(renderer.render(markdown)))
    }

    /// `href="002_hips.md#stage-3"` → `href="../hips/index.html#stage-3"`.
    func rewriteLinks(_ html: String) -> String {
        MarkupEscaping.rewriteAttribute("href", in: html) { value in
            let path = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            guard let file = path.first, let page = pages[String(file)] else { return value }
            return page + (path.count > 1 ? "#" + path[1] : "")
        }
    }

    /// `<h3>Text</h3>` → `<h3 id="text">Text</h3>`, ids unique on the page.
    mutating func addHeadingIDs(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            out += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            // Only <h2> … <h6> exactly as cmark writes them; <hr />, <h1> and the rest pass through.
            guard rest.count >= 2, let level = rest.first, ("2"..."6").contains(level),
                  rest[rest.index(after: rest.startIndex)] == ">",
                  let close = rest.range(of: "</h\(level)>") else { continue }
            let inner = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound])
            var id = Slug.make(Self.stripTags(inner))
            if id.isEmpty { id = "section" }
            var candidate = id
            var n = 1
            while usedIDs.contains(candidate) { candidate = "\(id)-\(n)"; n += 1 }
            usedIDs.insert(candidate)
            out += "\(level) id=\"\(candidate)\">" + inner + "</h\(level)>"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { out.append(ch) }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }
}
