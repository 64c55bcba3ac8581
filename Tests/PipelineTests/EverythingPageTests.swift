import Foundation
import Pipeline
import Testing
import TestSupport

/// The page of the procedure that uses every part of the format shows each part to its readers.
@Suite struct EverythingPageTests {
    func page() async throws -> String {
        let context = await Fixtures.pipeline(try Fixtures.everythingContent()).run(.check)
        let file = try #require(context.files.first { $0.path == "everything/index.html" })
        return String(decoding: file.contents, as: UTF8.self)
    }

    @Test func showsBranchesRoutesDutiesAndConditions() async throws {
        let html = try await page()
        // Only the route that bypasses the stages is urgent; the others are "Other routes".
        #expect(html.contains("<h2 id=\"other-routes-heading\">Other routes</h2>"))
        #expect(html.contains("Concerns about a professional · Use this route instead of the stages"))
        #expect(html.contains("Whistleblowing · Use this route as well as the stages, not instead of them"))
        #expect(html.contains("<strong>Then:</strong> <a href=\"#stage-3\">Go to Stage 3: Heads of service</a>"))
        // Duties written once.
        #expect(html.contains("<h3>At every stage</h3>"))
        // A conditional timescale, a stage's trigger, a changing setting, a role.
        #expect(html.contains("<li>Or immediately, where a child is at risk of significant harm</li>"))
        #expect(html.contains("<dt>Starts when</dt><dd>the line managers cannot agree, or a child is at immediate risk</dd>"))
        #expect(html.contains("Stage 1 · Inside your own agency, then between agencies"))
        #expect(html.contains("<strong>The conference chair</strong>"))
        // Stated outcomes under "What happens next", with links where they lead on the page.
        #expect(html.contains("<strong>The business manager refers it to a panel:</strong> <a href=\"#stage-6\">Go to Stage 6: Resolution panel</a>"))
        #expect(html.contains("<strong>It concerns a provider’s registration:</strong> Refer it outside the partnership, to the inspectorate"))
        // Steps: their who as a list and their own branches.
        #expect(html.contains("<strong>The practitioner still disagrees:</strong> <a href=\"#stage-4\">Go to Stage 4: Directors</a>"))
        // The note after the categories stays after them.
        let list = try #require(html.range(of: "<li>Information sharing</li></ul>"))
        let note = try #require(html.range(of: "The list is not exhaustive."))
        #expect(list.upperBound <= note.lowerBound)
        // Every contact on the page can be reached; the month-only date reads as a month.
        #expect(html.contains("Address: Partnership Team, 1 High Street, Westshire WS1 1AA"))
        #expect(html.contains("May 2019"))
    }
}
