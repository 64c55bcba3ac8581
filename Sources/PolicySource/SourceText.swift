import Diagnostics
import Foundation

/// A policy file's text, checked to be UTF-8 and with line endings made uniform,
/// so every later position is a plain line and column.
struct SourceText {
    let file: String
    let text: String
    let lines: [Substring]

    /// Decodes `bytes`, or explains where the first byte that is not UTF-8 sits.
    static func decode(_ bytes: [UInt8], file: String) -> Result<SourceText, Diagnostic> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8(bytes) {
            let before = bytes[..<offset]
            let line = before.filter { $0 == 0x0A }.count + 1
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = offset - lineStart + 1
            return .failure(.error(
                .encoding, at: SourceLocation(file: file, line: line, column: column),
                "the file is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at byte offset \(offset))",
                help: "save the file as UTF-8; editors call this \"UTF-8\" or \"Unicode (UTF-8)\" in their save or encoding menu"))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(SourceText(file: file, text: text))
    }

    init(file: String, text: String) {
        self.file = file
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Control characters (other than tab and the line ends) have no place in a procedure: pasted
    /// from a terminal or a word processor they are invisible, and some would rewrite a CI log
    /// or break a page. Each is an error at its line and column (the first few of a file).
    func controlCharacters(limit: Int = 5) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var more = 0
        for (index, line) in lines.enumerated() {
            var column = 1
            for scalar in line.unicodeScalars {
                defer { column += 1 }
                guard ControlCharacter.isForbidden(scalar) else { continue }
                if out.count < limit {
                    out.append(.error(.controlCharacter, at: location(line: index + 1, column: column),
                        "the file holds the control character \(ControlCharacter.name(scalar)), which no one can see",
                        help: "delete it (it often comes with text pasted from another program); an editor that shows invisible characters helps"))
                } else {
                    more += 1
                }
            }
        }
        if more > 0 {
            out.append(.error(.controlCharacter, at: SourceLocation(file: file),
                              "the file holds \(more) more control character\(more == 1 ? "" : "s") after those reported",
                              help: "remove every control character from the file"))
        }
        return out
    }

    func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// The 1-based character column of a 1-based byte column on a line.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lines.count, byteColumn > 1 else { return byteColumn }
        let utf8 = lines[line - 1].utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(byteColumn - 1, utf8.count))
        return lines[line - 1][..<end].count + 1
    }

    /// Lines `first...last` (1-based, inclusive) joined back into text.
    func slice(lines first: Int, _ last: Int) -> String {
        guard first >= 1, last >= first, first <= lines.count else { return "" }
        return lines[(first - 1)..<min(last, lines.count)].joined(separator: "\n")
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80 }
            else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800 }
            else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000 }
            else { return i }
            guard i + length <= n else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = (scalar << 6) | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            minimum = 0
            i += length
        }
        return nil
    }
}
