/// The duplicate check's memory: 64-bit hashes of the case ids seen, each with where it was
/// first seen, in open addressing over two flat arrays (12 bytes a case and a third spare,
/// where a `Dictionary` of the same rounds up to a power of two and hashes every key again).
struct CaseIDTable {
    private var keys: [UInt64] = []
    private var places: [UInt32] = []
    /// The place of the hash 0, which marks an empty slot in `keys`.
    private var zero: UInt32?
    private(set) var count = 0

    /// Room for `capacity` ids without growing.
    mutating func reserveCapacity(_ capacity: Int) {
        let size = capacity + capacity / 3 + 16
        guard size > keys.count else { return }
        rehash(size)
    }

    /// Where `key` was first seen, or nil after recording `place` for it.
    @inline(__always)
    mutating func firstPlace(_ key: UInt64, else place: UInt32) -> UInt32? {
        if key == 0 {
            if let zero { return zero }
            zero = place
            count += 1
            return nil
        }
        if (count + 1) * 4 > keys.count * 3 { rehash(max(64, keys.count * 2)) }
        var i = slot(key, keys.count)
        while true {
            let k = keys[i]
            if k == key { return places[i] }
            if k == 0 {
                keys[i] = key
                places[i] = place
                count += 1
                return nil
            }
            i += 1
            if i == keys.count { i = 0 }
        }
    }

    /// The key's home slot: the high bits of a multiply, scaled to `size` without a division.
    @inline(__always)
    private func slot(_ key: UInt64, _ size: Int) -> Int {
        let mixed = (key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15
        return Int(mixed.multipliedFullWidth(by: UInt64(size)).high)
    }

    private mutating func rehash(_ size: Int) {
        let oldKeys = keys, oldPlaces = places
        keys = [UInt64](repeating: 0, count: size)
        places = [UInt32](repeating: 0, count: size)
        for (k, p) in zip(oldKeys, oldPlaces) where k != 0 {
            var i = slot(k, size)
            while keys[i] != 0 {
                i += 1
                if i == size { i = 0 }
            }
            keys[i] = k
            places[i] = p
        }
    }
}
