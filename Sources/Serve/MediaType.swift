/// The Content-Type the preview sends for a file of the site, from its extension.
enum MediaType {
    static func of(_ name: String) -> String {
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "csv": return "text/csv; charset=utf-8"
        case "txt", "md", "dot", "gv": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
