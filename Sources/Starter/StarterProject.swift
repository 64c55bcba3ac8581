import Foundation
import Output

/// What `escalate init` writes: a new partnership's repository, from the files in
/// `Sources/Starter/Files/` (embedded at build time, so the binary carries them). The
/// procedure is a form to fill in, with a placeholder wherever only its author can write, which
/// `escalate check` reports until it is replaced.
public enum StarterProject {
    /// The files by their path in the new folder, sorted. `today` (YYYY-MM-DD) dates the
    /// template's approval, review and amendment; its next review is two years later.
    public static func files(today: String) -> [OutputFile] {
        EmbeddedFiles.files.map { file in
            var text = file.text
            if file.path.hasSuffix(".md") {
                text = text.replacingOccurrences(of: "@TODAY@", with: today)
                    .replacingOccurrences(of: "@NEXT_REVIEW@", with: twoYearsAfter(today))
            }
            return OutputFile(path: publishedPath(file.path), text: text)
        }.sorted { $0.path < $1.path }
    }

    /// The embedded file's path where it is written. The build plugin skips hidden files, so
    /// `gitignore` and `github/` are kept without their dots in `Files/`.
    static func publishedPath(_ path: String) -> String {
        for hidden in ["gitignore", "gitlab-ci.yml", "github/"] where path.hasPrefix(hidden) {
            return "." + path
        }
        return path
    }

    /// The same day two years on (29 February becomes 28 February).
    static func twoYearsAfter(_ day: String) -> String {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return day }
        let year = parts[0] + 2
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let dayOfMonth = parts[1] == 2 && parts[2] == 29 && !leap ? 28 : parts[2]
        return "\(year)-\(pad(parts[1]))-\(pad(dayOfMonth))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
