import Foundation
import Model
import PolicySource
import Testing
import TestSupport

/// `owner:`, `accessibility:` and `privacy:` in site.yml: read, checked, and every missing fact reported.
@Suite struct SiteFactsTests {
    func load(_ site: String) throws -> ContentLoader.Result {
        let dir = try Fixtures.copyOfContent()
        try site.write(to: dir.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        return Fixtures.load(dir)
    }

    @Test func theExampleFactsAreReadWithNothingMissing() {
        let s = Fixtures.examples.settings
        #expect(s.owner == SiteOwner(name: "The escalate project (example site)", email: "feedback@example.org"))
        let a = s.accessibility
        #expect(a?.email == "accessibility@example.org")
        #expect(a?.compliance == .partial)
        #expect(a?.lastTested == PolicyDate("2026-12-03"))
        #expect(a?.prepared == PolicyDate("2026-12-03"))
        #expect(a?.replyWorkingDays == 10)
        #expect(s.privacy.email == "privacy@example.org")
        #expect(!Fixtures.examples.diagnostics.items.contains { ["site-owner", "accessibility-fact"].contains($0.code) })
    }

    @Test func aSiteYmlWithoutTheFactsIsWarnedOfEach() throws {
        let r = try load("title: T\n")
        let warnings = r.diagnostics.items.filter { ["site-owner", "accessibility-fact"].contains($0.code) }
        #expect(warnings.map(\.code).sorted() == ["accessibility-fact", "site-owner"])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.location.file == "content/site.yml" })
        let accessibility = try #require(warnings.first { $0.code == "accessibility-fact" })
        for fact in ["a contact for accessibility problems", "'compliance'", "'last-tested'", "'prepared'"] {
            #expect(accessibility.message.contains(fact), "\(accessibility.message)")
        }
        #expect(r.settings.accessibility == nil)
    }

    @Test func onlyTheMissingFactIsNamed() throws {
        let r = try load("title: T\nowner:\n  name: N\n  feedback-url: https://example.org/feedback\naccessibility:\n  url: https://example.org/a11y\n  compliance: fully-compliant\n  prepared: 2026-01-02\n")
        let messages = r.diagnostics.items.filter { ["site-owner", "accessibility-fact"].contains($0.code) }.map { "\($0.location.line): \($0.message)" }
        #expect(messages == ["6: the accessibility statement cannot say when it was last tested ('last-tested'): site.yml does not give it under 'accessibility:'"])
        #expect(r.settings.owner.feedbackURL == "https://example.org/feedback")
        #expect(r.settings.accessibility?.compliance == .full)
    }

    @Test func wrongValuesAreErrorsAtTheirLine() throws {
        let r = try load("""
            title: T
            owner:
              name: N
              email: not an address
              colour: red
            accessibility:
              email: a@example.org
              compliance: mostly
              last-tested: last week
              prepared: 2026-13-01
              reply-working-days: soon
              url: example.org/form
              known-limits: one
            privacy:
              notice-url: /privacy

            """)
        let messages = r.diagnostics.items.filter { $0.severity == .error }.map { "\($0.location.line): \($0.message)" }
        for expected in ["4: 'not an address' is not an email address", "5: unknown key 'colour' in 'owner'",
                         "8: 'compliance' must be one of fully-compliant, partially-compliant, not-compliant, not 'mostly'",
                         "9: 'last-tested' is not a date in YYYY-MM-DD form: 'last week'", "10: 'prepared' is not a date in YYYY-MM-DD form: '2026-13-01'",
                         "11: 'reply-working-days' must be a whole number of working days from 1 to 365, not 'soon'",
                         "12: 'url' must be a full web address starting with https://, not 'example.org/form'",
                         "13: 'known-limits' must be a list (lines starting with '- ')",
                         "15: 'notice-url' must be a full web address starting with https://, not '/privacy'"] {
            #expect(messages.contains(expected), "missing: \(expected) in \(messages)")
        }
    }

    @Test func knownLimitsAreAListOfSentencesAndBounded() throws {
        let many = (1...60).map { "    - Problem \($0)." }.joined(separator: "\n")
        let r = try load("title: T\naccessibility:\n  known-limits:\n\(many)\n")
        #expect(r.settings.accessibility?.knownLimits.count == 50)
        #expect(r.diagnostics.items.contains { $0.message == "'known-limits' lists 60 problems; at most 50 are read" })
        let long = try load("title: T\nowner:\n  name: \(String(repeating: "x", count: 1200))\n")
        #expect(long.diagnostics.items.contains { $0.message == "'name' is \(1200) characters long; at most 1000 are allowed" })
        #expect(long.settings.owner.name == nil)
    }
}
