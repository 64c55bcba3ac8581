import Diagnostics

/// A theme's colours as CSS custom properties, and the contrast check that keeps them
/// within WCAG 2.2 AA (4.5:1 against the white or dark text they sit with).
enum ThemeColours {
    static func css(_ colours: [String: String], extra: String?) -> String {
        var out = "/* Generated from content/theme/theme.yml and content/theme/style.css. */\n"
        if !colours.isEmpty {
            out += ":root {\n"
            for (role, value) in colours.sorted(by: { $0.key < $1.key }) { out += "  --\(role): \(value);\n" }
            out += "}\n"
        }
        if let extra { out += extra + (extra.hasSuffix("\n") ? "" : "\n") }
        return out
    }

    /// Brand is a background under white text; link and urgent are text on white or pale backgrounds.
    static func check(_ colours: [String: String], file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (role, value) in colours.sorted(by: { $0.key < $1.key }) where role != "focus" {
            guard let ratio = contrast(value, "#ffffff") else { continue }
            if ratio < 4.5 {
                out.append(.error(.themeContrast, at: SourceLocation(file: file),
                    String(format: "the %@ colour %@ has a contrast of %.2f:1 with white; WCAG 2.2 AA needs 4.5:1", role, value, ratio),
                    help: "choose a darker colour"))
            }
        }
        return out
    }

    static func contrast(_ a: String, _ b: String) -> Double? {
        guard let la = luminance(a), let lb = luminance(b) else { return nil }
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ hex: String) -> Double? {
        guard hex.count == 7, hex.hasPrefix("#"), let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
}

import Foundation
