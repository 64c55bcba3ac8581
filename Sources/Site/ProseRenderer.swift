import Model
import TextTools

/// Fits a procedure's prose, already rendered by cmark-gfm during the one parse, to the site:
/// links to other policy files point at their pages, and headings get the ids the content's
/// link check uses.
struct ProseRenderer {
    /// Policy file name (`002_hips.md`) → that procedure's page, relative to the current page.
    let pages: [String: String]
    /// Ids already on the page; a prose heading never takes one.
    var usedIDs: Set<String>
    /// Every link the prose puts on the page, after rewriting: the content's link check has
    /// reported these against the source, so the site's own check leaves them alone.
    private(set) var contentHrefs: Set<String> = []

    init(pages: [String: String], usedIDs: Set<String>) {
        self.pages = pages
        self.usedIDs = usedIDs
    }

    mutating func render(_ prose: Prose) -> String {
        guard !prose.html.isEmpty else { return "" }
        return addHeadingIDs(rewriteLinks(prose.html), ids: prose.headingIDs)
    }

    /// `href="002_hips.md#stage-3"` → `href="../hips/index.html#stage-3"`.
    mutating func rewriteLinks(_ html: String) -> String {
        var seen: [String] = []
        let out = MarkupEscaping.rewriteAttribute("href", in: html) { value in
            let path = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            var result = value
            if let file = path.first, let page = pages[String(file)] {
                result = page + (path.count > 1 ? "#" + path[1] : "")
            }
            seen.append(result)
            return result
        }
        contentHrefs.formUnion(seen)
        return out
    }

    /// `<h3>Text</h3>` → `<h3 id="text">Text</h3>`, taking the ids the reader gave the headings
    /// in order (GitHub's slugs, as links are checked against), unique on the page.
    mutating func addHeadingIDs(_ html: String, ids: [String]) -> String {
        var out = ""
        var rest = Substring(html)
        var next = ids.makeIterator()
        while let open = rest.firstRange(of: "<h") {
            out += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            // Only <h1> … <h6> exactly as cmark writes them; <hr />, <head> and the rest pass through.
            // (Never `rest.count`: it walks the rest of the page, once per heading.)
            guard let level = rest.first, ("1"..."6").contains(level),
                  rest.dropFirst().first == ">" else { continue }
            var id = next.next() ?? "section"
            if id.isEmpty { id = "section" }
            var candidate = id
            var n = 1
            while usedIDs.contains(candidate) { candidate = "\(id)-\(n)"; n += 1 }
            usedIDs.insert(candidate)
            out += "\(level) id=\"\(MarkupEscaping.escape(candidate))\">"
            rest = rest[rest.index(rest.startIndex, offsetBy: 2)...]
        }
        return out + rest
    }
}
