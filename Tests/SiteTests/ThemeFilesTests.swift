import Foundation
import Mustache
@testable import Site
import Testing
import TestSupport

/// The built-in theme lives as files in `Sources/Site/Theme/`, compiled into the binary by the
/// EmbedTheme plugin. That folder is the one list: what is embedded, loaded, published and
/// exported is checked against it here.
@Suite struct ThemeFilesTests {
    static let folder = Fixtures.repoRoot.appendingPathComponent("Sources/Site/Theme")

    /// The plugin's rule: every regular file below the folder, hidden files left out.
    static func filesInRepository() throws -> [String: Data] {
        try Fixtures.files(under: folder).filter { path, _ in !path.split(separator: "/").contains { $0.hasPrefix(".") } }
    }

    @Test func theEmbeddedFilesAreTheRepositorysFilesByteForByte() throws {
        let repository = try Self.filesInRepository()
        #expect(BuiltInTheme.files.keys.sorted() == repository.keys.sorted())
        for (path, data) in repository {
            #expect(BuiltInTheme.files[path] == data, "Sources/Site/Theme/\(path) differs from the embedded copy")
        }
        #expect(repository.count >= 13)
    }

    @Test func theTemplatesAreTheFoldersTemplatesAndEachParses() throws {
        let names = BuiltInTheme.files.keys.filter { $0.hasPrefix("templates/") }
            .map { String($0.dropFirst("templates/".count).dropLast(".mustache".count)) }
        #expect(BuiltInTheme.templates.keys.sorted() == names.sorted())
        #expect(BuiltInTheme.templates.keys.sorted() == ["accessibility", "chart", "compare", "contact", "footer", "glossary", "header", "immediate-risk", "index", "layout", "notfound", "partnership", "privacy",
                                                     "procedure", "search", "statistics", "updates"])
        for (name, text) in BuiltInTheme.templates {
            #expect(throws: Never.self, "templates/\(name).mustache") { _ = try MustacheTemplate(string: text) }
        }
    }

    @Test func theSiteServesTheFoldersStylesheetAndScript() throws {
        let r = SiteFixture.build(SiteFixture.input())
        #expect(r.files["assets/style.css"] == BuiltInTheme.files["built-in/style.css"])
        #expect(r.files["assets/deadlines.js"] == BuiltInTheme.files["built-in/deadlines.js"])
    }

    @Test func everyPartialAndParentIsATemplateOfTheFolder() {
        for (name, text) in BuiltInTheme.templates {
            for tag in TemplateTags.all(in: text) where tag.sigil == ">" || tag.sigil == "<" {
                #expect(BuiltInTheme.templates[tag.name] != nil, "templates/\(name).mustache uses '\(tag.name)', which is not a template")
            }
        }
    }

    /// Each template is replaced by itself with a marker in front; the pages then show which
    /// templates the site rendered, directly or as partials and parents: exactly the folder's.
    @Test func theSiteRendersExactlyTheFoldersTemplates() throws {
        let marked = Dictionary(uniqueKeysWithValues: BuiltInTheme.templates.map { name, text in
            ("templates/\(name).mustache", "<!--template:\(name)-->" + text)
        })
        // With statistics, since without them there is no statistics page.
        var input = SiteFixture.input()
        input.statistics = SyntheticCases.publication(SyntheticCases.records())
        let r = SiteFixture.build(input, theme: marked)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        var used: Set<String> = []
        for (path, data) in r.files where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            for part in page.components(separatedBy: "<!--template:").dropFirst() {
                if let end = part.range(of: "-->") { used.insert(String(part[..<end.lowerBound])) }
            }
        }
        #expect(used == Set(BuiltInTheme.templates.keys))
    }

    /// The README that `escalate theme export` writes has a section per template listing its
    /// keys; every key a built-in template uses must be listed there or under "Every page".
    @Test func theReadmeDocumentsEveryTemplateAndEveryKeyItUses() throws {
        let readme = try #require(BuiltInTheme.files["README.md"].map { String(decoding: $0, as: UTF8.self) })
        let sections = ReadmeKeys.sections(readme)
        #expect(Set(sections.keys).subtracting(["Every page"]) == Set(BuiltInTheme.templates.keys))
        let common = sections["Every page"] ?? []
        #expect(common.isSuperset(of: ["root", "site.title", "nav.home"]))
        for (name, text) in BuiltInTheme.templates {
            let documented = common.union(sections[name] ?? [])
            let used = Set(TemplateTags.all(in: text).filter { $0.sigil.isEmpty || "#^&{".contains($0.sigil) }.map(\.name)).subtracting(["."])
            #expect(used.subtracting(documented).isEmpty, "templates/\(name).mustache uses keys README.md does not list: \(used.subtracting(documented).sorted())")
        }
    }

    /// Only values escalate made itself are written unescaped.
    @Test func onlyHtmlSvgAndCalendarJSONAreWrittenUnescaped() {
        for (name, text) in BuiltInTheme.templates {
            for tag in TemplateTags.all(in: text) where tag.sigil == "{" || tag.sigil == "&" {
                let last = tag.name.split(separator: ".").last.map(String.init) ?? tag.name
                #expect(last.hasSuffix("Html") || last == "svg" || last == "calendarJSON", "templates/\(name).mustache writes \(tag.name) unescaped")
            }
        }
    }
}

/// The tags of a Mustache template: `{{name}}` has no sigil, `{{{name}}}` has `{`, the rest
/// their own (`#`, `^`, `/`, `>`, `<`, `$`, `!`, `&`).
struct TemplateTags {
    var sigil: String
    var name: String

    static func all(in text: String) -> [TemplateTags] {
        var out: [TemplateTags] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            var sigil = ""
            var close = "}}"
            if rest.hasPrefix("{") { sigil = "{"; close = "}}}"; rest = rest.dropFirst() }
            guard let end = rest.range(of: close) else { break }
            var inner = rest[..<end.lowerBound].trimmingCharacters(in: .whitespaces)[...]
            if sigil.isEmpty, let first = inner.first, "#^/><$!&".contains(first) {
                sigil = String(first)
                inner = inner.dropFirst().drop { $0 == " " }
            }
            out.append(TemplateTags(sigil: sigil, name: String(inner)))
            rest = rest[end.upperBound...]
        }
        return out
    }
}

/// The keys the README lists, by section: `### \`procedure\`` or `### Every page`, then bullets
/// whose keys are the back-quoted names before the first ": ".
enum ReadmeKeys {
    static func sections(_ readme: String) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        var current: String?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { current = nil; continue }
            if line.hasPrefix("### ") {
                current = line.dropFirst(4).trimmingCharacters(in: CharacterSet(charactersIn: "` "))
                out[current!, default: []] = []
                continue
            }
            guard let section = current, line.drop(while: { $0 == " " }).hasPrefix("- ") else { continue }
            let head = line.components(separatedBy: ": ").first ?? ""
            for part in head.components(separatedBy: "`").enumerated() where part.offset % 2 == 1 {
                out[section, default: []].insert(part.element)
            }
        }
        return out
    }
}
