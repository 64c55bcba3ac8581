import Foundation

/// The catalogue written out: as docs/diagnostics.md (Markdown) and for `escalate explain`
/// (plain text for a terminal).
public enum DiagnosticReference {
    public static let documentPath = "docs/diagnostics.md"
    /// How to rebuild docs/diagnostics.md after the catalogue or a message changes.
    public static let regenerateCommand = "ESCALATE_REGENERATE_DOCS=1 swift test --filter DiagnosticsDocumentTests"

    // MARK: Markdown

    /// docs/diagnostics.md. `reported` holds, for each code with an example, the diagnostics
    /// with that code that `escalate check` reported for it; `today` is the date they were
    /// checked against.
    public static func markdown(reported: [DiagnosticCode: [Diagnostic]], today: String) -> String {
        var out = """
            # Diagnostics

            <!-- Generated from the catalogue in Sources/Diagnostics/ by the Diagnostics tests; do not edit by hand.
                 To regenerate: \(regenerateCommand) -->

            Every problem `escalate check` and `escalate build` report has a stable code. The code is the
            annotation title under `--diagnostics github` (`title=escalate <code>`) and the `code` of each
            object under `--diagnostics json`, and `escalate explain <code>` prints its entry below in the
            terminal.

            Errors stop `escalate build` from writing anything; warnings do too under `--strict`, as CI
            should run it. Each entry explains the problem and gives an example, an edit to the bundled
            example content in `content/`, with the message escalate printed for it (checked against
            \(today)) and the fix. The tests apply every example and every fix to a copy of the examples,
            so what is shown here really happens. A few codes come from the machine or the command line
            rather than the content; their entries say so.

            Codes are part of escalate's interface: a code is never renamed or reused. A retired code is
            listed at the end with the code that replaced it, or where its check went.

            ## Codes

            | code | problem | severity |
            |---|---|---|

            """
        for entry in DiagnosticCatalogue.entries.sorted(by: { $0.code.rawValue < $1.code.rawValue }) {
            out += "| [`\(entry.code.rawValue)`](#\(entry.code.rawValue)) | \(entry.title) | \(entry.severity.rawValue) |\n"
        }
        for area in DiagnosticArea.allCases {
            let entries = DiagnosticCatalogue.entries.filter { $0.area == area }
            guard !entries.isEmpty else { continue }
            out += "\n## \(area.title)\n"
            for entry in entries {
                out += "\n" + section(entry, reported: reported[entry.code] ?? [])
            }
        }
        out += "\n## Retired codes\n\nThese codes are no longer reported. Each heading keeps its old link working.\n"
        for old in DiagnosticCatalogue.retired.sorted(by: { $0.code < $1.code }) {
            if let new = old.replacement {
                out += "\n### \(old.code)\n\nRetired; now reported as [`\(new.rawValue)`](#\(new.rawValue)). \(old.note)\n"
            } else {
                out += "\n### \(old.code)\n\nRetired. \(old.note)\n"
            }
        }
        return out
    }

    /// Shown in full up to this many; more are summed up.
    static let shownMessages = 3

    private static func section(_ entry: DiagnosticDescription, reported: [Diagnostic]) -> String {
        var out = "### \(entry.code.rawValue)\n\n**\(entry.title)** · \(entry.severity.rawValue)\n\n\(entry.explanation)\n\n"
        switch entry.example {
        case .none(let reason):
            out += "**Example.** None. \(reason)\n\n"
        case .edits(let summary, let edits, _, _):
            out += "**Example.** \(summary)\n\n" + edits.map(markdown).joined(separator: "\n")
            let shown = reported.prefix(shownMessages)
            out += "\nescalate reports:\n\n```text\n" + DiagnosticFormatter(format: .human).format(Array(shown))
            if reported.count > shown.count {
                out += "… and \(reported.count - shown.count) more like \(shown.count == 1 ? "it" : "these")\n"
            }
            out += "```\n\n"
        }
        out += "**Fix.** \(entry.fix.advice)\n"
        if !entry.fix.edits.isEmpty {
            out += "\n" + entry.fix.edits.map(markdown).joined(separator: "\n")
        }
        return out
    }

    private static func markdown(_ edit: ContentEdit) -> String {
        switch edit {
        case .replace(let file, _, let new):
            return "In `\(shown(file))`:\n\n" + fenced(new, language: language(of: file))
        case .write(let file, let text):
            return "Write `\(shown(file))`:\n\n" + fenced(text, language: language(of: file))
        case .remove(let file):
            return "Delete `\(shown(file))`.\n"
        case .move(let from, let to):
            return "Rename `\(shown(from))` to `\(shown(to))`.\n"
        case .symlink(let file, let target):
            return "Make `\(shown(file))` a symbolic link to `\(target)`.\n"
        case .namedPipe(let file):
            return "Make `\(shown(file))` a named pipe (`mkfifo`).\n"
        case .convert(let file, let from, let to):
            return "Save `\(shown(file))` in \(to.rawValue) instead of \(from.rawValue).\n"
        }
    }

    private static func fenced(_ text: String, language: String) -> String {
        // An example may hold a control character on purpose; the page shows it escaped.
        var body = ControlCharacter.escaped(text)
        while body.hasSuffix("\n") { body.removeLast() }
        return "```\(language)\n\(body)\n```\n"
    }

    private static func language(of file: String) -> String {
        if file.hasSuffix(".md") { return "markdown" }
        if file.hasSuffix(".yml") || file.hasSuffix(".yaml") { return "yaml" }
        if file.hasSuffix(".json") { return "json" }
        if file.hasSuffix(".mustache") || file.hasSuffix(".svg") { return "html" }
        return "text"
    }

    private static func shown(_ path: String) -> String { "content/" + path }

    // MARK: Plain text

    /// The entry as `escalate explain` prints it, wrapped to `width` columns.
    public static func text(_ entry: DiagnosticDescription, width: Int = 80) -> String {
        var out = "\(entry.code.rawValue): \(entry.title) (\(entry.severity.rawValue))\n\n"
        out += wrap(plain(entry.explanation), width: width) + "\n"
        switch entry.example {
        case .none(let reason):
            out += "\n" + wrap("Example: none. " + plain(reason), width: width) + "\n"
        case .edits(let summary, let edits, _, _):
            out += "\n" + wrap("Example: " + plain(summary), width: width) + "\n"
            for edit in edits { out += text(edit) }
        }
        out += "\n" + wrap("Fix: " + plain(entry.fix.advice), width: width) + "\n"
        for edit in entry.fix.edits { out += text(edit) }
        out += "\nMore: \(documentPath)#\(entry.code.rawValue)\n"
        return out
    }

    /// A retired code as `escalate explain` prints it: what became of it, then the entry of
    /// the code that replaced it, or only the note when no code did.
    public static func text(_ old: RetiredDiagnosticCode, width: Int = 80) -> String {
        guard let new = old.replacement else {
            return wrap("\(old.code) is retired. " + plain(old.note), width: width) + "\n"
        }
        return wrap("\(old.code) is retired; its problems are now reported as \(new.rawValue). " + plain(old.note), width: width)
            + "\n\n" + text(DiagnosticCatalogue.entry(new), width: width)
    }

    private static func text(_ edit: ContentEdit) -> String {
        func indented(_ text: String) -> String {
            var body = text
            while body.hasSuffix("\n") { body.removeLast() }
            return body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n") + "\n"
        }
        switch edit {
        case .replace(let file, let old, let new):
            return "  In \(shown(file)), replace\n" + indented(old) + "  with\n" + indented(new)
        case .write(let file, let text):
            return "  Write \(shown(file)):\n" + indented(text)
        case .remove(let file):
            return "  Delete \(shown(file)).\n"
        case .move(let from, let to):
            return "  Rename \(shown(from)) to \(shown(to)).\n"
        case .symlink(let file, let target):
            return "  Make \(shown(file)) a symbolic link to \(target).\n"
        case .namedPipe(let file):
            return "  Make \(shown(file)) a named pipe (mkfifo).\n"
        case .convert(let file, let from, let to):
            return "  Save \(shown(file)) in \(to.rawValue) instead of \(from.rawValue).\n"
        }
    }

    /// Markdown's inline code marks are noise in a terminal.
    private static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'")
    }

    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
