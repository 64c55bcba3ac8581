import Diagnostics
import Foundation
import Mustache

/// The templates, CSS and logo the site is made with: the built-in theme, with whatever the
/// partnership put in `content/theme/` taking its place.
public struct Theme: Sendable {
    var library: MustacheLibrary
    /// Every template's source (built-in or the theme's), by name.
    var sources: [String: String] = [:]
    /// The templates the theme replaced, by name, with how their files are shown in messages.
    var overrides: [String: String] = [:]
    var extraCSS: String?
    var logo: (path: String, data: Data)?

    /// Where the theme's logo is published inside the site: a name of its own, whatever the
    /// file was called, so a logo named `style.css` cannot take the built-in stylesheet's place.
    static func logoPath(format: String?) -> String {
        "assets/logo." + (format ?? "svg")
    }

    /// - Parameter files: the theme folder's files by path inside it (`templates/footer.mustache`).
    public static func load(files: [String: Data], display: String, logo: String?, logoFormat: String? = nil) -> (Theme, [Diagnostic]) {
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
        problems += includeCycles(sources, origin: origin)
        var theme = Theme(library: library, sources: sources, overrides: origin, extraCSS: nil, logo: nil)
        if let data = files["style.css"] {
            theme.extraCSS = String(decoding: data, as: UTF8.self)
        }
        if let logo, let data = files[logo] {
            theme.logo = (logoPath(format: logoFormat), data)
        }
        return (theme, problems)
    }

    /// Templates that include themselves, directly or through others (`{{> header}}` in
    /// `header`), would recurse until the stack runs out; each cycle is reported once, naming it.
    static func includeCycles(_ sources: [String: String], origin: [String: String]) -> [Diagnostic] {
        var uses: [String: [String]] = [:]
        for (name, text) in sources {
            uses[name] = includes(in: text).filter { sources[$0] != nil }
        }
        var out: [Diagnostic] = []
        var reported: Set<Set<String>> = []
        var done: Set<String> = []
        func visit(_ name: String, _ path: [String]) {
            if let start = path.firstIndex(of: name) {
                let cycle = Array(path[start...]) + [name]
                guard reported.insert(Set(cycle)).inserted else { return }
                let first = cycle.first { origin[$0] != nil } ?? cycle[0]
                out.append(.error(.themeTemplate, at: SourceLocation(file: origin[first] ?? "built-in \(first) template"),
                    "the templates include each other in a loop: " + cycle.joined(separator: " → "),
                    help: "a template may not include itself, directly or through another; remove the {{> …}} or {{< …}} that closes the loop"))
                return
            }
            guard !done.contains(name) else { return }
            for next in uses[name] ?? [] { visit(next, path + [name]) }
            done.insert(name)
        }
        for name in sources.keys.sorted() { visit(name, []) }
        return out
    }

    /// The names a template includes as partials (`{{> name}}`) or parents (`{{< name}}`).
    static func includes(in text: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            rest = rest[open.upperBound...]
            let body = rest.prefix { $0 != "}" }.trimmingCharacters(in: .whitespaces)
            if let sigil = body.first, sigil == ">" || sigil == "<" {
                out.append(body.dropFirst().trimmingCharacters(in: .whitespaces))
            }
        }
        return out
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
