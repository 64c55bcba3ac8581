import Diagnostics

/// Finds drafting leftovers that must not reach a published procedure
/// ("TODO", "TBC", "please link", "[link]").
enum PlaceholderCheck {
    /// Whole words, matched in capitals only: "todo" in running text is rare, "TODO" is a marker.
    static let markers = ["TODO", "TBC", "TBD", "FIXME"]
    /// Phrases, matched in any case.
    static let phrases = ["please link", "[link]", "insert link", "lorem ipsum"]

    static func scan(_ text: SourceText) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (index, line) in text.lines.enumerated() where mayHoldOne(line) {
            let chars = Array(line)
            let lower = Array(line.lowercased())
            for marker in markers {
                for column in occurrences(of: Array(marker), in: chars) where isWord(chars, column, marker.count) {
                    out.append(found(marker, text, index + 1, column + 1))
                }
            }
            for phrase in phrases {
                // Lower-casing can change length for a few scripts; fall back to the original then.
                let haystack = lower.count == chars.count ? lower : chars
                for column in occurrences(of: Array(phrase), in: haystack) {
                    out.append(found(String(chars[column..<min(chars.count, column + phrase.count)]), text, index + 1, column + 1))
                }
            }
        }
        return out
    }

    /// Whether `line` holds the bytes of a marker, or of a phrase in any ASCII case: a byte
    /// search, so the lines without one (nearly all) cost no Character arrays. The markers and
    /// phrases are ASCII, so a line without their bytes cannot hold them in any form.
    private static func mayHoldOne(_ line: Substring) -> Bool {
        let bytes = Array(line.utf8)
        for marker in markerBytes where contains(marker, in: bytes, foldingCase: false) { return true }
        for phrase in phraseBytes where contains(phrase, in: bytes, foldingCase: true) { return true }
        return false
    }

    private static let markerBytes = markers.map { Array($0.utf8) }
    private static let phraseBytes = phrases.map { Array($0.utf8) }

    private static func contains(_ needle: [UInt8], in haystack: [UInt8], foldingCase: Bool) -> Bool {
        guard haystack.count >= needle.count else { return false }
        // ASCII letters differ from their capitals in bit 0x20 alone.
        func same(_ a: UInt8, _ b: UInt8) -> Bool {
            a == b || (foldingCase && a | 0x20 == b && (0x61...0x7A).contains(b))
        }
        var i = 0
        while i <= haystack.count - needle.count {
            if same(haystack[i], needle[0]) {
                var j = 1
                while j < needle.count, same(haystack[i + j], needle[j]) { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    private static func found(_ what: String, _ text: SourceText, _ line: Int, _ column: Int) -> Diagnostic {
        .error(.placeholder, at: text.location(line: line, column: column),
               "placeholder text '\(what)' left in the procedure",
               help: "replace it with the real text or link before publishing")
    }

    private static func isWord(_ chars: [Character], _ start: Int, _ length: Int) -> Bool {
        let before = start == 0 || !(chars[start - 1].isLetter || chars[start - 1].isNumber)
        let end = start + length
        let after = end >= chars.count || !(chars[end].isLetter || chars[end].isNumber)
        return before && after
    }

    private static func occurrences(of needle: [Character], in haystack: [Character]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var out: [Int] = []
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { out.append(i) }
        }
        return out
    }
}
