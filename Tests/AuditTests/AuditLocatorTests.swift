import Audit
import Testing

/// The line an annotation points at: a front-matter key, a stage's or route's heading, else none.
@Suite struct AuditLocatorTests {
    static let source = """
        ---
        id: demo
        version: "3"
        contacts:
          - id: office
            version: not-a-top-level-key
        next-review: 2027-06-01
        ---

        # Demo

        ```
        ## Stage 1: inside a fence is not a heading
        ```

        ## Route: Concerns about a professional's suitability

        ## Stage 1: Practitioners

        ##Stage 2 without a space is not a heading
        ## Stage 12
        """

    @Test func findsKeysAndHeadings() {
        let locator = AuditLocator(source: Self.source)
        #expect(locator.line(of: .frontMatter("version")) == 3)
        #expect(locator.line(of: .frontMatter("next-review")) == 7)
        #expect(locator.line(of: .frontMatter("timescale-note")) == nil)
        #expect(locator.line(of: .route(anchor: "route-concerns-about-a-professionals-suitability")) == 16)
        #expect(locator.line(of: .stage(1)) == 18)
        #expect(locator.line(of: .stage(2)) == nil)
        #expect(locator.line(of: .stage(12)) == 21)
        #expect(locator.line(of: .file) == nil)
        #expect(locator.line(of: .first([.frontMatter("missing"), .stage(1)])) == 18)
    }

    @Test func toleratesSourcesWithoutFrontMatterOrWithCRLF() {
        #expect(AuditLocator(source: "").line(of: .stage(1)) == nil)
        let crlf = AuditLocator(source: "---\r\nversion: 1\r\n---\r\n## Stage 1: A\r\n")
        #expect(crlf.line(of: .frontMatter("version")) == 2)
        #expect(crlf.line(of: .stage(1)) == 4)
    }
}
