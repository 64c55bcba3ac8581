import Crypto
import Foundation

/// One input file exactly as it was read: its path inside the folder it came from, its raw
/// bytes and a SHA-256 of those bytes. The hash is taken before anything (BOM removal, line
/// endings) touches the text, so it names what is on disk.
public struct SourceFile: Sendable, Hashable {
    /// Relative to the snapshot's root, with `/` separators: `policies/000_herts.md`.
    public let path: String
    public let bytes: Data
    /// Lowercase hex SHA-256 of `bytes`.
    public let hash: String

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
        self.hash = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The file name without its folder: `000_herts.md`.
    public var name: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
