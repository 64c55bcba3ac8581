import Diagnostics
import Model
import TextTools
import Yams

/// The addresses in site.yml on domains reserved for examples (`feedback@example.org`,
/// `https://example.org/escalation/`), wherever they stand. The pages leave them out (nobody
/// reads mail or serves pages there); the check across files asks for the real ones unless the
/// whole site is the labelled example set, whose addresses are placeholders on purpose.
struct PlaceholderAddressScan {
    struct Use: Sendable, Hashable {
        /// `owner: email`, `base-url`.
        var key: String
        var address: String
        var location: SourceLocation
    }

    /// Bounds the walk: site.yml is read with its own size limit, this only stops a deep tree.
    static let deepest = 8

    static func scan(_ map: [String: YAMLNode]) -> [Use] {
        var out: [Use] = []
        func walk(_ node: YAMLNode, _ key: String, _ depth: Int) {
            guard depth <= deepest else { return }
            switch node.node {
            case .scalar(let s):
                let v = s.string.trimmingCharacters(in: .whitespaces)
                if !v.contains(" "), v.contains("@") || v.hasPrefix("http://") || v.hasPrefix("https://"), PlaceholderAddress.isPlaceholder(v) {
                    out.append(Use(key: key, address: v, location: node.location))
                }
            case .mapping(let m):
                for (k, v) in m { walk(node.child(v), key.isEmpty ? (k.string ?? "") : key + ": " + (k.string ?? ""), depth + 1) }
            case .sequence(let seq):
                for v in seq { walk(node.child(v), key, depth + 1) }
            default:
                break
            }
        }
        for key in map.keys.sorted() { walk(map[key]!, key, 1) }
        return out.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    static func check(_ uses: [Use], procedures: [Procedure]) -> [Diagnostic] {
        // The bundled example set says on every page that it is one; its addresses stay placeholders.
        guard !procedures.isEmpty, !procedures.allSatisfy(\.example) else { return [] }
        return uses.map { use in
            let what = use.key == "base-url"
                ? "printed copies and the accessibility statement leave it out, and the sitemap and feed point nowhere"
                : "the pages leave it out"
            return .warning(.placeholderAddress, at: use.location,
                            "'\(use.key)' is \(use.address), on a domain reserved for examples: nobody reads mail or visits pages there, so \(what)",
                            help: use.key == "base-url" ? "give the address the site will be published at" : "give the address the partnership publishes, or delete the line")
        }
    }
}
