/// The most the snapshot reads. Content is written by people and built in CI, so every size,
/// depth and count has a ceiling, and going over it is an error that names the limit.
public struct ContentLimits: Sendable, Hashable {
    /// Largest single file. Procedures of at least 20 MB must be accepted.
    public var fileBytes: Int
    /// All files together.
    public var totalBytes: Int
    public var files: Int
    /// Folders below the root.
    public var depth: Int

    public init(fileBytes: Int = 32 << 20, totalBytes: Int = 256 << 20, files: Int = 10_000, depth: Int = 12) {
        self.fileBytes = fileBytes
        self.totalBytes = totalBytes
        self.files = files
        self.depth = depth
    }
}
