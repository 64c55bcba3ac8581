import Foundation

/// Whether an email or web address is on a domain reserved for examples and tests (RFC 2606,
/// RFC 6761): `example.org`, `example.com`, `example.net` and anything under them, and any name
/// ending `.example`, `.test`, `.invalid` or `.localhost`. Nobody reads mail or serves pages
/// there, so such an address on a published page sends a worried reader nowhere: the pages
/// leave it out, and `check` asks for the real one.
public enum PlaceholderAddress {
    static let reservedDomains = ["example.org", "example.com", "example.net"]
    static let reservedTopLevel = ["example", "test", "invalid", "localhost"]

    /// `feedback@example.org`, `https://www.example.org/escalation/`, `http://hscp.test`: true.
    public static func isPlaceholder(_ address: String) -> Bool {
        guard let host = host(of: address) else { return false }
        if reservedDomains.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return true }
        let last = host.split(separator: ".").last.map(String.init) ?? host
        return reservedTopLevel.contains(last)
    }

    /// The address when it is not a placeholder; nil for a placeholder or nil.
    public static func real(_ address: String?) -> String? {
        guard let address, !isPlaceholder(address) else { return nil }
        return address
    }

    /// The host of `name@host`, `scheme://host[:port]/path` or `mailto:name@host`, lower-cased,
    /// without a trailing dot; nil when there is none.
    static func host(of address: String) -> String? {
        var rest = Substring(address.trimmingCharacters(in: .whitespaces))
        if rest.lowercased().hasPrefix("mailto:") { rest = rest.dropFirst("mailto:".count) }
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            if let end = rest.firstIndex(where: { "/?#".contains($0) }) { rest = rest[..<end] }
            if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
            if let colon = rest.lastIndex(of: ":"), !rest.contains("]") { rest = rest[..<colon] }
        } else if let at = rest.lastIndex(of: "@") {
            rest = rest[rest.index(after: at)...]
            if let end = rest.firstIndex(where: { "?>".contains($0) }) { rest = rest[..<end] }
        } else {
            return nil
        }
        var host = rest.lowercased()
        while host.hasSuffix(".") { host.removeLast() }
        return host.isEmpty ? nil : host
    }
}
