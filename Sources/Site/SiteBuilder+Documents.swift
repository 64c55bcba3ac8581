import Foundation
import Model
import TextTools

/// The parts of the site that span every procedure: the search page and its index, the
/// glossary and the links to it, and the superseded versions' pages.
extension SiteBuilder {
    /// The glossary's links on each procedure page (and superseded version), then the pages of
    /// the glossary, the search and the superseded versions.
    /// - Parameters:
    ///   - kept: the terms linked on a page kept from the previous build (already linked), nil
    ///     for a page this build rendered.
    ///   - linked: told the terms linked on each page this build links.
    func buildDocuments(_ input: SiteInput, contexts: PageContexts, file: (String) -> Data?, store: (String, Data) -> Void,
                        kept: (String) -> [String]? = { _ in nil }, linked: (String, [String]) -> Void = { _, _ in },
                        render: (String, any Encodable & Sendable, PagePath) -> Void) {
        var usedIn: [String: [Procedure]] = [:]
        if !input.glossary.isEmpty {
            let linker = GlossaryLinker(terms: input.glossary)
            func link(_ page: PagePath, _ p: Procedure?) {
                let terms: [String]
                if let previous = kept(page.file) {
                    terms = previous
                } else {
                    guard let data = file(page.file) else { return }
                    let (html, made) = linker.link(String(decoding: data, as: UTF8.self)) { page.link(to: .glossary, fragment: $0.anchor) }
                    store(page.file, Data(html.utf8))
                    terms = made.sorted()
                    linked(page.file, terms)
                }
                if let p { for term in terms { usedIn[term, default: []].append(p) } }
            }
            for p in input.procedures { link(.procedure(id: p.id), p) }
            for v in input.archive { link(.archivedVersion(id: v.procedure.id, version: v.version), nil) }
            let page = PagePath.glossary
            let terms = input.glossary.sorted { $0.term.lowercased() < $1.term.lowercased() }.map { term in
                let list = usedIn[term.term] ?? []
                return GlossaryPageContext.Term(
                    anchor: term.anchor, term: term.term, expansion: Maybe(term.expansion), definition: term.definition,
                    hasUsedIn: !list.isEmpty,
                    usedIn: list.enumerated().map { .init(href: page.link(to: .procedure(id: $1.id)), title: $1.title,
                                                            partnershipNames: $1.partnerships.map(\.name).joinedAsProse, last: $0 == list.count - 1) })
            }
            render("glossary", GlossaryPageContext(root: page.root, nav: NavContext(glossary: true), site: contexts.site(), terms: terms), page)
            // The linker ran on rendered pages: a glossary page rendered after them is not linked.
        }
        render("search", SearchPageContext(root: PagePath.search.root, nav: NavContext(), site: contexts.site(), hasGlossary: !input.glossary.isEmpty), .search)
        store(Self.searchIndexFile, Data(SearchIndex(procedures: input.procedures, glossary: input.glossary, immediateRisk: input.settings.immediateRisk).script().utf8))
        store(Self.searchScriptFile, Data(BuiltInTheme.searchScript.utf8))
    }

    /// Each superseded version's page: the procedure template with a banner, no charts (they
    /// are the current version's) and links made from its own address.
    func renderArchive(_ input: SiteInput, contexts: PageContexts, render: (String, any Encodable & Sendable, PagePath) -> Void) {
        for version in input.archive {
            let p = version.procedure
            let page = PagePath.archivedVersion(id: p.id, version: version.version)
            let pages = Dictionary(input.procedures.map { (($0.source as NSString).lastPathComponent, page.link(to: .procedure(id: $0.id))) },
                                   uniquingKeysWith: { a, _ in a })
            var prose = ProseRenderer(pages: pages, usedIDs: Self.fixedIDs(p))
            var context = contexts.procedure(p, prose: &prose)
            context.root = page.root
            context.updated = false
            context.hasFlowcharts = false
            context.flowcharts = []
            for i in context.subProcedures.indices { context.subProcedures[i].chart = .none }
            context.contents.removeAll { $0.anchor == ProcedureAnchor.flowchart }
            contexts.addDocuments(to: &context, for: p, page: page, archivedVersion: version)
            render("procedure", context, page)
        }
    }

    static let searchIndexFile = "search-index.js"
    static let searchScriptFile = "assets/search.js"
}
