import Crypto
import Foundation

/// What each page of a build was rendered from, so the next build renders only the pages whose
/// inputs changed and takes the others' bytes from the output it replaces.
///
/// A page's key is the SHA-256 of exactly what its render reads: the template's name, every
/// template's source (partials are included by name, so any of them may be read), the page's
/// context encoded as JSON with sorted keys (the context is the only data a template sees; it
/// is built afresh on every build from the model, the settings, the calendars, the charts and
/// the statistics, so every input that reaches a page reaches it through here), the page's
/// path, the glossary's terms for the pages the glossary links are made on, and the identity
/// of the escalate binary (the templates' rendering, `tidy` and the glossary links are its
/// code). Nothing is keyed on file names or dates of the content: a missed input would give a
/// stale page, and a stale page is worse than a slow build.
public struct PageManifest: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Equatable {
        /// The SHA-256 of the render's inputs.
        public var key: String
        /// The SHA-256 of the page's bytes as written, so a previous file that is not what this
        /// build wrote (edited, replaced, half-copied) is never taken for it.
        public var digest: String
        /// The glossary terms linked on the page, for the glossary page's "used in" lists.
        public var glossaryTerms: [String]

        public init(key: String, digest: String, glossaryTerms: [String] = []) {
            self.key = key
            self.digest = digest
            self.glossaryTerms = glossaryTerms
        }
    }

    /// Bumped when what an entry means changes; a manifest of another format is not read.
    public static let currentFormat = "escalate-page-manifest 1"
    /// A manifest larger than this is not read.
    public static let maximumBytes = 16 << 20

    public var format = PageManifest.currentFormat
    /// By path inside the output folder.
    public var pages: [String: Entry] = [:]

    public init(pages: [String: Entry] = [:]) {
        self.pages = pages
    }

    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Nil for anything that is not a manifest of this format.
    public static func read(_ data: Data) -> PageManifest? {
        guard data.count <= maximumBytes, let manifest = try? JSONDecoder().decode(PageManifest.self, from: data),
              manifest.format == currentFormat else { return nil }
        return manifest
    }

    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The hex SHA-256 of `parts`, each length-prefixed so no two different lists of inputs run
    /// together into the same bytes.
    static func key(_ parts: [Data]) -> String {
        var hasher = SHA256()
        for part in parts {
            hasher.update(data: Data("\(part.count):".utf8))
            hasher.update(data: part)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// The pages of the output a build replaces that it may keep: those its manifest lists whose
/// file still holds exactly the bytes the manifest's digest names.
public struct PreviousPages: Sendable {
    public struct Page: Sendable {
        public var entry: PageManifest.Entry
        public var bytes: Data
    }

    public var pages: [String: Page] = [:]

    public init(pages: [String: Page] = [:]) {
        self.pages = pages
    }

    /// - Parameter read: the previous output's file at a path inside it, nil when there is none
    ///   (or it is not a regular file inside the folder).
    public init(manifest: PageManifest, read: (String) -> Data?) {
        for (path, entry) in manifest.pages {
            guard let bytes = read(path), PageManifest.sha256(bytes) == entry.digest else { continue }
            pages[path] = Page(entry: entry, bytes: bytes)
        }
    }
}
