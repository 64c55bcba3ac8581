import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which escalate binary is running, for the keys of kept pages: a page rendered by another
/// build of escalate (other templates' code, another `tidy`) is never kept, even when the
/// version number was not bumped. The file's device, inode, size and modification time are
/// enough to tell two binaries apart without reading one; they never reach the output.
enum ToolIdentity {
    static func current() -> String {
        of("/proc/self/exe") ?? "unknown \(UUID().uuidString)"
    }

    /// Any program's file told apart the same way (the `dot` and `qpdf` a build runs); nil when
    /// there is no such file.
    static func of(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}
