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

@Suite struct FeedAndSitemapTests {
    @Test func sitemapAndFeedAreWellFormedXML() throws {
        let r = SiteFixture.build(SiteFixture.input())
        for name in ["sitemap.xml", "feed.xml"] {
            let parser = XMLParser(data: try #require(r.files[name]))
            #expect(parser.parse(), "\(name): \(String(describing: parser.parserError))")
        }
        let feed = SiteFixture.page(r, "feed.xml")
        #expect(feed.contains("<updated>2025-05-21T00:00:00Z</updated>"))
        #expect(feed.contains("https://example.org/escalation/notts/index.html#history"))
        #expect(SiteFixture.page(r, "sitemap.xml").contains("<loc>https://example.org/escalation/herts/index.html</loc><lastmod>2025-05-21</lastmod>"))
        var settings = SiteFixture.loaded.settings
        settings.baseURL = nil
        let noBase = SiteFixture.build(SiteFixture.input(settings: settings))
        #expect(noBase.files["sitemap.xml"] == nil && noBase.files["feed.xml"] == nil)
    }
}
