import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (flock) on a file beside the output folder. The kernel drops it when the
/// process ends, however it ends, so a killed build never leaves the folder locked.
struct BuildLock {
    private let descriptor: Int32
    let path: String

    /// Waits up to `timeout` seconds for a build already running to finish.
    init(_ url: URL, timeout: Double = 120) throws(OutputWriter.Failure) {
        path = url.path
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .write(path: url.path, reason: String(cString: strerror(errno))) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK, Date() < deadline else {
                close(fd)
                throw .busy(lock: url.lastPathComponent)
            }
            usleep(50_000)
        }
        descriptor = fd
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
