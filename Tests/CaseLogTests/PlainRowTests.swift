@testable import CaseLog
import Foundation
import Model
import Testing
import TestSupport
import WorkingDays

/// The plain-row reading (straight from the bytes) against the validator, row by row: a row
/// it reads gives exactly the validator's record, and any row it cannot read is left to the
/// validator (nil), never read differently.
@Suite struct PlainRowTests {
    struct Read {
        var line: Int
        var plain: CaseRecord?
        var validated: CaseRecord?
    }

    static func reads(_ text: String, configuration: CaseLogConfiguration = LogRun.configuration()) throws -> [Read] {
        var t = CSVTokenizer(.bytes(Array(text.utf8)))
        func cells() -> [Cell] {
            (0..<t.slotCount).map { slot in
                let r = t.range(slot: slot)
                if r.isEmpty { return .empty }
                return FieldText.decode(t.text[r], configuration.settings.encoding).map(Cell.text) ?? .undecodable
            }
        }
        _ = try t.next()
        let (header, _) = CaseLogHeader.read(cells(), row: 1, configuration: configuration)
        t.keep(columns: header.fields.map { header.columns[$0]! })
        let plain = PlainRowReader(configuration: configuration, header: header)
        let validator = CaseRowValidator(configuration: configuration, header: header)
        var out: [Read] = []
        while try t.next() {
            let c = cells()
            var validated: CaseRecord?
            if case .record(let r) = validator.validate(c, date1904: false) { validated = r }
            let p = plain.record(t)
            if let p, let id = validator.caseID(c) { #expect(p.caseID == CaseLogReader.hash(id), "row \(t.row)") }
            out.append(Read(line: t.row, plain: p?.record, validated: validated))
        }
        return out
    }

    @Test func everyGeneratedRowIsReadPlainAsTheValidatorReadsIt() throws {
        let rows = try Self.reads(GeneratorTests.generate(rows: 3_000, seed: 21))
        #expect(rows.count == 3_000)
        for r in rows {
            #expect(r.plain != nil, "row \(r.line) was not read plain")
            #expect(r.plain == r.validated, "row \(r.line)")
        }
    }

    /// LogRun.good with one cell changed; `plain` says whether the fast reading takes it.
    static let variants: [(row: String, plain: Bool)] = [
        (LogRun.good, true),
        ("A-1,herts,2024-05-01,school,police,resources,,,,,\n", true),
        ("A-1,herts,2024-05-01,school,police,resources,2024-05-08,2024-05-09,,,\n", true),
        // Read by the validator (trimmed, normalised, a time of day, "stage 3"), not plain.
        (" A-1,herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,3,agreed\n", false),
        ("A-1,Herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,3,agreed\n", false),
        ("A-1,herts,2024-05-01,School ,police,resources,2024-05-08,,2024-05-10,3,agreed\n", false),
        ("A-1,herts,2024-05-01 00:00,school,police,resources,2024-05-08,,2024-05-10,3,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,stage 3,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,3,Agreement  reached\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,2024-05-08,, ,,\n", false),
        ("A-1,herts,2024-05-01,Children\u{2019}s Services,police,resources,2024-05-08,,2024-05-10,3,agreed\n", false),
        // Problems: neither reads a record.
        ("A-1,herts,2024-02-30,school,police,resources,2024-05-08,,2024-05-10,3,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,2024-04-08,,2024-05-10,3,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,,2024-05-08,2024-05-10,4,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,2024-05-08,2024-05-06,2024-05-10,4,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-07,3,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,2024-05-08,2024-05-09,2024-05-10,3,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,2024-05-08,,,3,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,9,agreed\n", false),
        ("A-1,herts,2024-05-01,school,police,nonsense,2024-05-08,,2024-05-10,3,agreed\n", false),
        ("A-1,nowhere,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,3,agreed\n", false),
        (",herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,3,agreed\n", false),
        ("A-1,herts,1989-12-29,school,police,resources,2024-05-08,,2024-05-10,3,agreed\n", false),
    ]

    @Test func aRowThatIsNotPlainIsLeftToTheValidator() throws {
        for (row, plain) in Self.variants {
            let r = try #require(try Self.reads(LogRun.header + row).first)
            #expect((r.plain != nil) == plain, "\(row)")
            if let p = r.plain { #expect(p == r.validated, "\(row)") }
        }
    }

    @Test func dayMonthYearDatesAreReadPlainAsTheValidatorReadsThem() throws {
        let c = LogRun.configuration { $0.dateFormat = .dayMonthYear }
        for (date, plain) in [("1/5/2024", true), ("01/05/2024", true), ("1/05/2024", true), ("1/5/24", false), ("31/4/2024", false),
                              ("2024-05-01", false), ("1//2024", false), ("001/5/2024", false), ("1/5/2024/", false)] {
            let row = "A-1,herts,\(date),school,police,resources,,,,,\n"
            let r = try #require(try Self.reads(LogRun.header + row, configuration: c).first)
            #expect((r.plain != nil) == plain, "\(date)")
            if let p = r.plain { #expect(p == r.validated && p.raisedOn == Day(year: 2024, month: 5, day: 1), "\(date)") }
        }
    }
}

/// The duplicate check's table against a dictionary, growing from empty and reserved.
@Suite struct CaseIDTableTests {
    @Test func firstPlacesAreADictionarysFirstValues() {
        for reserve in [0, 5_000] {
            var table = CaseIDTable()
            table.reserveCapacity(reserve)
            var reference: [UInt64: UInt32] = [:]
            var state: UInt64 = 7
            for i in 0..<20_000 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Few distinct keys, so many repeat; 0 is among them.
                let key = i % 97 == 0 ? 0 : state % 9_000
                let place = UInt32(i)
                let expected = reference[key]
                if expected == nil { reference[key] = place }
                #expect(table.firstPlace(key, else: place) == expected)
            }
            #expect(table.count == reference.count)
        }
    }
}
