import Foundation
import Model
@testable import Site
import Testing
import TestSupport

/// One page of each kind, byte for byte, as reviewed by eye (Tests/Golden/pages/). Charts are
/// not rendered here (their SVG depends on the Graphviz version), so pages show the text
/// alternative and the download links only.
@Suite struct GoldenPageTests {
    static let pages = ["index.html", "compare.html", "404.html",
                        "herts/index.html", "hips/index.html", "notts/index.html",
                        "updates.html", "accessibility.html", "privacy.html", "partnerships/hampshire.html"]

    @Test(arguments: pages)
    func pageMatchesItsGoldenFile(_ page: String) throws {
        let site = SiteFixture.build(SiteFixture.input())
        let data = try #require(site.files[page])
        let golden = "Tests/Golden/pages/" + page.replacingOccurrences(of: "/", with: "-")
        if let problem = Golden.compare(data, to: golden) { Issue.record(Comment(rawValue: problem)) }
    }
}
