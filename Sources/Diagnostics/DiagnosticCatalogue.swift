import TextTools
import Foundation

/// Every code escalate reports, described: the source of `escalate explain` and of
/// docs/diagnostics.md. The Diagnostics tests check that every `DiagnosticCode` has exactly one
/// entry and that each example, applied to a copy of the bundled content, really produces it.
public enum DiagnosticCatalogue {
    /// Every entry, arranged by area in the order a build meets them.
    public static let entries: [DiagnosticDescription] =
        contentFolderEntries + yamlEntries + frontMatterEntries + settingsEntries + immediateRiskEntries + calendarEntries
        + bodyEntries + procedureEntries + outcomeEntries + linkEntries + themeEntries + buildEntries + caseLogEntries + statisticsEntries
        + historyEntries
        + sitePagesEntries
        + documentEntries

    /// Codes that were renamed or merged; never reuse one of these for something else.
    public static let retired: [RetiredDiagnosticCode] = [
        RetiredDiagnosticCode("front-matter-duplicate", replacedBy: .yamlDuplicateKey,
            "Renamed, since the same check covers site.yml and theme.yml, which are not front matter."),
        RetiredDiagnosticCode("front-matter-syntax", replacedBy: .yamlSyntax,
            "Renamed, since the same check covers site.yml and theme.yml, which are not front matter."),
        RetiredDiagnosticCode("front-matter-type", replacedBy: .yamlType,
            "Renamed, since the same check covers site.yml and theme.yml; an `example` that is neither true nor false is now `front-matter-value`."),
        RetiredDiagnosticCode("yaml", replacedBy: .yamlSyntax,
            "Merged: it and `front-matter-syntax` both meant YAML that could not be read."),
        RetiredDiagnosticCode("review-overdue",
            "No longer a diagnostic: whether the next review date has passed (and is within three years of the last update) is the `review-date` check of `escalate audit`, measured against `--today`; `escalate audit --strict` fails on it."),
    ]

    private static let byCode: [DiagnosticCode: DiagnosticDescription] =
        Dictionary(entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The entry for a code. Every code has one (the Diagnostics tests check).
    public static func entry(_ code: DiagnosticCode) -> DiagnosticDescription {
        guard let entry = byCode[code] else { preconditionFailure("no catalogue entry for \(code.rawValue)") }
        return entry
    }

    public enum Lookup: Sendable, Hashable {
        case current(DiagnosticDescription)
        /// With the entry of the code that replaced it, when one did.
        case retired(RetiredDiagnosticCode, DiagnosticDescription?)
        /// Not a code; the nearest codes, best first.
        case unknown(nearest: [String])
    }

    /// What a code as typed (any case, surrounding spaces ignored) stands for.
    public static func lookup(_ text: String) -> Lookup {
        let code = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let current = DiagnosticCode(rawValue: code) { return .current(entry(current)) }
        if let old = retired.first(where: { $0.code == code }) { return .retired(old, old.replacement.map(entry)) }
        return .unknown(nearest: nearest(to: code))
    }

    /// Up to `limit` codes (current or retired) nearest to `text`: those that contain it
    /// first, then the closest by edit distance (within about half the word, and no further
    /// than two edits beyond the closest), alphabetically among equals.
    public static func nearest(to text: String, limit: Int = 3) -> [String] {
        let all = DiagnosticCode.allCases.map(\.rawValue) + retired.map(\.code)
        let word = Array(text)
        let scored = all.map { code -> (code: String, score: Int) in
            (code, !text.isEmpty && code.contains(text) ? 0 : EditDistance.between(word, Array(code)))
        }
        guard let best = scored.map(\.score).min() else { return [] }
        let bound = min(max(2, word.count / 2), best + 2)
        return scored.filter { $0.score <= bound }
            .sorted { $0.score != $1.score ? $0.score < $1.score : $0.code < $1.code }
            .prefix(limit).map(\.code)
    }
}
