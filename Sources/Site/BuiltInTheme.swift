import Foundation

/// The built-in theme: the files in `Sources/Site/Theme/`, compiled into the module by the
/// EmbedTheme build-tool plugin (`EmbeddedTheme`, generated), so the binary carries them.
///
/// That folder is the one list of the theme's files. Its `templates/*.mustache` are the
/// templates a partnership can replace, `built-in/style.css`, `built-in/deadlines.js` and
/// `built-in/print.js` are published as `assets/style.css`, `assets/deadlines.js` and `assets/print.js`, and `escalate theme export`
/// writes every file of it, at the same paths, as a starting point for `content/theme/`.
public enum BuiltInTheme {
    /// Every file of the theme folder by its path there, byte for byte.
    public static let files: [String: Data] = Dictionary(uniqueKeysWithValues: EmbeddedTheme.files.map { ($0.path, Data($0.text.utf8)) })

    static let templatesFolder = "templates/"
    static let templateSuffix = ".mustache"
    static let stylesheetPath = "built-in/style.css"
    static let scriptPath = "built-in/deadlines.js"
    static let printScriptPath = "built-in/print.js"

    /// The templates by name: `procedure` is `templates/procedure.mustache`.
    static let templates: [String: String] = Dictionary(uniqueKeysWithValues: EmbeddedTheme.files.compactMap { file in
        guard let name = templateName(file.path) else { return nil }
        return (name, file.text)
    })

    /// The built-in stylesheet; a theme's `style.css` is added after it, in `assets/theme.css`.
    static let stylesheet = text(stylesheetPath)

    /// The page's deadline calculator. It mirrors `WorkingDays` line for line (the same
    /// civil-date arithmetic, the same counting, the same wording), and `scripts/check_site.py`
    /// runs both on the same dates. The page works without it: the stages state their
    /// timescales in words. A theme cannot replace it.
    static let script = text(scriptPath)

    /// The print button of procedure and compare pages (hidden without it), and "Details" opened
    /// for printing. A theme cannot replace it.
    static let printScript = text(printScriptPath)
    /// The site search (`assets/search.js`), run against the build's `search-index.js`. A theme
    /// cannot replace it.
    static let searchScriptPath = "built-in/search.js"
    static let searchScript = text(searchScriptPath)

    /// `footer` for `templates/footer.mustache`; nil for any other path.
    static func templateName(_ path: String) -> String? {
        guard path.hasPrefix(templatesFolder), path.hasSuffix(templateSuffix) else { return nil }
        let name = path.dropFirst(templatesFolder.count).dropLast(templateSuffix.count)
        return name.isEmpty || name.contains("/") ? nil : String(name)
    }

    private static func text(_ path: String) -> String {
        guard let file = EmbeddedTheme.files.first(where: { $0.path == path }) else {
            preconditionFailure("Sources/Site/Theme/\(path) is missing from the built-in theme")
        }
        return file.text
    }
}
