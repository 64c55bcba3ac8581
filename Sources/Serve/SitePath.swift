import Foundation

/// Which file of the served folder a request's path names, if any.
///
/// The preview server answers on the author's machine, often beside secrets; a request may
/// only ever reach a regular file inside the output folder. Anything else (dot segments,
/// encoded or not; a symbolic link anywhere on the way; sockets and devices) is "not found",
/// the same answer as a missing page, so a probe learns nothing.
public enum SitePath {
    /// Longest request path looked at, and most segments: a page address is far shorter.
    static let maximumLength = 2048
    static let maximumSegments = 32

    /// The file for `rawPath` (the request target's path, still percent-encoded) in `root`:
    /// a directory means its `index.html`.
    public static func resolve(_ rawPath: String, in root: URL) -> URL? {
        guard rawPath.utf8.count <= maximumLength, rawPath.hasPrefix("/"),
              let decoded = rawPath.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // Dot segments, and hidden files such as the output's own list of what it wrote.
        guard segments.count <= maximumSegments, !segments.contains(where: { $0.hasPrefix(".") }) else { return nil }
        guard kind(of: root.path) == .directory else { return nil }
        var current = root
        for segment in segments {
            current.appendPathComponent(segment)
            switch kind(of: current.path) {
            case .directory: continue
            case .file where segment == segments.last: return current
            default: return nil
            }
        }
        current.appendPathComponent("index.html")
        return kind(of: current.path) == .file ? current : nil
    }

    /// `rawPath` with a slash added when it names a folder without one (`/herts` → `/herts/`).
    public static func folderWithoutSlash(_ rawPath: String, in root: URL) -> String? {
        guard !rawPath.hasSuffix("/"), resolve(rawPath, in: root)?.lastPathComponent == "index.html",
              let decoded = rawPath.removingPercentEncoding, !decoded.hasSuffix("index.html") else { return nil }
        return rawPath + "/"
    }

    enum Kind { case file, directory, other }

    /// What is at `path` itself, a link never followed.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}
