import Model
import Testing

@Suite struct TimescaleTests {
    @Test(arguments: [
        (Timescale(kind: .fromRaised, value: 3, unit: .workingDays), "3 working days from the date raised"),
        (Timescale(kind: .fromRaised, value: 1, unit: .workingDays), "1 working day from the date raised"),
        (Timescale(kind: .afterPrevious, value: 5, unit: .workingDays), "5 working days after the previous stage"),
        (Timescale(kind: .afterPrevious, value: 1, unit: .hours), "1 hour after the previous stage"),
        (Timescale(kind: .fromRaised, value: 72, unit: .hours), "72 hours from the date raised"),
        // A missing unit is working days, the unit procedures count in.
        (Timescale(kind: .fromRaised, value: 2), "2 working days from the date raised"),
        (Timescale(kind: .none, wording: "as soon as possible"), "as soon as possible"),
        (Timescale(kind: .none, wording: "immediately"), "immediately"),
        (Timescale(kind: .none), "no fixed timescale"),
        // The note is a qualification shown elsewhere, not part of the summary.
        (Timescale(kind: .fromRaised, value: 10, unit: .workingDays, note: "or sooner if urgent"), "10 working days from the date raised"),
    ])
    func summary(timescale: Timescale, text: String) {
        #expect(timescale.summary == text)
    }

    @Test func theJSONValuesAreTheDocumentedOnes() {
        #expect([Timescale.Kind.fromRaised, .afterPrevious, .none].map(\.rawValue) == ["from-raised", "after-previous", "none"])
        #expect([Timescale.Unit.workingDays, .hours].map(\.rawValue) == ["working-days", "hours"])
    }
}
