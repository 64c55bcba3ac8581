import Foundation
import Model
import WorkingDays

/// The procedure page's source document, related documents and versions.
extension ProcedurePageContext {
    struct Superseded: Encodable, Sendable {
        /// The version this page shows.
        var version: String
        /// The date the next version replaced it, or false.
        var on: Maybe<String>
        /// The version that replaced it, or false.
        var by: Maybe<String>
        /// The current version's page.
        var currentHref: String
    }

    struct VersionItem: Encodable, Sendable {
        var version: String
        /// False for the version this page shows.
        var href: Maybe<String>
        var lastUpdated: Maybe<String>
        var supersededOn: Maybe<String>
        var current: Bool
    }

    struct SourceItem: Encodable, Sendable {
        var title: String
        var url: Maybe<String>
        var date: Maybe<String>
    }

    struct RelatedItem: Encodable, Sendable {
        var title: String
        var href: String
        /// True for a document outside the site, whose web site (`host`) is named.
        var external: Bool
        var host: Maybe<String>
    }
}

extension PageContexts {
    /// Adds the source, related documents and versions to a procedure's page context.
    /// `page` is the page being made: the current one, or a superseded version's.
    func addDocuments(to context: inout ProcedurePageContext, for p: Procedure, page: PagePath, archivedVersion: ArchivedVersion? = nil) {
        let current = input.procedures.first { $0.id == p.id }
        if let source = p.sourceDocument {
            context.sourceDocument = Maybe(.init(title: source.title, url: Maybe(source.url), date: Maybe(source.date.map { DayFormat.short($0) })))
        }
        context.related = p.related.compactMap { r in
            if let id = r.procedure {
                guard let other = input.procedures.first(where: { $0.id == id }) else { return nil }
                return .init(title: other.title, href: page.link(to: .procedure(id: id)), external: false, host: .none)
            }
            guard let title = r.title, let url = r.url else { return nil }
            return .init(title: title, href: url, external: true, host: Maybe(URL(string: url)?.host))
        }
        context.hasRelated = !context.related.isEmpty
        context.hasDocuments = context.hasRelated || p.sourceDocument != nil
        if context.hasDocuments {
            context.contents.append(.init(anchor: Self.documentsAnchor, text: "Source and related documents"))
        }

        let archived = input.archive.filter { $0.procedure.id == p.id }
        if !archived.isEmpty, let current {
            context.versions = archived.map { v in
                let target = PagePath.archivedVersion(id: v.procedure.id, version: v.version)
                return .init(version: v.version, href: Maybe(target == page ? nil : page.link(to: target)),
                             lastUpdated: Maybe(v.procedure.lastUpdated.map { DayFormat.short($0) }),
                             supersededOn: Maybe(v.supersededOn.map { DayFormat.short($0) }), current: false)
            }
            let currentPage = PagePath.procedure(id: p.id)
            context.versions.append(.init(version: current.version ?? "current", href: Maybe(currentPage == page ? nil : page.link(to: currentPage)),
                                          lastUpdated: Maybe(current.lastUpdated.map { DayFormat.short($0) }), supersededOn: .none, current: true))
            context.hasVersions = true
        }
        if let archivedVersion {
            // Its timescales are no longer the ones to work to: no calculator to work them out with.
            context.calculator = .none
            context.contents.removeAll { $0.anchor == ProcedureAnchor.deadlines }
            context.superseded = Maybe(.init(version: archivedVersion.version, on: Maybe(archivedVersion.supersededOn.map { DayFormat.short($0) }),
                                             by: Maybe(archivedVersion.supersededBy), currentHref: page.link(to: .procedure(id: p.id))))
        }
    }

    static let documentsAnchor = "documents"
}
