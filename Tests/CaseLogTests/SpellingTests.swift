@testable import CaseLog
import Testing

/// Found in a trial: "Children’s Services" (the apostrophe Excel and Word write) did not match
/// a mapping of "Children's Services".
@Suite struct SpellingTests {
    @Test func curlyQuotesAndLongDashesMatchTheirPlainSpelling() {
        #expect(CaseLogSchema.normalised("Children\u{2019}s  Services") == CaseLogSchema.normalised("children's services"))
        #expect(CaseLogSchema.normalised("Police \u{2013} CAIT") == "police - cait")
        #expect(CaseLogSchema.normalised("\u{201C}Other\u{201D}") == "\"other\"")
        #expect(CaseLogSchema.normalised("Ca\u{00EF}ssa") == "ca\u{00EF}ssa", "other letters are kept")
    }
}
