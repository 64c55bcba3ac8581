/// Whether a link leaves the document set: anything with a scheme (`https:`, `mailto:`, `tel:`)
/// or starting with `//`. The content's link check and the site's link check must agree on it.
public enum LinkTarget {
    public static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("//") { return true }
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return scheme.first?.isLetter == true
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }
}
