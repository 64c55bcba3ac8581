/// A field's bytes as text in the log's encoding. Nil where the bytes are not text in that
/// encoding (the caller reports the row and column, never the bytes).
enum FieldText {
    static func decode(_ bytes: ArraySlice<UInt8>, _ encoding: CaseLogSettings.TextEncoding) -> String? {
        switch encoding {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for b in bytes {
                if b < 0x80 || b >= 0xA0 {
                    scalars.append(Unicode.Scalar(b))
                } else if let s = windows1252[Int(b - 0x80)] {
                    scalars.append(s)
                } else {
                    return nil
                }
            }
            return String(scalars)
        }
    }

    /// 0x80–0x9F in Windows-1252; the five bytes it leaves undefined are nil.
    static let windows1252: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
