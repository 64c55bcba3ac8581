import Testing
import TextTools

/// Right-to-left overrides and isolates from content are kept, but cannot reach past the text
/// they were written in.
@Suite struct BidiControlsTests {
    @Test func everyOpenedControlIsClosed() {
        #expect(BidiControls.balanced("a\u{202E}evil") == "a\u{202E}evil\u{202C}")
        #expect(BidiControls.balanced("\u{2067}x\u{202B}y") == "\u{2067}x\u{202B}y\u{202C}\u{2069}")
        #expect(BidiControls.balanced("\u{202E}closed\u{202C} plain") == "\u{202E}closed\u{202C} plain")
        #expect(BidiControls.balanced("plain") == "plain")
    }

    @Test func eachTextRunOfAPageIsBalancedOnItsOwn() {
        let page = "<h1>Title \u{202E}evil</h1><p title=\"x\">after</p>"
        #expect(BidiControls.balancedBetweenTags(page) == "<h1>Title \u{202E}evil\u{202C}</h1><p title=\"x\">after</p>")
    }
}
