import CaseLog
import Model
import TestSupport
import WorkingDays
import XCTest
@testable import Statistics

final class StatisticsBuilderTests: XCTestCase {
    func testPublicationOfASyntheticLogPassesItsAudit() throws {
        let p = try XCTUnwrap(SyntheticCases.publication(SyntheticCases.records()))
        XCTAssertEqual(p.period, "2024-25", "the latest complete financial year, not the build clock")
        XCTAssertEqual(p.unsafeCells, [])
        XCTAssertTrue(p.audit.passed)
        XCTAssertGreaterThan(p.audit.primary, 0, "small numbers are the normal case")
        XCTAssertEqual(Set(p.sections.map(\.name)).count, p.sections.count)
        XCTAssertNotNil(p.table("herts/compliance"))
        XCTAssertNotNil(p.table("portsmouth/compliance"))
        XCTAssertNil(p.table("notts-city/compliance"), "a procedure without stages gets counts only")
        XCTAssertNotNil(p.table("notts-city/raising-agency"))
        for t in p.tables {
            XCTAssertTrue(t.notes.contains { $0.contains("suppressed") }, "\(t.id) says how many cells are suppressed")
        }
    }
}
