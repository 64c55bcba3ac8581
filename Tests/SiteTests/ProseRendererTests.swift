import Flowchart
import Foundation
import Model
import PolicySource
@testable import Site
import Testing
import TestSupport
import WorkingDays

@Suite struct ProseRendererTests {
    @Test func linksBetweenPolicyFilesBecomeLinksBetweenPages() {
        var r = ProseRenderer(pages: ["002_hips.md": "../hips/index.html"], usedIDs: ["stages"])
        let html = r.render(.rendered("See [HIPS stage 3](002_hips.md#stage-3), [the web](https://example.org/a.md) and [here](#stages)."))
        #expect(html.contains("href=\"../hips/index.html#stage-3\""))
        #expect(html.contains("href=\"https://example.org/a.md\""))
        #expect(html.contains("href=\"#stages\""))
        #expect(r.contentHrefs == ["../hips/index.html#stage-3", "https://example.org/a.md", "#stages"])
    }

    @Test func headingsTakeTheReadersIDsUniqueOnThePage() {
        var r = ProseRenderer(pages: [:], usedIDs: ["stages"])
        let html = r.render(.rendered("### Stages\n\n---\n\n### Notes & tips\n\n### Notes & tips\n"))
        #expect(html.contains("<h3 id=\"stages-1\">Stages</h3>"))
        #expect(html.contains("<h3 id=\"notes--tips\">Notes &amp; tips</h3>"))
        #expect(html.contains("<h3 id=\"notes--tips-1\">"))
        #expect(html.contains("<hr />"))
    }
}
