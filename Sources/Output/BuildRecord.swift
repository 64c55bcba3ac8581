import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the last build into an output folder was made from, and exactly what it wrote, kept
/// beside the folder (`.output.build.json`, like the page manifest). A build whose inputs have
/// the same fingerprint, into a folder that still holds exactly those bytes and nothing else,
/// has nothing to do: it says the recorded diagnostics again and stops. The record pairs the
/// inputs with the bytes they produced, so whatever last wrote the folder, a match means the
/// folder holds what a build would write; any difference (an edited, added or missing file) is
/// a full build.
public struct BuildRecord: Sendable, Codable, Equatable {
    /// Bumped when what a record means changes; a record of another format is not read.
    public static let currentFormat = "escalate-build-record 1"
    /// A record larger than this is not read.
    public static let maximumBytes = 64 << 20

    public var format = BuildRecord.currentFormat
    /// The SHA-256 of every input of the build (the pipeline's `BuildFingerprint`).
    public var fingerprint: String
    /// The build's diagnostics, as the pipeline encoded them, to be said again.
    public var diagnostics: String
    /// How many procedures the build read, for its closing line.
    public var procedures: Int
    /// Every file of the output folder, the marker included, with the SHA-256 of its bytes;
    /// filled in by `OutputWriter` from what it wrote.
    public var files: [String: String]

    public init(fingerprint: String, diagnostics: String, procedures: Int, files: [String: String] = [:]) {
        self.fingerprint = fingerprint
        self.diagnostics = diagnostics
        self.procedures = procedures
        self.files = files
    }

    public static func url(for directory: URL) -> URL {
        directory.deletingLastPathComponent().appendingPathComponent(".\(directory.lastPathComponent).build.json")
    }

    /// The record beside `directory`, nil when there is none or it is not a record of this format.
    public static func read(for directory: URL) -> BuildRecord? {
        guard let data = PreviousOutput.regularFile(url(for: directory).path, maximumBytes: maximumBytes),
              let record = try? JSONDecoder().decode(BuildRecord.self, from: data), record.format == currentFormat else { return nil }
        return record
    }

    func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `directory` holds exactly the recorded files, byte for byte, and nothing else:
    /// regular files in real folders only (a link anywhere is a difference), each read and
    /// hashed, so an edit that keeps a file's size and time is still seen.
    public func describes(_ directory: URL) -> Bool {
        var found: [String] = []
        guard Self.listRegularFiles(directory.path, prefix: "", into: &found, limit: files.count),
              found.count == files.count else { return false }
        for path in found {
            guard let expected = files[path], let bytes = PreviousOutput.file(path, in: directory),
                  Self.sha256(bytes) == expected else { return false }
        }
        return true
    }

    /// Every regular file under `folder`, by path inside it; false on anything that is not a
    /// regular file or a folder, an unreadable folder, or more than `limit` files.
    private static func listRegularFiles(_ folder: String, prefix: String, into found: inout [String], limit: Int) -> Bool {
        guard let handle = opendir(folder) else { return false }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var info = stat()
            guard lstat(folder + "/" + name, &info) == 0 else { return false }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                found.append(prefix + name)
                if found.count > limit { return false }
            case S_IFDIR:
                guard listRegularFiles(folder + "/" + name, prefix: prefix + name + "/", into: &found, limit: limit) else { return false }
            default:
                return false
            }
        }
        return true
    }
}
