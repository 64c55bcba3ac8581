import Diagnostics
import Foundation
import Mustache

/// The templates, CSS and logo the site is made with: the built-in theme, with whatever the
/// partnership put in `content/theme/` taking its place.
struct Theme {
    var library: MustacheLibrary
    var extraCSS: String?
    var logo: (path: String, data: Data)?

    /// Where the theme's logo is published inside the site.
    static func logoPath(_ logo: String) -> String {
        "assets/" + (logo as NSString).lastPathComponent
    }

    static func load(directory: URL?, display: String, logo: String?) -> (Theme, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var library = MustacheLibrary()
        var sources = DefaultTemplates.all
        var origin: [String: String] = [:]
        if let directory {
            let templates = directory.appendingPathComponent("templates")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
            for file in names {
                let name = String(file.dropLast(".mustache".count))
                let shown = "\(display)/templates/\(file)"
                guard DefaultTemplates.all[name] != nil else {
                    problems.append(.error("theme-template", at: SourceLocation(file: shown), "there is no template called '\(name)' to replace",
                                           help: "the templates are: " + DefaultTemplates.all.keys.sorted().joined(separator: ", ")))
                    continue
                }
                guard let data = FileManager.default.contents(atPath: templates.appendingPathComponent(file).path),
                      let text = String(data: data, encoding: .utf8) else {
                    problems.append(.error("theme-template", at: SourceLocation(file: shown), "the template is not readable UTF-8 text"))
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
                problems.append(.error("theme-template", at: SourceLocation(file: origin[name] ?? "built-in \(name) template",
                                                                            line: error.context.lineNumber, column: error.context.columnNumber),
                                       "the template cannot be read: \(error.error)", help: "check that every {{#section}} has its {{/section}}"))
            } catch {
                problems.append(.error("theme-template", at: SourceLocation(file: origin[name] ?? name), "the template cannot be read: \(error)"))
            }
        }
        var theme = Theme(library: library, extraCSS: nil, logo: nil)
        if let directory {
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent("style.css").path) {
                theme.extraCSS = String(decoding: data, as: UTF8.self)
            }
            if let logo, let data = FileManager.default.contents(atPath: directory.appendingPathComponent(logo).path) {
                theme.logo = (logoPath(logo), data)
            }
        }
        return (theme, problems)
    }
}
