import Diagnostics
import Foundation
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
        var ids: [String: Set<String>] = [:]
        var pages: [(String, String)] = []
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".svg") {
            let text = String(decoding: data, as: UTF8.self)
            ids[path] = Set(attributeValues("id", in: text).map(\.value))
            if path.hasSuffix(".html") { pages.append((path, text)) }
        }
        var out: [Diagnostic] = []
        for (page, text) in pages.sorted(by: { $0.0 < $1.0 }) {
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
        }
        return out
    }

    /// The ids a page offers to links: every id outside its inline charts (whose ids are dot's
    /// node names, not places a reader links to).
    public static func pageIDs(_ html: String) -> Set<String> {
        var text = Substring(html)
        var outside = ""
        while let open = text.firstRange(of: "<svg") {
            outside += text[..<open.lowerBound]
            guard let close = text[open.upperBound...].firstRange(of: "</svg>") else { text = ""; break }
            text = text[close.upperBound...]
        }
        outside += text
        return Set(attributeValues("id", in: outside).map(\.value))
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
        s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
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
