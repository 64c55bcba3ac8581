import Crypto
import Foundation

/// One SHA-256 for everything the `cases` step would read at a path: each log file's bytes,
/// the folder's `log.yml` and the problems finding them raised, so a build whose log did not
/// change can be known to be up to date without validating a row. Files are found with the
/// reader's own rules (`CaseLogFiles`) and read in bounded pieces; nothing of their text is
/// kept.
public enum CaseLogFingerprint {
    public static func of(_ path: URL, display: String) -> String {
        var hasher = SHA256()
        let found = CaseLogFiles().find(path, display: display)
        hasher.update(data: Data("exists \(found.exists)\n".utf8))
        for problem in found.problems {
            hasher.update(data: Data("problem \(problem.code) \(problem.location.file) \(problem.message)\n".utf8))
        }
        var files = found.files.map { ($0.shown, $0.url) }
        if let folder = found.folder {
            files.append(("settings", folder.appendingPathComponent(CaseLogFiles.folderSettings)))
        }
        for (shown, url) in files {
            hasher.update(data: Data("file \(shown.utf8.count):\(shown)\n".utf8))
            digest(url, into: &hasher)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// A file that cannot be opened hashes as "unreadable": the build then reads it and says why.
    private static func digest(_ url: URL, into hasher: inout SHA256) {
        guard let fd = CaseLogFiles.open(url) else {
            hasher.update(data: Data("unreadable\n".utf8))
            return
        }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            guard n > 0 else {
                if n < 0 { hasher.update(data: Data("read failed\n".utf8)) }
                break
            }
            total += n
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
        hasher.update(data: Data("\nbytes \(total)\n".utf8))
    }
}
