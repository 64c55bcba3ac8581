import CaseLog
import Model
import TestSupport
import WorkingDays
import XCTest
@testable import Statistics

/// Compliance worked out by hand from each procedure's published timescales and the England
/// and Wales bank holidays.
final class StageTimelinessTests: XCTestCase {
    let calendar = Fixtures.examples.calendars.calendar("england-and-wales")!

    func day(_ s: String) -> Day { Day(PolicyDate(s)!)! }

    /// Hertfordshire counts every stage from the day raised (3, 6, 10, 12 working days) and its
    /// partnership log starts at stage 3. Raised Friday 20 December 2024: the 10th working day
    /// after it, past Christmas, Boxing Day and New Year's Day, is Wednesday 8 January 2025;
    /// the 12th is Friday 10 January.
    func testCumulativeHertfordshire() throws {
        let herts = try XCTUnwrap(Fixtures.procedure("herts"))
        XCTAssertEqual(herts.stages.map(\.timescale.kind), [.fromRaised, .fromRaised, .fromRaised, .fromRaised])
        XCTAssertEqual(calendar.adding(10, .workingDays, to: day("2024-12-20")), day("2025-01-08"))
        // Stage 3 ends on its deadline (within); stage 4 ends on the 13th, after the 10th (late).
        let a = CaseRecord(procedure: "herts", partnership: "herts", raisedOn: day("2024-12-20"), raisingAgency: "health",
                           receivingAgency: "csc", category: "other", firstStageHeld: 3,
                           stageDates: [day("2024-12-23"), day("2025-01-08")], resolvedOn: day("2025-01-13"), resolvedStage: 4, outcome: "resolved")
        XCTAssertEqual(StageTimeliness.assess(a, stages: herts.stages, calendar: calendar), [.notReached, .notReached, .within, .late])
        // Resolved at stage 3 one day after its deadline.
        let b = CaseRecord(procedure: "herts", partnership: "herts", raisedOn: day("2024-12-20"), raisingAgency: "health",
                           receivingAgency: "csc", category: "other", firstStageHeld: 3,
                           stageDates: [day("2024-12-27")], resolvedOn: day("2025-01-09"), resolvedStage: 3, outcome: "resolved")
        XCTAssertEqual(StageTimeliness.assess(b, stages: herts.stages, calendar: calendar), [.notReached, .notReached, .late, .notReached])
        // Still open at stage 3: its time runs out on 8 January.
        let c = CaseRecord(procedure: "herts", partnership: "herts", raisedOn: day("2024-12-20"), raisingAgency: "health",
                           receivingAgency: "csc", category: "other", firstStageHeld: 3, stageDates: [day("2024-12-23")])
        XCTAssertEqual(StageTimeliness.assess(c, stages: herts.stages, calendar: calendar)[2], .open(deadline: day("2025-01-08")))
        XCTAssertEqual(calendar.workingDays(from: day("2024-12-20"), to: day("2025-01-13")), 13)
    }

    /// HIPS: stage 1 within 2 working days of the concern arising, each later stage within 2
    /// working days of the end of the previous one. Raised Thursday 17 April 2025: Good Friday
    /// and Easter Monday put stage 1's deadline on Wednesday 23 April.
    func testRelativeHIPS() throws {
        let hips = try XCTUnwrap(Fixtures.procedure("hips"))
        XCTAssertEqual(hips.stages.map(\.timescale.kind), [.fromRaised, .afterPrevious, .afterPrevious, .afterPrevious, .afterPrevious])
        let r = CaseRecord(procedure: "hips", partnership: "portsmouth", raisedOn: day("2025-04-17"), raisingAgency: "health",
                           receivingAgency: "csc", category: "other",
                           stageDates: [day("2025-04-17"), day("2025-04-23"), day("2025-04-28")], resolvedOn: day("2025-04-30"),
                           resolvedStage: 3, outcome: "resolved")
        // Stage 1 ends 23 April (its deadline): within. Stage 2 began 23 April, due by Friday
        // 25 April, ended 28 April: late. Stage 3 began 28 April, due 30 April, resolved then: within.
        XCTAssertEqual(StageTimeliness.assess(r, stages: hips.stages, calendar: calendar), [.within, .late, .within, .notReached, .notReached])
        // Measured from the previous stage's end, not from the day raised: a case that took 10
        // working days over stage 1 can still meet stage 2.
        let s = CaseRecord(procedure: "hips", partnership: "portsmouth", raisedOn: day("2025-04-01"), raisingAgency: "health",
                           receivingAgency: "csc", category: "other",
                           stageDates: [day("2025-04-01"), day("2025-04-15"), day("2025-04-16")], resolvedOn: day("2025-04-17"),
                           resolvedStage: 3, outcome: "resolved")
        XCTAssertEqual(StageTimeliness.assess(s, stages: hips.stages, calendar: calendar), [.late, .within, .within, .notReached, .notReached])
    }

    /// Cambridgeshire & Peterborough set no timescales: every stage reached is "no timescale set".
    func testNoTimescaleCambridgeshire() throws {
        let cp = try XCTUnwrap(Fixtures.procedure("cambs-pboro"))
        let r = CaseRecord(procedure: "cambs-pboro", partnership: "cambs-pboro", raisedOn: day("2024-06-03"), raisingAgency: "health",
                           receivingAgency: "csc", category: "other",
                           stageDates: [day("2024-06-03"), day("2024-06-20")], resolvedOn: day("2024-07-01"), resolvedStage: 2, outcome: "resolved")
        XCTAssertEqual(StageTimeliness.assess(r, stages: cp.stages, calendar: calendar), [.noTimescale, .noTimescale, .notReached, .notReached])
    }

    /// Hours are compared in whole days: 72 hours from a Friday is the Monday.
    func testHoursInWholeDays() {
        let stage = Stage(number: 1, title: "Challenge", participants: ["x"], timescale: Timescale(kind: .fromRaised, value: 72, unit: .hours))
        let base = CaseRecord(procedure: "p", partnership: "p", raisedOn: day("2025-06-06"), raisingAgency: "a", receivingAgency: "b",
                              category: "other", stageDates: [day("2025-06-06")], resolvedOn: day("2025-06-09"), resolvedStage: 1)
        XCTAssertEqual(StageTimeliness.assess(base, stages: [stage], calendar: calendar), [.within])
        var late = base
        late.resolvedOn = day("2025-06-10")
        XCTAssertEqual(StageTimeliness.assess(late, stages: [stage], calendar: calendar), [.late])
    }
}
