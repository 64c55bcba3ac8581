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

    /// The three "still open" figures a reader meets on one page must agree or say why they
    /// differ, and every table's rows must add up to its total — including in the
    /// all-partnerships stage tables, where a procedure without stages has no stage to be at.
    func testStageAndOutcomeTablesAddUpAndAgreeOnWhatIsUnresolved() throws {
        func value(_ t: StatisticsTable, _ row: String) -> Double? { t.rows.first { $0.id == row }?.cells[0].number }
        func inLatestYear(_ r: CaseRecord) -> Bool { FinancialYear(containing: r.raisedOn).startYear == 2024 }

        // Every case resolved, and large counts: every cell published, so sums can be checked.
        let resolved = SyntheticCases.records(seed: 11, perYear: 150...200).filter { $0.resolvedOn != nil }
        // Stage dates in the log of a procedure without stages (Nottingham) name no stage.
        XCTAssertTrue(resolved.contains { $0.procedure == "notts" && !$0.stageDates.isEmpty })
        let whole = try XCTUnwrap(SyntheticCases.publication(resolved))
        XCTAssertEqual(whole.unsafeCells, [])
        let notts = resolved.filter { $0.procedure == "notts" && inLatestYear($0) }.count
        XCTAssertNil(whole.table("all/resolved-stage"), "every case resolved at its highest stage: the table would repeat the highest-stage one")
        XCTAssertTrue(whole.methods.contains { $0.contains("would repeat the table of the highest stage reached") })
        for kind in ["highest-stage"] {
            let t = try XCTUnwrap(whole.table("all/\(kind)"))
            let rows = t.rows.filter { !$0.isTotal }
            XCTAssertTrue(rows.allSatisfy { $0.cells[0].number != nil }, "\(kind): large enough to be published whole")
            XCTAssertEqual(rows.compactMap { $0.cells[0].number }.reduce(0, +), value(t, "total"), "\(kind): rows add up to the total")
            XCTAssertEqual(value(t, "not-recorded"), Double(notts), "\(kind): Nottingham's escalations counted under no stage")
            XCTAssertTrue(t.notes.contains { $0.contains("stages of different procedures are not alike") })
            XCTAssertNil(whole.table("notts-city/\(kind)"), "no stage table for a procedure without stages")
        }

        // With open cases (every case that reached its procedure's last stage, so none of the
        // counts still open at a stage is small) and a resolved case with no outcome recorded.
        let lastStage = Dictionary(uniqueKeysWithValues: Fixtures.examples.procedures.map { ($0.id, $0.stages.map(\.number).max() ?? 0) })
        var records = resolved.map { r -> CaseRecord in
            var r = r
            if inLatestYear(r), r.procedure != "notts", r.highestStage == lastStage[r.procedure] {
                r.resolvedOn = nil
                r.resolvedStage = nil
                r.outcome = nil
            }
            return r
        }
        let i = try XCTUnwrap(records.lastIndex { $0.resolvedOn != nil && $0.procedure == "herts" && inLatestYear($0) })
        records[i].outcome = nil
        let p = try XCTUnwrap(SyntheticCases.publication(records))
        XCTAssertEqual(p.unsafeCells, [])
        let unresolved = records.filter { $0.resolvedOn == nil && inLatestYear($0) }
        XCTAssertGreaterThan(unresolved.count, 0)
        var compared = 0
        for section in p.sections {
            let id = section.id ?? "all"
            guard let stage = p.table("\(id)/resolved-stage"), let outcome = p.table("\(id)/outcome") else { continue }
            // One cell in two tables: published in both or withheld in both.
            XCTAssertEqual(value(stage, "open"), value(outcome, "open"), id)
            if let n = value(stage, "open") {
                XCTAssertEqual(n, Double(unresolved.filter { id == "all" || $0.partnership == id }.count), id)
            }
            for t in [stage, outcome] {
                XCTAssertTrue(try XCTUnwrap(t.rows.first { $0.id == "open" }).label.hasPrefix("Not yet resolved (log as at "), t.id)
            }
            compared += 1
        }
        XCTAssertGreaterThan(compared, 3)
        let outcome = try XCTUnwrap(p.table("herts/outcome"))
        XCTAssertEqual(outcome.rows.first { $0.id == "outcome-not-recorded" }?.label, "Resolved, outcome not recorded",
                       "a resolved case without an outcome is not counted as unresolved")
        XCTAssertNil(value(outcome, "outcome-not-recorded"), "one case: suppressed")

        // The headline stage sentence is one partnership's, and says where its log begins.
        let all = try XCTUnwrap(whole.sections.first { $0.id == nil })
        XCTAssertFalse(all.summary.contains { $0.contains("resolved at stage") }, "\(all.summary)")
        let herts = try XCTUnwrap(whole.sections.first { $0.id == "herts" })
        let sentence = try XCTUnwrap(herts.summary.first { $0.contains("resolved at stage") }, "\(herts.summary)")
        XCTAssertTrue(sentence.hasSuffix("(the log records escalations from stage 3)."), sentence)
        let cambs = try XCTUnwrap(whole.sections.first { $0.id == "cambs-pboro" })
        XCTAssertFalse(cambs.summary.contains { $0.contains("the log records escalations from") }, "\(cambs.summary)")
    }

    /// A procedure that lists no categories gets no table of one "Other" row; its cases are
    /// in the all-partnerships table, which says so and still adds up.
    func testAProcedureWithoutCategoriesIsCountedOnlyInTheAllPartnershipsTable() throws {
        var vocabularies = SyntheticCases.vocabularies
        vocabularies.categories["hips"] = Vocabulary(terms: [.init(id: "other", name: "Other")])
        let records = SyntheticCases.records(seed: 12, perYear: 150...200).map { r -> CaseRecord in
            var r = r
            if r.procedure == "hips" { r.category = "other" }
            return r
        }
        let builder = StatisticsBuilder(procedures: Fixtures.examples.procedures, vocabularies: vocabularies, settings: StatisticsSettings(), synthetic: true)
        var sink = StatisticsAggregator(procedures: Fixtures.examples.procedures, calendars: Fixtures.examples.calendars, custom: builder.customPeriod)
        for r in records { sink.add(r) }
        let p = try XCTUnwrap(builder.publication(sink))
        XCTAssertEqual(p.unsafeCells, [])
        XCTAssertNil(p.table("portsmouth/category"))
        XCTAssertNotNil(p.table("herts/category"))
        let all = try XCTUnwrap(p.table("all/category"))
        XCTAssertTrue(all.notes.contains { $0.contains("Portsmouth") && $0.contains("lists no categories") }, "\(all.notes)")
        let cells = all.rows.filter { !$0.isTotal }.map { $0.cells[0].number }
        XCTAssertTrue(cells.allSatisfy { $0 != nil })
        XCTAssertEqual(cells.compactMap { $0 }.reduce(0, +), all.rows.first { $0.isTotal }?.cells[0].number)
    }

    /// Found in a trial: with one case still open at stage 3, "highest stage reached: stage 3"
    /// minus "resolved at stage 3" gave away that 1 case, though "not yet resolved" was [c].
    func testTheStageTablesDoNotGiveAwayTheCasesStillOpenAtAStage() throws {
        var records = SyntheticCases.records(seed: 21, perYear: 150...200)
        for i in records.indices where records[i].resolvedOn == nil {
            records[i].resolvedOn = records[i].stageDates.compactMap { $0 }.last
            records[i].resolvedStage = records[i].highestStage
            records[i].outcome = "agreed"
        }
        let resolved = try XCTUnwrap(SyntheticCases.publication(records))
        XCTAssertNil(resolved.table("herts/resolved-stage"), "nothing open: the stage-resolved table would repeat the highest-stage one")
        XCTAssertFalse(resolved.methods.contains { $0.contains("at which they were resolved are not published") })

        for stage in [3, 4] {
            let i = try XCTUnwrap(records.lastIndex { $0.partnership == "herts" && $0.highestStage == stage && FinancialYear(containing: $0.raisedOn).startYear == 2024 })
            records[i].resolvedOn = nil
            records[i].resolvedStage = nil
            records[i].outcome = nil
        }
        let p = try XCTUnwrap(SyntheticCases.publication(records))
        XCTAssertEqual(p.unsafeCells, [])
        XCTAssertTrue(p.audit.passed)
        XCTAssertNotNil(p.table("herts/highest-stage"))
        XCTAssertNil(p.table("herts/resolved-stage"), "one open at stage 3 and one at stage 4: too few to be told by subtraction")
        XCTAssertNil(p.table("all/resolved-stage"), "nor from the all-partnerships tables")
        XCTAssertTrue(p.methods.contains { $0.contains("at which they were resolved are not published for 2024-25") }, "\(p.methods)")
        XCTAssertNil(p.table("herts/outcome")?.rows.first { $0.id == "open" }?.cells[0].number, "2 unresolved: withheld")
    }

    /// Found in a trial: a log that begins part-way through a year was published as if it
    /// covered it, with "true" zeros for the months before it and "up from 6" against a
    /// year it held ten weeks of.
    func testAYearTheLogCoversOnlyPartlyIsSaidToBeSoAndNeverComparedWith() throws {
        let records = SyntheticCases.records(seed: 31, perYear: 150...200)
        let late = records.filter { $0.raisedOn >= Day(year: 2024, month: 12, day: 4) }
        let p = try XCTUnwrap(SyntheticCases.publication(late))
        XCTAssertEqual(p.period, "2024-25", "no year is wholly covered: the latest is shown, said to be partial")
        let quarters = try XCTUnwrap(p.table("all/quarter"))
        XCTAssertEqual(quarters.rows.prefix(2).map { $0.cells[0].text }, ["[x]", "[x]"], "April to September 2024: not covered (the log begins in December)")
        XCTAssertEqual(quarters.rows[2].label, "Quarter 3 (October to December), part of the quarter")
        XCTAssertNotNil(quarters.rows[2].cells[0].number, "December's escalations are counted")
        XCTAssertNotNil(quarters.rows[3].cells[0].number)
        let all = try XCTUnwrap(p.sections.first { $0.id == nil })
        XCTAssertTrue(all.summary[0].contains("the log begins in December 2024, so this is part of the year only"), all.summary[0])
        XCTAssertTrue(p.methods.contains { $0.contains("holds only part of 2024-25") }, "\(p.methods)")

        let fromJanuary = records.filter { $0.raisedOn >= Day(year: 2024, month: 1, day: 15) }
        let q = try XCTUnwrap(SyntheticCases.publication(fromJanuary))
        XCTAssertEqual(q.period, "2024-25")
        let summary = try XCTUnwrap(q.sections.first { $0.id == nil }).summary[0]
        XCTAssertFalse(summary.contains("up from") || summary.contains("down from") || summary.contains("same as"), summary)
        XCTAssertFalse(summary.contains("part of the year"), summary)
        let trend = try XCTUnwrap(q.table("all/trend"))
        XCTAssertEqual(trend.rows.first?.label, "2023-24 (part of the year)")
        XCTAssertEqual(try XCTUnwrap(q.table("all/quarter")).rows.prefix(4).filter { $0.cells[0].number != nil }.count, 4)
    }

    /// Found in a trial: with one partnership's log, every other partnership of the content
    /// was published as "0 escalations".
    func testPartnershipsWithNoEscalationInTheLogAreLeftOutAndNamed() throws {
        let records = SyntheticCases.records(seed: 32, perYear: 150...200).filter { $0.partnership == "herts" || $0.partnership == "portsmouth" }
        let p = try XCTUnwrap(SyntheticCases.publication(records))
        XCTAssertEqual(p.sections.map { $0.id ?? "all" }, ["herts", "portsmouth", "all"])
        XCTAssertNil(p.table("hampshire/trend"))
        let partnerships = try XCTUnwrap(p.table("all/partnership"))
        XCTAssertEqual(partnerships.rows.map(\.id), ["herts", "portsmouth", "total"])
        XCTAssertTrue(p.methods.contains { $0.contains("The log holds no escalations for") && $0.contains("Hampshire") && $0.contains("Nottingham") }, "\(p.methods)")
        XCTAssertFalse(p.methods.contains { $0.contains("no escalations for") && $0.contains("Portsmouth") })
    }
}
