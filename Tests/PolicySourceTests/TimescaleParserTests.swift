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
        #expect(TimescaleParser.parse("3 fortnights from the date raised") == .failure(.noUnit("3 fortnights from the date raised")))
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

/// Timescales as partnerships write them: calendar days, weeks and months, times tied to an
/// event, and conditional timescales.
@Suite struct TimescaleWordingTests {
    @Test(arguments: [
        ("10 calendar days after the previous stage", Timescale.Kind.afterPrevious, 10, Timescale.Unit.calendarDays),
        ("3 months from the date raised", .fromRaised, 3, .months),
        ("a month after the previous stage", .afterPrevious, 1, .months),
        ("two weeks from the date raised", .fromRaised, 2, .weeks),
        ("1 week after the previous step", .afterPrevious, 1, .weeks),
        ("5 business days from the date raised", .fromRaised, 5, .workingDays),
    ])
    func readsTheOtherUnits(text: String, kind: Timescale.Kind, value: Int, unit: Timescale.Unit) throws {
        let t = try TimescaleParser.parse(text).get()
        #expect(t.kind == kind && t.value == value && t.unit == unit)
        #expect(t.alternatives.isEmpty)
    }

    @Test(arguments: ["at the next core group meeting", "At the review child protection conference", "by the next strategy discussion"])
    func keepsATimeTiedToAnEventAsWritten(text: String) throws {
        let t = try TimescaleParser.parse(text).get()
        #expect(t.kind == .event)
        #expect(t.wording == text)
        #expect(t.value == nil && t.unit == nil && !t.isFixed)
        #expect(TimescaleWording.text(t) == text.capitalizedFirstForTest)
    }

    @Test func readsAConditionalTimescale() throws {
        let t = try TimescaleParser.parse("5 working days from the date raised, or immediately where a child is at risk of significant harm; sooner if possible").get()
        #expect(t.kind == .fromRaised && t.value == 5 && t.unit == .workingDays)
        #expect(t.note == "sooner if possible")
        #expect(t.alternatives == [.init(condition: "where a child is at risk of significant harm", timescale: Timescale(kind: .none, wording: "immediately"))])
    }

    @Test func anAlternativeWithoutAnAnchorCountsLikeTheMainOne() throws {
        let t = try TimescaleParser.parse("2 working days after the previous stage or 1 working day if the child is subject to a child protection plan").get()
        #expect(t.alternatives.count == 1)
        #expect(t.alternatives[0].timescale == Timescale(kind: .afterPrevious, value: 1, unit: .workingDays))
        #expect(t.alternatives[0].condition == "if the child is subject to a child protection plan")
    }

    @Test func anOrInsideTheAnchorIsNotAnAlternative() throws {
        let t = try TimescaleParser.parse("2 working days from when the disagreement or concern arose").get()
        #expect(t.alternatives.isEmpty && t.value == 2)
    }

    /// Words after what the time counts from are the author's qualification: kept, never dropped.
    @Test(arguments: [
        ("12 working days from the date raised, or sooner if urgent", "sooner if urgent"),
        ("within six working days of the original matter being raised or sooner if urgent", "sooner if urgent"),
        ("2 working days after the previous stage where possible; and always within the child's timescales",
         "where possible; and always within the child's timescales"),
    ])
    func keepsWordsAfterTheAnchorAsTheNote(text: String, note: String) throws {
        let t = try TimescaleParser.parse(text).get()
        #expect(t.note == note)
        #expect(t.alternatives.isEmpty)
    }

    @Test func aNearMissAlternativeIsReportedNotKept() {
        #expect(TimescaleParser.parse("12 working days from the date raised, or without further delay where the child is at risk")
                == .failure(.nearUnfixed("without further delay", nearest: "without delay")))
    }

    @Test func anAlternativeNeedsACondition() {
        #expect(TimescaleParser.parse("5 working days from the date raised, or 2 working days") == .failure(.noCondition("2 working days")))
    }

    @Test(arguments: [("without further delay", "without delay"), ("immediate", "immediately"), ("as soon as practicable", "as soon as possible")])
    func suggestsTheNearestWording(text: String, nearest: String) {
        #expect(TimescaleParser.parse(text) == .failure(.nearUnfixed(text, nearest: nearest)))
        #expect(TimescaleParser.message(for: .nearUnfixed(text, nearest: nearest)).contains("did you mean '\(nearest)'?"))
    }

    @Test func theHelpNamesEveryUnfixedWording() {
        for wording in TimescaleParser.unfixed where wording != "none" { #expect(TimescaleParser.help.contains(wording)) }
        for unit in ["working days", "calendar days", "weeks", "months", "hours"] { #expect(TimescaleParser.help.contains(unit)) }
    }
}

private extension String {
    var capitalizedFirstForTest: String { prefix(1).uppercased() + dropFirst() }
}
