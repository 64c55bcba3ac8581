import Flowchart
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Model
import PolicySource
@testable import Site
import Testing
import TestSupport
import WorkingDays

@Suite struct ThemeTests {
    @Test func aThemeReplacesTemplatesColoursAndCSS() throws {
        var settings = SiteFixture.loaded.settings
        settings.theme.colours = ["brand": "#4b0f6b"]
        let r = SiteFixture.build(SiteFixture.input(settings: settings), theme: [
            "templates/footer.mustache": "<footer class=\"site-footer\"><p>Our own footer for {{site.title}}</p></footer>",
            "style.css": ".site-header { border-bottom-color: #000000; }",
        ])
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(SiteFixture.page(r, "index.html").contains("Our own footer for Resolving professional differences about children&#39;s safety"))
        let css = SiteFixture.page(r, "assets/theme.css")
        #expect(css.contains("--brand: #4b0f6b;"))
        #expect(css.contains(".site-header { border-bottom-color: #000000; }"))
    }

    @Test func aThemeLogoIsCopiedAndNamed() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>"
        var settings = SiteFixture.loaded.settings
        settings.theme.logo = "crest.svg"
        settings.theme.logoAlt = "Northshire & District"
        settings.theme.logoFormat = "svg"
        let r = SiteFixture.build(SiteFixture.input(settings: settings), theme: ["crest.svg": svg])
        #expect(r.diagnostics.isEmpty)
        // Published under a name of its own, so it can never take a generated file's place.
        #expect(r.files["assets/logo.svg"] == Data(svg.utf8))
        #expect(SiteFixture.page(r, "herts/index.html").contains("<img class=\"site-header__logo\" src=\"../assets/logo.svg\" alt=\"Northshire &amp; District\">"))
    }

    @Test func aThemeColourWithTooLittleContrastIsAnError() {
        var settings = SiteFixture.loaded.settings
        settings.theme.colours = ["link": "#7fb2e6"]
        let r = SiteFixture.build(SiteFixture.input(settings: settings))
        #expect(r.diagnostics.map(\.code) == ["theme-contrast"])
        #expect(r.diagnostics.first?.message.contains("WCAG 2.2 AA needs 4.5:1") == true)
    }

    @Test func anUnknownOrBrokenTemplateIsReported() throws {
        let r = SiteFixture.build(SiteFixture.input(), theme: [
            "templates/sidebar.mustache": "x",
            "templates/header.mustache": "line one\n{{#open}} never closed",
        ])
        #expect(r.files.isEmpty)
        #expect(r.diagnostics.contains { $0.message == "there is no template called 'sidebar' to replace" })
        #expect(r.diagnostics.contains { $0.location.file.hasSuffix("templates/header.mustache") && $0.message.hasPrefix("the template cannot be read") })
    }

    /// A template that includes itself once crashed the build (the stack ran out).
    @Test func templatesThatIncludeEachOtherInALoopAreReported() {
        let direct = SiteFixture.build(SiteFixture.input(), theme: ["templates/header.mustache": "<header>{{> header}}</header>"])
        #expect(direct.files.isEmpty)
        #expect(direct.diagnostics.map(\.message) == ["the templates include each other in a loop: header → header"])
        #expect(direct.diagnostics.first?.location.file == "content/theme/templates/header.mustache")
        let through = SiteFixture.build(SiteFixture.input(), theme: [
            "templates/header.mustache": "<header>{{> footer}}</header>",
            "templates/footer.mustache": "<footer>{{> header}}</footer>",
        ])
        #expect(through.diagnostics.map(\.message) == ["the templates include each other in a loop: header → footer → header"])
    }
}

/// A theme's own templates are checked against what their pages are given: a misspelt name
/// would otherwise be an empty gap on every page.
@Suite struct ThemeTemplateNameTests {
    @Test func aMisspeltNameOrAMissingPartialInAThemeTemplateIsAnError() {
        let r = SiteFixture.build(SiteFixture.input(), theme: [
            "templates/footer.mustache": "<footer>{{#site.footer}}<p>{{site.foter}}</p>{{/site.footer}}{{site.titel}}</footer>",
            "templates/header.mustache": "<header>{{> logo}}</header>",
        ])
        #expect(r.diagnostics.map(\.message).sorted() == [
            "the template includes 'logo', which is not a template",
            "the template uses {{site.foter}}, which its pages are not given",
            "the template uses {{site.titel}}, which its pages are not given",
        ])
    }

    @Test func theExportedThemeChecksClean() {
        let files = BuiltInTheme.files.filter { $0.key.hasPrefix("templates/") }.mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(files.count == BuiltInTheme.templates.count)
        let r = SiteFixture.build(SiteFixture.input(), theme: files)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    }
}
