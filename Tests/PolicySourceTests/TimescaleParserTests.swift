import Model
@testable import PolicySource
import Testing
import TestSupport

@Suite struct TimescaleParserTests {
    @Test(arguments: [
        ("3 working days from the date raised", Timescale.Kind.fromRaised, 3, Timescale.Unit.workingDays),
        ("within three working days from when the matter was raised", .fromRaised, 3, .workingDays),
        ("2 working days from when the disagreement or concern arose", .fromRaised, 2, .workingDays),
        ("2 working days after the previous stage", .afterPrevious, 2, .workingDays),
        ("two working days of the completion of the previous stage", .afterPrevious, 2, .workingDays),
        ("1 working day after the previous step", .afterPrevious, 1, .workingDays),
        ("a working day after the previous step", .afterPrevious, 1, .workingDays),
        ("72 hours from the date raised", .fromRaised, 72, .hours),
        ("12 Working-Days from the date raised", .fromRaised, 12, .workingDays),
    ])
    func readsCountedTimescales(text: String, kind: Timescale.Kind, value: Int, unit: Timescale.Unit) throws {
        let t = try TimescaleParser.parse(text).get()
        #expect(t.kind == kind)
        #expect(t.value == value)
        #expect(t.unit == unit)
        #expect(t.note == nil)
    }

    @Test func keepsTheNoteAfterASemicolon() throws {
        let t = try TimescaleParser.parse("6 working days from the date raised; sooner if urgent").get()
        #expect(t.value == 6)
        #expect(t.note == "sooner if urgent")
        #expect(t.summary == "6 working days from the date raised")
    }

    @Test(arguments: ["as soon as possible", "immediately", "As soon as possible."])
    func readsUnfixedTimescales(text: String) throws {
        let t = try TimescaleParser.parse(text).get()
        #expect(t.kind == .none)
        #expect(t.value == nil)
        #expect(t.summary.hasPrefix(text.lowercased().trimmingCharacters(in: .punctuationCharacters)))
    }

    @Test func rejectsWhatItCannotRead() {
        #expect(TimescaleParser.parse("soon") == .failure(.noAmount("soon")))
        #expect(TimescaleParser.parse("3 weeks from the date raised") == .failure(.noUnit("3 weeks from the date raised")))
        #expect(TimescaleParser.parse("3 working days") == .failure(.noAnchor("3 working days")))
        #expect(TimescaleParser.parse("0 working days from the date raised") == .failure(.zero))
    }
}


@Suite struct FactListTests {
    @Test func semicolonsSplitValuesExceptInsideBrackets() {
        #expect(Fact.splitAtSemicolons("a; b (c; d); e [f; g]") == ["a", "b (c; d)", "e [f; g]"])
        #expect(Fact.splitAtSemicolons("one value") == ["one value"])
        #expect(Fact.splitAtSemicolons(" ; ") == [])
    }
}

import TextTools

@Suite struct SmartPunctuationTests {
    @Test func frontMatterTextGetsTheBodysPunctuation() {
        #expect(SmartPunctuation.apply("the child's \"plan\" -- now 'quoted'") == "the child\u{2019}s \u{201C}plan\u{201D} \u{2013} now \u{2018}quoted\u{2019}")
        #expect(SmartPunctuation.apply("no quotes - here") == "no quotes - here")
    }
}
