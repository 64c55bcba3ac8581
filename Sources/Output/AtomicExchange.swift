import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `renameat2(RENAME_EXCHANGE)`: swaps two paths in one step. glibc has it since 2.28, but the
/// Swift Glibc module does not import it, so it is looked up at run time; where it is missing
/// or the file system refuses (EINVAL), the caller falls back to two renames.
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static let function: RenameAt2? = {
        // A null handle is glibc's RTLD_DEFAULT: search the whole process.
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Linux's RENAME_EXCHANGE flag.
    private static let renameExchange: UInt32 = 1 << 1

    /// True when the two paths were exchanged.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let function else { return false }
        return function(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}
