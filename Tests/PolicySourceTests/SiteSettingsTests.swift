import Foundation
import Model
import PolicySource
import Testing
import TestSupport

@Suite struct SiteSettingsTests {
    func load(site: String? = nil, theme: String? = nil, files: [String: String] = [:]) throws -> ContentLoader.Result {
        let dir = try Fixtures.copyOfContent()
        if let site { try site.write(to: dir.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8) }
        if let theme {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("theme"), withIntermediateDirectories: true)
            try theme.write(to: dir.appendingPathComponent("theme/theme.yml"), atomically: true, encoding: .utf8)
        }
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return Fixtures.load(dir)
    }

    @Test func theExampleSettingsAreRead() {
        let s = Fixtures.examples.settings
        #expect(s.title == "Resolving professional differences about children's safety")
        #expect(s.baseURL == "https://example.org/escalation/")
        #expect(s.updatedWithinDays == 120)
        #expect(!s.allowRawHTML)
    }

    @Test func mistakesInSiteYmlAreReportedWithTheirLine() throws {
        let r = try load(site: "title: T\nbase-url: example.org\nupdated-within-days: soon\nallow-raw-html: maybe\nlanguge: en\n")
        let messages = r.diagnostics.items.map { "\($0.location.line): \($0.message)" }
        #expect(messages.contains("2: 'base-url' must start with https:// (or http://), not 'example.org'"))
        #expect(messages.contains("3: 'updated-within-days' must be a whole number of days, not 'soon'"))
        #expect(messages.contains("4: 'allow-raw-html' must be true or false, not 'maybe'"))
        #expect(messages.contains("5: unknown key 'languge' in site.yml"))
        #expect(r.diagnostics.items.allSatisfy { $0.location.file == "content/site.yml" })
    }

    @Test func themeSettingsAreChecked() throws {
        let r = try load(theme: "organisation: Northshire\nlogo: missing.svg\ncolours:\n  brand: blue\n  accent: '#000000'\n")
        let messages = r.diagnostics.items.map(\.message)
        #expect(messages.contains("the logo 'missing.svg' is not a file in content/theme/"))
        #expect(messages.contains("colour 'brand' must be written #RRGGBB, not 'blue'"))
        #expect(messages.contains("unknown key 'accent' in 'colours'"))
        #expect(r.settings.theme.organisation == "Northshire")
    }

    @Test func aLogoNeedsItsAlternativeText() throws {
        let dir = try Fixtures.copyOfContent()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("theme"), withIntermediateDirectories: true)
        try "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".write(to: dir.appendingPathComponent("theme/logo.svg"), atomically: true, encoding: .utf8)
        try "logo: logo.svg\n".write(to: dir.appendingPathComponent("theme/theme.yml"), atomically: true, encoding: .utf8)
        let r = Fixtures.load(dir)
        #expect(r.diagnostics.items.map(\.message) == ["the logo has no 'logo-alt' text"])
    }
}

@Suite struct LanguageTagTests {
    @Test(arguments: ["en-GB", "cy", "en", "cy-GB", "zh-Hant-TW", "es-419", "sl-rozaj"])
    func validTagsAreAccepted(_ tag: String) throws {
        let r = Fixtures.load(try Self.content(language: tag))
        #expect(!r.diagnostics.items.contains { $0.code == "site-setting" }, "\(r.diagnostics.items)")
        #expect(r.settings.language == tag)
    }

    @Test(arguments: ["English", "en_GB", "e", "en-", "\"><script>", "en GB"])
    func otherTextIsAnError(_ tag: String) throws {
        let r = Fixtures.load(try Self.content(language: tag))
        #expect(r.diagnostics.items.contains { $0.code == "site-setting" && $0.message.hasPrefix("'language' must be a language tag") })
        #expect(r.settings.language == "en-GB")
    }

    static func content(language: String) throws -> URL {
        let dir = try Fixtures.copyOfContent()
        let yaml = String(decoding: try JSONEncoder().encode(language), as: UTF8.self)
        try "title: T\nlanguage: \(yaml)\n".write(to: dir.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        return dir
    }
}

@Suite struct CalendarCascadeTests {
    /// A broken calendar file is one error, not one more for every procedure that names it.
    @Test func aBrokenCalendarFileDoesNotCascade() async throws {
        let dir = try Fixtures.copyOfContent()
        try "{not json".write(to: dir.appendingPathComponent("calendars/bank-holidays.json"), atomically: true, encoding: .utf8)
        let codes = await Fixtures.check(dir).diagnostics.errors.map(\.code)
        #expect(codes == ["calendar-file"], "\(codes)")
    }
}
