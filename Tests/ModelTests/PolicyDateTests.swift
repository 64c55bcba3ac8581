import Foundation
import Model
import Testing

@Suite struct PolicyDateTests {
    @Test func aMonthOrADay() throws {
        let month = try #require(PolicyDate("2019-05"))
        #expect(month == PolicyDate(year: 2019, month: 5))
        #expect(month.day == nil)
        #expect(month.description == "2019-05")
        let day = try #require(PolicyDate("2025-02-28"))
        #expect(day == PolicyDate(year: 2025, month: 2, day: 28))
        #expect(day.description == "2025-02-28")
    }

    @Test(arguments: [
        "2025-02-30", "2025-02-29", "1900-02-29", "2025-04-31", "2025-13", "2025-00", "2025-01-00", "2025-01-32",
        "2019-5", "19-05", "2019-05-1", "2019-05-01-02", "2019/05", " 2019-05", "2019-05 ", "2019-05-", "-2019-05",
        "+019-05", "２０１９-05", "2019-０５", "May 2019", "", "2019",
    ])
    func refusesWhatIsNotADateInThatForm(text: String) {
        #expect(PolicyDate(text) == nil)
    }

    @Test func leapYears() {
        #expect(PolicyDate("2024-02-29") != nil)
        #expect(PolicyDate("2000-02-29") != nil)
        #expect(PolicyDate("2100-02-29") == nil)
        #expect(PolicyDate.daysIn(month: 2, year: 2024) == 29)
        #expect(PolicyDate.daysIn(month: 2, year: 1900) == 28)
        #expect((1...12).map { PolicyDate.daysIn(month: $0, year: 2025) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    /// Whatever parses prints back as the same text, so the model's JSON reads back.
    @Test(arguments: ["2019-05", "2025-12-31", "0999-01", "0001-01-01", "9999-12"])
    func descriptionIsTheTextItWasReadFrom(text: String) throws {
        let date = try #require(PolicyDate(text))
        #expect(date.description == text)
        #expect(PolicyDate(date.description) == date)
    }

    @Test func ordersByDayWithAMonthAsItsFirstDay() throws {
        let dates = ["2019-05-02", "2019-05", "2018-12-31", "2019-04-30", "2019-06"].compactMap(PolicyDate.init)
        #expect(dates.sorted().map(\.description) == ["2018-12-31", "2019-04-30", "2019-05", "2019-05-02", "2019-06"])
        #expect(!(PolicyDate("2019-05")! < PolicyDate("2019-05-01")!))
        #expect(!(PolicyDate("2019-05-01")! < PolicyDate("2019-05")!))
    }

    @Test func codedAsItsText() throws {
        let data = try JSONEncoder().encode([PolicyDate("2019-05")!, PolicyDate("2025-02-03")!])
        #expect(String(decoding: data, as: UTF8.self) == #"["2019-05","2025-02-03"]"#)
        #expect(try JSONDecoder().decode([PolicyDate].self, from: data) == [PolicyDate("2019-05")!, PolicyDate("2025-02-03")!])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PolicyDate].self, from: Data(#"["2025-02-30"]"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PolicyDate].self, from: Data("[20190501]".utf8)) }
    }
}
