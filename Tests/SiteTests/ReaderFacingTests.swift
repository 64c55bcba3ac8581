import Foundation
import Model
@testable import Site
import Testing
import TestSupport
import TextTools

/// What a reader meets first and sees everywhere (issue 15, site-reader): what to do now on the
/// home and partnership pages, superseded versions on the updates page, a 404 page styled from
/// disk too, and no placeholder address or tool credit on any page.
@Suite struct ReaderFacingTests {
    /// The text of `<main>`'s first `<section>`, and everything in `<main>` before it.
    static func firstSection(_ html: String) -> (before: String, section: String)? {
        guard let main = html.range(of: "<main"), let open = html.range(of: "<section", range: main.upperBound..<html.endIndex),
              let close = html.range(of: "</section>", range: open.upperBound..<html.endIndex) else { return nil }
        return (String(html[main.upperBound..<open.lowerBound]), String(html[open.lowerBound..<close.upperBound]))
    }

    @Test func theHomeAndPartnershipPagesOpenWithTheImmediateRiskBlock() throws {
        let r = SiteFixture.build(SiteFixture.input())
        let risk = SiteFixture.loaded.settings.immediateRisk
        let partnershipPages = r.files.keys.filter { $0.hasPrefix("partnerships/") && $0.hasSuffix(".html") }.sorted()
        #expect(partnershipPages.count >= 2)
        for path in ["index.html"] + partnershipPages {
            let html = SiteFixture.page(r, path)
            let first = try #require(Self.firstSection(html), "\(path) has no section")
            #expect(first.section.hasPrefix("<section class=\"immediate-risk\" id=\"immediate-risk\""), "\(path): the first section is not the immediate-risk block")
            #expect(first.section.contains("<a class=\"immediate-risk__call\" href=\"tel:999\">\(risk.police)</a>"), "\(path)")
            let before = first.before.replacingOccurrences(of: #"<p class="breadcrumb">.*?</p>"#, with: "", options: .regularExpression)
            #expect(!before.contains("href=\"tel:") && !before.contains("href=\"mailto:") && !before.contains("<p") && !before.contains("<nav"),
                    "\(path): something comes before the immediate-risk block")
        }
        // With partnership pages, the home page's block is compact (999, then a pointer to
        // "Choose your area"), and each partnership's page names its own front doors.
        let home = try #require(Self.firstSection(SiteFixture.page(r, "index.html"))).section
        #expect(home.contains("<a href=\"#areas-heading\">Choose the child's area below</a>"))
        #expect(!home.contains("immediate-risk__areas"))
        let partnerships = Set(SiteFixture.loaded.procedures.flatMap(\.partnerships).map(\.id))
        for id in partnerships {
            let page = try #require(Self.firstSection(SiteFixture.page(r, "partnerships/\(id).html"))).section
            for door in risk.frontDoors[id] ?? [] {
                #expect(page.contains(MarkupEscapingForTests.escape(door.name)), "\(door.name) missing from its partnership's page")
                #expect(!home.contains(MarkupEscapingForTests.escape(door.name)), "\(door.name) listed on the home page")
            }
        }
        let herts = try #require(Self.firstSection(SiteFixture.page(r, "partnerships/herts.html"))).section
        #expect(herts.contains("Hertfordshire County Council children"))
        #expect(!herts.contains("Nottingham City Council"))
    }

    @Test func theUpdatesPageListsEverySupersededVersionWithItsPage() throws {
        let r = SiteFixture.build(SiteFixture.input())
        let page = SiteFixture.page(r, "updates.html")
        #expect(!SiteFixture.loaded.archive.isEmpty)
        let section = try #require(page.components(separatedBy: "<h2 id=\"superseded\">").dropFirst().first)
        for v in SiteFixture.loaded.archive {
            let href = PagePath.updates.link(to: .archivedVersion(id: v.procedure.id, version: v.version))
            #expect(r.files[PagePath.archivedVersion(id: v.procedure.id, version: v.version).file] != nil)
            #expect(section.contains("<a href=\"\(href)\">\(MarkupEscapingForTests.escape(v.procedure.title)), version \(v.version)</a>"), "\(href)")
        }
        #expect(section.contains("Superseded on <time datetime=\"2025-05-21\">21 May 2025</time> by version 37."))
        // Without an archive there is no such section.
        var input = SiteFixture.input()
        input.archive = []
        #expect(!SiteFixture.page(SiteFixture.build(input), "updates.html").contains("id=\"superseded\""))
    }

    @Test func theNotFoundPageLinksItsStylesheetsFromTheTopFolderTooWhenItsLinksStartFromBaseURL() throws {
        let r = SiteFixture.build(SiteFixture.input())
        let page = SiteFixture.page(r, "404.html")
        let head = try #require(page.components(separatedBy: "</head>").first)
        let sheets = head.components(separatedBy: "<link rel=\"stylesheet\" href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        // Served, the first two apply; opened from disk, the last two (the same files, in the same order).
        #expect(sheets == ["/escalation/assets/style.css", "/escalation/assets/theme.css", "assets/style.css", "assets/theme.css"], "\(sheets)")
        // Without a base address its links are relative and work from disk: each sheet once.
        var settings = SiteFixture.loaded.settings
        settings.baseURL = nil
        let relative = SiteFixture.page(SiteFixture.build(SiteFixture.input(settings: settings)), "404.html")
        #expect(relative.components(separatedBy: "href=\"assets/style.css\"").count == 2)
        #expect(!relative.contains("href=\"/"))
    }

    @Test func noPageShowsAPlaceholderAddressOrAToolCredit() throws {
        // The bundled site.yml's addresses are all on example.org.
        let settings = SiteFixture.loaded.settings
        #expect(settings.owner.email == "feedback@example.org" && settings.baseURL == "https://example.org/escalation/")
        var input = SiteFixture.input()
        input.settings.immediateRisk.frontDoors["herts"]?[0].email = "mash@example.org"
        input.settings.privacy.noticeURL = "https://www.example.org/privacy"
        let r = SiteFixture.build(input)
        for (path, data) in r.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("example.org"), "\(path) shows a placeholder address")
            #expect(!html.contains("Generated by escalate"), "\(path)")
        }
        let herts = SiteFixture.page(r, "herts/index.html")
        #expect(!herts.contains("Web version:"), "a printed copy gives no placeholder web address")
        #expect(!SiteFixture.page(r, "index.html").contains("Feedback, or a mistake on this page"), "no feedback line without a real address")
        // The machine files still use base-url: the sitemap and the feed need full addresses.
        #expect(String(decoding: try #require(r.files["sitemap.xml"]), as: UTF8.self).contains("https://example.org/escalation/index.html"))
    }
}
