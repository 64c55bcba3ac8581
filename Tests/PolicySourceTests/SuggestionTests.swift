@testable import PolicySource
import Testing

/// Found by the benchmark: a front door naming an unknown partnership in a site of a thousand
/// procedures printed all eight thousand partnership ids in its help (287 KB of one message).
@Suite struct SuggestionTests {
    @Test func aLongListOfCandidatesIsCutToADozenAndCounted() {
        let ids = (0..<8_000).map { "herts-b\($0)" }
        let help = Suggestion.help(for: "hertz-b1", in: ids, kind: "partnership ids")
        #expect(help.hasPrefix("did you mean 'herts-b1'? partnership ids are: herts-b0, herts-b1,"))
        #expect(help.hasSuffix(", … (8000 in all)"))
        #expect(help.count < 300)
    }

    @Test func aShortListIsGivenWhole() {
        #expect(Suggestion.help(for: "x", in: ["a", "b"], kind: "ids").hasSuffix("ids are: a, b"))
    }
}
