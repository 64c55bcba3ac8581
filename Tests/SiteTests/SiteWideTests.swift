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

/// What every page shares: the set of pages, relative links, and the site's own link check.
@Suite struct SiteWideTests {
    @Test func buildsEveryPageAndAsset() {
        let r = SiteFixture.build(SiteFixture.input())
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        for path in ["index.html", "compare.html", "updates.html", "accessibility.html", "privacy.html", "partnerships/iow.html", "404.html", "herts/index.html", "cambs-pboro/index.html",
                     "hips/index.html", "notts/index.html", "assets/style.css", "assets/theme.css", "assets/deadlines.js",
                     "sitemap.xml", "feed.xml"] {
            #expect(r.files[path] != nil, "\(path) missing")
        }
    }

    @Test func everyLinkIsRelativeAndResolves() {
        let r = SiteFixture.build(SiteFixture.input())
        var all = r.files
        // The charts the procedure pages link to are written by the flowchart step.
        for p in SiteFixture.loaded.procedures {
            for chart in FlowchartBuilder().charts(for: p) {
                for ext in ["pdf", "dot", "svg"] { all["\(p.id)/\(chart.name).\(ext)"] = Data() }
            }
        }
        #expect(SiteLinkCheck.check(all, sitePath: "/escalation/").isEmpty, "\(SiteLinkCheck.check(all, sitePath: "/escalation/"))")
        // The 404 page is served from any depth, so its links start from the site's top (SitePagesTests).
        for (path, data) in r.files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(path) has a root-relative link")
            #expect(!html.contains("src=\"/"), "\(path) has a root-relative source")
            #expect(!html.contains("src=\"http"), "\(path) loads something from another site")
            #expect(!html.contains("<link rel=\"stylesheet\" href=\"http"), "\(path) loads a remote stylesheet")
        }
        #expect(SiteFixture.page(r, "herts/index.html").contains("href=\"../assets/style.css\""))
        #expect(SiteFixture.page(r, "index.html").contains("href=\"herts/index.html\""))
    }

    @Test func theLinkCheckFindsBrokenLinksWithTheirLine() {
        let files: [String: Data] = [
            "index.html": Data("<p>\n<a href=\"a.html#missing\">x</a> <a href=\"gone.html\">y</a> <a href=\"https://example.org/\">z</a>\n".utf8),
            "a.html": Data("<h2 id=\"present\">A</h2><a href=\"#present\">ok</a><a href=\"index.html\">ok</a>".utf8),
        ]
        let problems = SiteLinkCheck.check(files)
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.location.file == "output/index.html" && $0.location.line == 2 })
        #expect(problems.map(\.message).contains("the link 'a.html#missing' points to '#missing', which is not on a.html"))
        #expect(problems.map(\.message).contains("the link 'gone.html' points to 'gone.html', which the build does not make"))
        // Links that came from policy prose were checked against their source line already.
        #expect(SiteLinkCheck.check(files, skipping: ["index.html": ["gone.html", "a.html#missing"]]).isEmpty)
    }

    @Test func pageIDsLeaveOutTheChartsIDs() {
        let ids = SiteLinkCheck.pageIDs("<h2 id=\"stages\">S</h2><svg id=\"c0-graph0\"><g id=\"c0-node1\"></g></svg><p id=\"after\">")
        #expect(ids == ["stages", "after"])
    }
}
