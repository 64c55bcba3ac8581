import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads what the previous build left, for a rebuild that keeps pages whose inputs did not
/// change: the page manifest beside the output folder, and files of the output itself. Only
/// regular files are read, through folders that are not links, and only paths that stay inside
/// the folder; whatever is read is checked against the manifest's digests by the caller, so a
/// file that is not what escalate wrote is rendered again, never published.
public enum PreviousOutput {
    /// The manifest lives beside the output folder (like its lock), not inside it: the output
    /// is published as it is, and must be the same bytes whether it was built incrementally,
    /// cleanly or in another folder.
    public static func manifestURL(for directory: URL) -> URL {
        directory.deletingLastPathComponent().appendingPathComponent(".\(directory.lastPathComponent).manifest.json")
    }

    /// A file larger than this is not read (the site's largest files are charts' PDFs).
    public static let maximumFileBytes = 64 << 20

    public static func manifest(of directory: URL, maximumBytes: Int) -> Data? {
        regularFile(manifestURL(for: directory).path, maximumBytes: maximumBytes)
    }

    /// The previous output's file at `path` (relative, without `.` or `..` segments), nil when
    /// it is missing, not a regular file, or reached through a link.
    public static func file(_ path: String, in directory: URL) -> Data? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        var folder = directory.path
        var info = stat()
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        for part in parts.dropLast() {
            folder += "/" + part
            guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        }
        return regularFile(folder + "/" + parts[parts.count - 1], maximumBytes: maximumFileBytes)
    }

    static func regularFile(_ path: String, maximumBytes: Int) -> Data? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= maximumBytes else { return nil }
        var data = Data(count: Int(info.st_size))
        let count = data.count
        let read = data.withUnsafeMutableBytes { buffer -> Int in
            var done = 0
            while done < count {
                let n = Glibc.read(fd, buffer.baseAddress! + done, count - done)
                if n <= 0 { break }
                done += n
            }
            return done
        }
        return read == count ? data : nil
    }
}
