import Diagnostics
import Foundation
import TextTools

/// Checks links between and within policy files: a fragment must name a stage,
/// heading or page section that exists, and a relative path must name a file that exists.
struct LinkCheck {
    /// Fragment ids the generated procedure page adds to those of the source.
    static let pageAnchors: Set<String> = ["contents", "urgent-routes", "stages", "flowchart", "contacts", "history"]

    /// Anchors by policy file name (e.g. `000_herts.md`).
    let anchors: [String: Set<String>]
    /// Folder the policy files sit in, for links to other files.
    let directory: URL

    func check(_ links: [ReadProcedure.Link], in fileName: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for link in links {
            let destination = link.destination
            if destination.isEmpty {
                out.append(.error("link-empty", at: link.location, "a link has no destination", help: "put the target in the brackets: [text](#stage-2)"))
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
                let url = directory.appendingPathComponent(path).standardizedFileURL
                if url.deletingLastPathComponent().path == directory.standardizedFileURL.path, anchors[url.lastPathComponent] != nil {
                    target = url.lastPathComponent
                } else {
                    if !FileManager.default.fileExists(atPath: url.path) {
                        out.append(.error("link-broken", at: link.location, "the link target '\(path)' does not exist",
                            help: "link to another procedure by its file name, e.g. [HIPS](002_hips.md#stage-3), or fix the path"))
                    }
                    continue
                }
            }
            guard let fragment, !fragment.isEmpty else { continue }
            let known = (anchors[target] ?? []).union(Self.pageAnchors)
            if !known.contains(fragment) {
                let place = target == fileName ? "this procedure" : target
                let message = path.isEmpty
                    ? "the link '#\(fragment)' names no stage or heading of \(place)"
                    : "the link '\(destination)' points to '#\(fragment)', which is not in \(place)"
                // A near miss by spelling, or a heading that starts the same way ("#concern" → "#concern-template").
                let stem = fragment.split(separator: "-").first.map(String.init) ?? fragment
                let near = Suggestion.nearest(to: fragment, in: known.sorted())
                    ?? known.sorted().first { $0.hasPrefix(stem + "-") || $0 == stem }
                out.append(.error("link-anchor", at: link.location, message,
                    help: (near.map { "did you mean '#\($0)'? " } ?? "")
                        + "link to a stage as #stage-N or to a heading by its slug (lowercase, spaces as hyphens)"))
            }
        }
        return out
    }
}
