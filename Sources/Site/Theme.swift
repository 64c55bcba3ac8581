import Diagnostics
import Foundation
import Mustache

/// The templates, CSS and logo the site is made with: the built-in theme, with whatever the
/// partnership put in `content/theme/` taking its place.
public struct Theme: Sendable {
    var library: MustacheLibrary
    var extraCSS: String?
    var logo: (path: String, data: Data)?

    /// Where the theme's logo is published inside the site.
    static func logoPath(_ logo: String) -> String {
        "assets/" + (logo as NSString).lastPathComponent
    }

    /// - Parameter files: the theme folder's files by path inside it (`templates/footer.mustache`).
    public static func load(files: [String: Data], display: String, logo: String?) -> (Theme, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var library = MustacheLibrary()
        var sources = BuiltInTheme.templates
        var origin: [String: String] = [:]
        do {
            // The same rule as the built-in theme's folder: `templates/<name>.mustache`.
            for path in files.keys.sorted() {
                guard let name = BuiltInTheme.templateName(path) else { continue }
                let shown = "\(display)/\(path)"
                guard BuiltInTheme.templates[name] != nil else {
                    problems.append(.error(.themeTemplate, at: SourceLocation(file: shown), "there is no template called '\(name)' to replace",
                                           help: "the templates are: " + BuiltInTheme.templates.keys.sorted().joined(separator: ", ")))
                    continue
                }
                guard let data = files[path], let text = String(data: data, encoding: .utf8) else {
                    problems.append(.error(.themeTemplate, at: SourceLocation(file: shown), "the template is not readable UTF-8 text"))
                    continue
                }
                sources[name] = text
                origin[name] = shown
            }
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(.error(.themeTemplate, at: SourceLocation(file: origin[name] ?? "built-in \(name) template",
                                                                            line: error.context.lineNumber, column: error.context.columnNumber),
                                       "the template cannot be read: \(describe(error.error))", help: "check that every {{#section}} has its {{/section}}"))
            } catch {
                problems.append(.error(.themeTemplate, at: SourceLocation(file: origin[name] ?? name), "the template cannot be read: \(error)"))
            }
        }
        var theme = Theme(library: library, extraCSS: nil, logo: nil)
        if let data = files["style.css"] {
            theme.extraCSS = String(decoding: data, as: UTF8.self)
        }
        if let logo, let data = files[logo] {
            theme.logo = (logoPath(logo), data)
        }
        return (theme, problems)
    }

    /// swift-mustache's parse errors in words.
    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a {{/section}} closes a section of another name"
        case .unfinishedName?: return "a tag is not finished with }}"
        case .expectedSectionEnd?: return "a section is never closed"
        case .invalidSetDelimiter?: return "a {{=…=}} delimiter tag is badly formed"
        default: return "\(error)"
        }
    }
}
