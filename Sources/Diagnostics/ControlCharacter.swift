/// Characters that must never reach a terminal, a CI log or a page as they are: C0 and C1
/// controls (an escape sequence can rewrite what a log shows) and DEL. Tab and newline are
/// ordinary text.
public enum ControlCharacter {
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }

    /// `U+001B` for a reader, with the names of the common ones.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x0C: "form feed", 0x0D: "carriage return",
                                       0x1B: "ESC", 0x7F: "DEL"]
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }

    /// `text` with every forbidden character shown as `\u{1B}`, so printing it is harmless.
    /// - Parameter keeping: characters the caller escapes its own way (GitHub's `%0D`).
    public static func escaped(_ text: String, keeping: Set<Unicode.Scalar> = []) -> String {
        guard text.unicodeScalars.contains(where: { isForbidden($0) && !keeping.contains($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) && !keeping.contains(scalar) { out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
