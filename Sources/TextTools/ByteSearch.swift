/// Finding a run of bytes in UTF-8 text, for the passes over whole pages (`tidy`, the email
/// breaks, the link check) that must not go through Foundation's searches of a `String`, which
/// measure the text again from its start on every call.
extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Where `needle` first starts at or after `start`; nil when it does not.
    public func firstIndex(ofBytes needle: [UInt8], from start: Int? = nil) -> Int? {
        guard !needle.isEmpty else { return nil }
        var i = Swift.max(start ?? startIndex, startIndex)
        while i + needle.count <= endIndex {
            if self[i] == needle[0], self[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Where `needle` last starts; nil when it does not occur.
    public func lastIndex(ofBytes needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var i = endIndex - needle.count
        while i >= startIndex {
            if self[i] == needle[0], self[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
