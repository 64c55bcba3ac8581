#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A spelling table (`CaseLogConfiguration`'s lookups) found by a cell's bytes as they stand
/// in the file, without making a `String` of them: open addressing over the ASCII spellings,
/// compared byte for byte. A hit is the entry `table[text]` would give (equal ASCII bytes are
/// equal strings); a miss says only that the plain look-up fails, and the caller then asks the
/// table itself (which normalises the text).
struct SpellingTable<Value>: Sendable where Value: Sendable {
    private var keys: [UInt8] = []
    /// Per entry: where its key starts in `keys`, and its length.
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var values: [Value] = []
    /// Entry index + 1 by hash; 0 is empty.
    private var buckets: [Int32]
    private let mask: Int

    init(_ table: [String: Value]) {
        for (key, value) in table.sorted(by: { $0.key < $1.key }) where key.utf8.allSatisfy({ $0 < 0x80 }) {
            starts.append(keys.count)
            lengths.append(key.utf8.count)
            keys.append(contentsOf: key.utf8)
            values.append(value)
        }
        var size = 16
        while size < values.count * 4 { size <<= 1 }
        mask = size - 1
        buckets = [Int32](repeating: 0, count: size)
        for i in values.indices {
            let h = keys.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[starts[i]..<starts[i] + lengths[i]])) }
            var b = h & mask
            while buckets[b] != 0 { b = (b + 1) & mask }
            buckets[b] = Int32(i + 1)
        }
    }

    /// A quick hash of a short spelling: its length and its first and last eight bytes (or
    /// every byte, when fewer), mixed by one multiply. Spellings differ early or late.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        guard let p = bytes.baseAddress, n > 0 else { return 0 }
        let raw = UnsafeRawPointer(p)
        var a: UInt64, b: UInt64
        if n >= 8 {
            a = raw.loadUnaligned(as: UInt64.self)
            b = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else {
            a = 0
            for i in 0..<n { a = a << 8 | UInt64(p[i]) }
            b = 0
        }
        let h = (a ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(n)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 32)
    }

    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var b = Self.hash(bytes) & mask
        return keys.withUnsafeBufferPointer { k in
            while true {
                let e = Int(buckets[b])
                if e == 0 { return nil }
                let i = e - 1
                if lengths[i] == bytes.count, memcmp(k.baseAddress! + starts[i], base, bytes.count) == 0 {
                    return values[i]
                }
                b = (b + 1) & mask
            }
        }
    }
}
