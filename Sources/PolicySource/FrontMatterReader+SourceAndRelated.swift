import Diagnostics
import Model

/// `source:` (the published document the procedure was written from) and `related:` (other
/// procedures by id, documents elsewhere by title and address).
extension FrontMatterReader {
    func readSourceAndRelated(_ map: [String: YAMLNode], into fm: inout FrontMatter, _ diagnostics: inout [Diagnostic]) {
        if let node = map["source"], let m = node.mapping("'source'", known: FrontMatter.sourceKeys, into: &diagnostics) {
            let title = prose(m["title"], key: "title", into: &diagnostics)
            if m["title"] == nil { missing("title", in: "'source'", at: node, into: &diagnostics) }
            let url = webAddress(m["url"], into: &diagnostics)
            let when = date(m["date"], key: "date", into: &diagnostics)
            if let title { fm.sourceDocument = SourceDocument(title: title, url: url, date: when) }
        }
        guard let items = map["related"]?.sequence("related", into: &diagnostics) else { return }
        for item in items {
            if case .scalar = item.node {
                if let id = identifier(item, key: "related", into: &diagnostics) {
                    fm.related.append(RelatedDocument(procedure: id))
                    fm.relatedLocations.append(item.location)
                }
                continue
            }
            guard let m = item.mapping("a related document", known: FrontMatter.relatedKeys, into: &diagnostics) else { continue }
            if let node = m["procedure"] {
                if m["url"] != nil || m["title"] != nil {
                    diagnostics.append(.error(.frontMatterValue, at: item.location,
                        "a related document names a procedure and a title or address",
                        help: "write either 'procedure: <id>' (the procedure's own title is shown) or 'title:' with 'url:' for a document elsewhere"))
                    continue
                }
                if let id = identifier(node, key: "procedure", into: &diagnostics) {
                    fm.related.append(RelatedDocument(procedure: id))
                    fm.relatedLocations.append(node.location)
                }
                continue
            }
            let title = prose(m["title"], key: "title", into: &diagnostics)
            let url = webAddress(m["url"], into: &diagnostics)
            if m["title"] == nil { missing("title", in: "a related document", at: item, into: &diagnostics) }
            if m["url"] == nil { missing("url", in: "a related document", at: item, into: &diagnostics) }
            if let title, let url { fm.related.append(RelatedDocument(title: title, url: url)) }
        }
    }

    /// A page someone can open: `https://` or `http://` and a host, nothing that would run.
    private func webAddress(_ node: YAMLNode?, into diagnostics: inout [Diagnostic]) -> String? {
        guard let node, let text = nonEmptyText(node, key: "url", into: &diagnostics) else { return nil }
        let lower = text.lowercased()
        let scheme = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        guard scheme > 0, text.count > scheme, !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" }) else {
            diagnostics.append(.error(.frontMatterValue, at: node.location, "'url' must be a web address starting with https://, not '\(text)'",
                                      help: "copy the document's address from the browser's address bar, e.g. https://www.example.gov.uk/procedure.pdf"))
            return nil
        }
        return text
    }
}
