/// Escaping for text that goes into HTML outside the templates (which escape on their own).
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in HTML text.
                if ch.value < 0x20 && ch != "\n" && ch != "\t" { continue }
                if (0x7F...0x9F).contains(ch.value) { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

/// Escaping for XML documents (sitemap, feed).
enum XML {
    static func escape(_ text: String) -> String { HTML.escape(text) }
}
