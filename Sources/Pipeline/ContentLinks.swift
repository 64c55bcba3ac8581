import Diagnostics
import Foundation
import Model
import Parallel
import PolicySource
import Site

/// The links authors wrote in policy files, checked against the pages the build made: a
/// fragment is good exactly when the generated page has that id.
enum ContentLinks {
    static func check(_ c: BuildContext) -> [Diagnostic] {
        let pages = Dictionary(c.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        // Each page's ids on its own, on every core.
        let found = c.content.reads.compactMap { read -> (String, Data)? in
            guard let p = read.procedure, let page = pages[PagePath.procedure(id: p.id).file] else { return nil }
            return (read.fileName, page)
        }.concurrentMap { (file, page) in (file, SiteLinkCheck.pageIDs(String(decoding: page, as: UTF8.self))) }
        let ids = Dictionary(found, uniquingKeysWith: { a, _ in a })
        let check = LinkCheck(pageIDs: ids, contentFiles: Set(c.snapshot.files.keys))
        return c.content.reads.flatMap { check.check($0.links, in: $0.fileName) }
    }
}
