import Foundation

/// What a theme's logo may be. It is published on every page and served from the site's own
/// address, so its type is told from its bytes, never its name: PNG, JPEG, or SVG that cannot
/// run script or fetch anything (no `<script>`, event handlers, `<foreignObject>`, DOCTYPE or
/// entities, and links only to its own `#fragments`).
public enum LogoCheck {
    public enum Kind: String, Sendable {
        case png, jpeg = "jpg", svg
    }

    public enum Verdict: Equatable, Sendable {
        case accepted(Kind)
        case refused(String)
    }

    public static func check(_ data: Data) -> Verdict {
        let bytes = [UInt8](data.prefix(16))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .accepted(.png) }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .accepted(.jpeg) }
        guard let text = String(data: data, encoding: .utf8) else {
            return .refused("it is not a PNG, JPEG or SVG file")
        }
        let lower = text.lowercased()
        guard lower.contains("<svg") else { return .refused("it is not a PNG, JPEG or SVG file") }
        let forbidden: [(String, String)] = [
            ("<script", "a <script> element"), ("<foreignobject", "a <foreignObject> element"), ("<!doctype", "a DOCTYPE"),
            ("<!entity", "an entity declaration"), ("javascript:", "a javascript: address"), ("@import", "a CSS @import"),
            ("<iframe", "an <iframe>"), ("<embed", "an <embed>"), ("<object", "an <object>"), ("<use", "a <use> element"),
        ]
        for (needle, what) in forbidden where lower.contains(needle) {
            return .refused("the SVG contains \(what)")
        }
        if let handler = attributes(in: lower).first(where: { $0.name.hasPrefix("on") }) {
            return .refused("the SVG has an event handler (\(handler.name))")
        }
        for attribute in attributes(in: lower) where attribute.name == "href" || attribute.name.hasSuffix(":href") || attribute.name == "src" {
            if !attribute.value.hasPrefix("#") { return .refused("the SVG refers to something outside itself (\(attribute.name)=\"\(attribute.value.prefix(40))\")") }
        }
        if let range = lower.range(of: "url("), !lower[range.upperBound...].drop(while: { $0 == " " || $0 == "'" || $0 == "\"" }).hasPrefix("#") {
            return .refused("the SVG refers to something outside itself (url(…))")
        }
        return .accepted(.svg)
    }

    /// Attribute names and values inside tags, roughly: enough to find handlers and links.
    private static func attributes(in text: String) -> [(name: String, value: String)] {
        var out: [(String, String)] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var inTag = false
        while i < scalars.count {
            let c = scalars[i]
            if c == "<" { inTag = true; i += 1; continue }
            if c == ">" { inTag = false; i += 1; continue }
            guard inTag, c == " " || c == "\n" || c == "\t" || c == "/" else { i += 1; continue }
            var j = i + 1
            var name = ""
            while j < scalars.count, scalars[j] != "=", scalars[j] != " ", scalars[j] != ">", scalars[j] != "\n", scalars[j] != "/" {
                name.unicodeScalars.append(scalars[j])
                j += 1
            }
            guard j < scalars.count, scalars[j] == "=", !name.isEmpty else { i = max(j, i + 1); continue }
            j += 1
            var value = ""
            if j < scalars.count, scalars[j] == "\"" || scalars[j] == "'" {
                let q = scalars[j]
                j += 1
                while j < scalars.count, scalars[j] != q { value.unicodeScalars.append(scalars[j]); j += 1 }
                j += 1
            } else {
                while j < scalars.count, scalars[j] != " ", scalars[j] != ">" { value.unicodeScalars.append(scalars[j]); j += 1 }
            }
            out.append((name, value.trimmingCharacters(in: .whitespaces)))
            i = j
        }
        return out
    }
}
