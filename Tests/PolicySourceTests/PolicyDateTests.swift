import Model
import Testing
import TestSupport

@Suite struct PolicyDateTests {
    @Test func readsDaysAndMonths() {
        #expect(PolicyDate("2025-05-21") == PolicyDate(year: 2025, month: 5, day: 21))
        #expect(PolicyDate("2018-05") == PolicyDate(year: 2018, month: 5))
        #expect(PolicyDate("2024-02-29")?.description == "2024-02-29")
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "2025-04-31", "2025-5-1", "21/05/2025", "May 2018", "2025-00", "1900-02-29"])
    func rejectsImpossibleOrMalformedDates(text: String) {
        #expect(PolicyDate(text) == nil)
    }

    @Test func ordersMonthOnlyDatesAsTheFirst() {
        #expect(PolicyDate("2018-05")! < PolicyDate("2018-05-02")!)
        #expect(!(PolicyDate("2018-05-01")! < PolicyDate("2018-05")!))
    }
}
