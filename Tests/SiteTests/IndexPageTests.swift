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

@Suite struct IndexPageTests {
    @Test func updatedFlagsComeFromTheContentDates() {
        let index = SiteFixture.page(SiteFixture.build(SiteFixture.input()), "index.html")
        // The newest content date is Hertfordshire's 21 May 2025; Nottingham's 30 January 2025 is
        // within the example's 120 days, Cambridgeshire (2021) and HIPS (no date) are not.
        #expect(index.contains("Updated 21 May 2025"))
        #expect(index.contains("Updated 30 January 2025"))
        var settings = SiteFixture.loaded.settings
        settings.updatedWithinDays = 30
        let narrow = SiteFixture.page(SiteFixture.build(SiteFixture.input(settings: settings)), "index.html")
        #expect(!narrow.contains("Updated 30 January 2025"))
        #expect(narrow.contains("Updated 21 May 2025"))
    }
}
