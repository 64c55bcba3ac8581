import Model
import WorkingDays

/// sitemap.xml: the pages and, for procedures, the date they last changed (from the content).
enum Sitemap {
    /// - Parameter pages: the site's own pages that exist, listed before the procedures.
    static func xml(base: String, pages: [PagePath] = PagePath.sitePages, procedures: [Procedure], glossary: Bool = false, archive: [ArchivedVersion] = []) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            out += "  <url><loc>\(XML.escape(base + page.file))</loc></url>\n"
        }
        for p in procedures {
            out += "  <url><loc>\(XML.escape(base + PagePath.procedure(id: p.id).file))</loc>"
            if let d = p.lastUpdated, d.day != nil { out += "<lastmod>\(d)</lastmod>" }
            out += "</url>\n"
        }
        // The glossary, and each superseded version at its stable address.
        if glossary { out += "  <url><loc>\(XML.escape(base + PagePath.glossary.file))</loc></url>\n" }
        for v in archive {
            out += "  <url><loc>\(XML.escape(base + PagePath.archivedVersion(id: v.procedure.id, version: v.version).file))</loc>"
            if let d = v.procedure.lastUpdated, d.day != nil { out += "<lastmod>\(d)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }
}

/// An Atom feed of the amendment histories, newest first. Dates come from the content.
enum AmendmentFeed {
    /// One amendment of one procedure; `index` counts from 1 in the procedure's own list.
    struct Entry { var procedure: Procedure; var amendment: Amendment; var index: Int }

    /// Every amendment of every procedure, newest first: the feed's entries and the updates page's.
    static func entries(_ procedures: [Procedure]) -> [Entry] {
        procedures.flatMap { p in p.amendments.enumerated().map { Entry(procedure: p, amendment: $1, index: $0 + 1) } }
            .sorted { ($0.amendment.date, $0.procedure.id, $0.index) > ($1.amendment.date, $1.procedure.id, $1.index) }
    }

    static func xml(base: String, title: String, procedures: [Procedure]) -> String {
        let entries = entries(procedures)
        let host = base.split(separator: "/").dropFirst().first.map(String.init) ?? "example.org"
        func stamp(_ d: PolicyDate) -> String { "\(d.year)-\(d.month < 10 ? "0" : "")\(d.month)-\(String(format: "%02d", d.day ?? 1))T00:00:00Z" }
        let updated = entries.first.map { stamp($0.amendment.date) } ?? "1970-01-01T00:00:00Z"
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>\(XML.escape(title)): amendments</title>
              <id>\(XML.escape(base))feed.xml</id>
              <link rel="self" href="\(XML.escape(base))feed.xml"/>
              <link href="\(XML.escape(base + PagePath.index.file))"/>
              <updated>\(updated)</updated>
              <author><name>\(XML.escape(title))</name></author>

            """
        for e in entries {
            let url = base + PagePath.procedure(id: e.procedure.id).file + "#" + ProcedureAnchor.history
            out += """
                  <entry>
                    <title>\(XML.escape(e.procedure.title)): amended \(XML.escape(DayFormat.short(e.amendment.date)))</title>
                    <id>tag:\(XML.escape(host)),\(e.amendment.date.year):\(XML.escape(e.procedure.id))/amendment-\(e.index)</id>
                    <link href="\(XML.escape(url))"/>
                    <updated>\(stamp(e.amendment.date))</updated>
                    <summary>\(XML.escape(e.amendment.change))</summary>
                  </entry>

                """
        }
        return out + "</feed>\n"
    }
}

import Foundation
