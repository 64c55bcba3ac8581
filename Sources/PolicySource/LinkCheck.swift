import Diagnostics
import Foundation
import TextTools

/// Checks the links authors write in policy files: a fragment must be an id on the page the
/// link leads to, and a relative path must name a file in the content. Fragments are checked
/// against the ids the generated pages really have, so the check and the pages cannot disagree.
public struct LinkCheck: Sendable {
    /// The ids of each procedure's page (outside its charts), by policy file name
    /// (`000_herts.md`). A file whose page was not made is absent; links to it are not checked.
    public var pageIDs: [String: Set<String>]
    /// Every file in the content, by path relative to the content folder.
    public var contentFiles: Set<String>

    public init(pageIDs: [String: Set<String>], contentFiles: Set<String>) {
        self.pageIDs = pageIDs
        self.contentFiles = contentFiles
    }

    public func check(_ links: [ReadProcedure.Link], in fileName: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for link in links {
            let destination = link.destination
            if destination.isEmpty {
                out.append(.error(.linkEmpty, at: link.location, "a link has no destination", help: "put the target in the brackets: [text](#stage-2)"))
                continue
            }
            if LinkTarget.isExternal(destination) { continue }
            var path = destination
            var fragment: String?
            if let hash = destination.firstIndex(of: "#") {
                path = String(destination[..<hash])
                fragment = String(destination[destination.index(after: hash)...])
            }
            if let q = path.firstIndex(of: "?") { path = String(path[..<q]) }
            path = path.removingPercentEncoding ?? path
            let target: String
            if path.isEmpty {
                target = fileName
            } else {
                let resolved = Self.normalise(ContentLoader.policiesFolder + "/" + path)
                if let resolved, resolved.hasPrefix(ContentLoader.policiesFolder + "/"),
                   !resolved.dropFirst(ContentLoader.policiesFolder.count + 1).contains("/"), resolved.hasSuffix(".md") {
                    target = String(resolved.dropFirst(ContentLoader.policiesFolder.count + 1))
                    if !contentFiles.contains(resolved) {
                        out.append(.error(.linkBroken, at: link.location, "the link target '\(path)' does not exist",
                            help: "link to another procedure by its file name, e.g. [HIPS](002_hips.md#stage-3), or fix the path"))
                        continue
                    }
                } else {
                    if resolved.map({ !contentFiles.contains($0) }) ?? true {
                        out.append(.error(.linkBroken, at: link.location, "the link target '\(path)' does not exist",
                            help: "link to another procedure by its file name, e.g. [HIPS](002_hips.md#stage-3), or fix the path"))
                    }
                    continue
                }
            }
            guard let fragment, !fragment.isEmpty else { continue }
            guard let known = pageIDs[target] else { continue }
            if !known.contains(fragment) {
                let place = target == fileName ? "this procedure" : target
                let message = path.isEmpty
                    ? "the link '#\(fragment)' names no stage or heading of \(place)"
                    : "the link '\(destination)' points to '#\(fragment)', which is not in \(place)"
                // A near miss by spelling, or a heading that starts the same way ("#concern" → "#concern-template").
                let stem = fragment.split(separator: "-").first.map(String.init) ?? fragment
                let near = Suggestion.nearest(to: fragment, in: known.sorted())
                    ?? known.sorted().first { $0.hasPrefix(stem + "-") || $0 == stem }
                out.append(.error(.linkAnchor, at: link.location, message,
                    help: (near.map { "did you mean '#\($0)'? " } ?? "")
                        + "link to a stage as #stage-N or to a heading by its slug (lowercase, spaces as hyphens)"))
            }
        }
        return out
    }

    /// `policies/../calendars/x.json` → `calendars/x.json`; nil when it climbs out of the content folder.
    static func normalise(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }
}
