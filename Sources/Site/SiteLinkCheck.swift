import Diagnostics
import Foundation
import Parallel
import TextTools

/// Checks that every internal link and fragment in the generated site resolves: `href` and
/// `src` in each HTML page must name a file that exists in the output and, after `#`, an id
/// on that page. Reported like content errors, with the page and line.
public enum SiteLinkCheck {
    /// - Parameter skipping: per page, link values that came from policy prose; the content's own
    ///   link check reports those at their line in the policy file.
    /// - Parameter sitePath: the path of `base-url` (`/escalation/`): a link that starts with it
    ///   (the 404 page's, which may be served from any depth) is resolved from the site's top.
    public static func check(_ files: [String: Data], skipping: [String: Set<String>] = [:], sitePath: String? = nil) -> [Diagnostic] {
        // Each page is read, and then checked, on its own: both on every core, the problems
        // gathered in the pages' order.
        let read = files.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".svg") }.sorted { $0.key < $1.key }
            .concurrentMap { (path, data) in
                let text = String(decoding: data, as: UTF8.self)
                return (path: path, text: text, ids: Set(attributeValues("id", in: text).map(\.value)))
            }
        let ids = Dictionary(read.map { ($0.path, $0.ids) }, uniquingKeysWith: { a, _ in a })
        let pages = read.filter { $0.path.hasSuffix(".html") }.map { (page: $0.path, text: $0.text) }
        let out = pages.concurrentMap { (page, text) -> [Diagnostic] in
            var out: [Diagnostic] = []
            let folder = (page as NSString).deletingLastPathComponent
            for name in ["href", "src"] {
                for (value, line, column) in attributeValues(name, in: text) {
                    if name == "href", skipping[page]?.contains(value) == true { continue }
                    let link = decodeEntities(value)
                    if LinkTarget.isExternal(link) { continue }
                    let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                    let pathPart = String(parts[0])
                    let fragment = parts.count > 1 ? String(parts[1]) : nil
                    let fromTop = sitePath.map { pathPart.hasPrefix($0) } ?? false
                    let target = pathPart.isEmpty ? page
                        : fromTop ? normalise(String(pathPart.dropFirst(sitePath?.count ?? 0)))
                        : normalise(folder.isEmpty ? pathPart : folder + "/" + pathPart)
                    let location = SourceLocation(file: "output/" + page, line: line, column: column)
                    guard files[target] != nil else {
                        out.append(.error(.siteLink, at: location, "the link '\(link)' points to '\(target)', which the build does not make",
                                          help: "fix the link in the content or theme template that produced it"))
                        continue
                    }
                    if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !(ids[target]?.contains(fragment) ?? false) {
                        out.append(.error(.siteLink, at: location, "the link '\(link)' points to '#\(fragment)', which is not on \(target)",
                                          help: "fix the link in the content or theme template that produced it"))
                    }
                }
            }
            return out
        }.flatMap { $0 }
        return out
    }

    /// The ids a page offers to links: every id outside its inline charts (whose ids are dot's
    /// node names, not places a reader links to).
    public static func pageIDs(_ html: String) -> Set<String> {
        let bytes = Array(html.utf8)
        let open = Array("<svg".utf8), close = Array("</svg>".utf8)
        var outside: [UInt8] = []
        var at = 0
        while let start = bytes.firstIndex(ofBytes: open, from: at) {
            outside += bytes[at..<start]
            guard let end = bytes.firstIndex(ofBytes: close, from: start + open.count) else { at = bytes.count; break }
            at = end + close.count
        }
        outside += bytes[at...]
        return Set(attributeValues("id", in: String(decoding: outside, as: UTF8.self)).map(\.value))
    }

    /// `a/../b/./c` → `b/c`.
    static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        return s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
    }

    /// Values of ` name="…"` attributes with their line and column.
    static func attributeValues(_ name: String, in text: String) -> [(value: String, line: Int, column: Int)] {
        var out: [(String, Int, Int)] = []
        let needle = Array(" \(name)=\"".utf8)
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1; i += 1; continue }
            if bytes[i] == needle[0], i + needle.count <= bytes.count, bytes[i..<(i + needle.count)].elementsEqual(needle) {
                let start = i + needle.count
                var end = start
                while end < bytes.count, bytes[end] != 0x22 { end += 1 }
                out.append((String(decoding: bytes[start..<end], as: UTF8.self), line, i - lineStart + 2))
                i = end
                continue
            }
            i += 1
        }
        return out
    }
}
