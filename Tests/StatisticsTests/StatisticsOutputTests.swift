import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Model
import TestSupport
import XCTest
@testable import Statistics

final class StatisticsOutputTests: XCTestCase {
    func table(_ labels: [String], _ cells: [StatisticsTable.Cell], name: String = "Herts") -> StatisticsTable {
        StatisticsTable(id: "x/raising-agency", partnership: "x", partnershipName: name, kind: "raising-agency", title: "Escalations by agency",
                        period: "2024-25", dimension: "Raising agency",
                        columns: [.init(id: "escalations", header: "Escalations", isCount: true)],
                        rows: zip(labels, cells).map { .init(id: $0.0, label: $0.0, cells: [$0.1], isTotal: false) }, notes: [], chart: .bars)
    }

    func testCSVQuotesAndDefusesFormulas() {
        let t = table(["=HYPERLINK(\"http://x\")", "Health, acute", "Police"], [.number(12, text: "12"), .symbol(.confidential), .number(0, text: "0")])
        let csv = StatisticsCSV.text(t)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "period,partnership,raising_agency,escalations")
        XCTAssertEqual(lines[1], "2024-25,x,\"'=HYPERLINK(\"\"http://x\"\")\",12")
        XCTAssertEqual(lines[2], "2024-25,x,\"Health, acute\",[c]")
        XCTAssertEqual(lines[3], "2024-25,x,Police,0")
        XCTAssertTrue(csv.hasSuffix("\r\n"))
    }

    func testChartEscapesAndExplainsZerosAndSuppressedCells() throws {
        let t = table(["<script>alert(1)</script>", "Police", "Health"], [.number(12, text: "12"), .number(0, text: "0"), .symbol(.confidential)],
                      name: "A & B <Partnership>")
        let svg = try XCTUnwrap(StatisticsChart.svg(t, id: "c", standalone: true))
        XCTAssertFalse(svg.contains("<script>"))
        XCTAssertTrue(svg.contains("&lt;script&gt;"))
        XCTAssertTrue(svg.contains("A &amp; B &lt;Partnership&gt;"))
        XCTAssertTrue(svg.contains("0 (none)"), "a zero is said, never an empty gap")
        XCTAssertTrue(svg.contains("[c] (withheld)"))
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(svg.contains("<title id=\"c-title\">"))
        XCTAssertTrue(try XCTUnwrap(StatisticsChart.svg(t, id: "c")).contains("role=\"img\" aria-labelledby=\"c-title c-desc\""))
        XCTAssertTrue(svg.contains("#0072B2"), "Okabe–Ito blue")
        // Well-formed XML.
        XCTAssertNoThrow(try XMLDocument(xmlString: svg))
    }

    /// Readable on a phone: 14-unit text in a view box no wider than the 340 px a 375 px screen
    /// leaves, so text renders at 12 px or more; long labels wrapped onto lines above their
    /// bars; a withheld cell hatched, labelled and explained.
    func testChartsAreDrawnForAPhone() throws {
        let long = "Stage 4: escalation to the designated safeguarding leads of both agencies and their managers"
        let t = table([long, "Police", "Health"], [.number(12, text: "12"), .number(0, text: "0"), .symbol(.confidential)], name: "P")
        let svg = try XCTUnwrap(StatisticsChart.svg(t, id: "c", standalone: true))
        let doc = try XMLDocument(xmlString: svg)
        func attribute(_ name: String) throws -> String {
            let start = try XCTUnwrap(svg.range(of: " \(name)=\"")).upperBound
            return String(svg[start...].prefix { $0 != "\"" })
        }
        let box = try attribute("viewBox").split(separator: " ").compactMap { Double($0) }
        let font = try XCTUnwrap(Double(attribute("font-size")))
        XCTAssertEqual(box.count, 4)
        XCTAssertGreaterThanOrEqual(font * 340 / box[2], 12, "text at 340 px wide")
        let texts = try doc.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        XCTAssertFalse(texts.contains(long), "a long label is wrapped")
        XCTAssertTrue(texts.allSatisfy { $0.count <= StatisticsChart.lineLength }, "\(texts)")
        XCTAssertEqual(texts.filter { long.contains($0) }.joined(separator: " "), long, "every word of it is kept, in order")
        XCTAssertTrue(svg.contains("fill=\"url(#c-hatch)\""), "a withheld cell is hatched")
        XCTAssertTrue(texts.contains { $0.hasPrefix("[c]: withheld because") }, "and explained")
        let trend = StatisticsTable(id: "x/trend", partnership: "x", partnershipName: "X", kind: "trend", title: "Escalations raised each financial year",
                                    period: "2021-22 to 2024-25", dimension: "Financial year",
                                    columns: [.init(id: "escalations", header: "Escalations", isCount: true)],
                                    rows: ["2021-22", "2022-23", "2023-24", "2024-25"].enumerated().map { i, y in
                                        .init(id: y, label: y, cells: [i == 1 ? .symbol(.confidential) : .number(Double(10 + i), text: "\(10 + i)")], isTotal: false)
                                    }, notes: [], chart: .line)
        let line = try XCTUnwrap(StatisticsChart.svg(trend, id: "t", standalone: true))
        XCTAssertTrue(line.contains("viewBox=\"0 0 340 "))
        XCTAssertTrue(line.contains("url(#t-hatch)"), "a withheld year is hatched, not a gap alone")
        XCTAssertNoThrow(try XMLDocument(xmlString: line))
    }

    func testJSONIsDeterministicAndSorted() throws {
        let records = SyntheticCases.records(seed: 3)
        let a = try StatisticsFiles.files(XCTUnwrap(SyntheticCases.publication(records)))
        let b = try StatisticsFiles.files(XCTUnwrap(SyntheticCases.publication(records.reversed())))
        XCTAssertEqual(a, b, "the same log in another order gives the same bytes")
        let json = try XCTUnwrap(String(data: a["statistics.json"]!, encoding: .utf8))
        XCTAssertTrue(json.contains("\"audit\""))
        let object = try JSONSerialization.jsonObject(with: a["statistics.json"]!) as? [String: Any]
        XCTAssertEqual(object?.keys.sorted(), ["audit", "methods", "period", "periodMonths", "rule", "sections", "synthetic", "tables", "unsafeCells"])
        let keys = json.components(separatedBy: "\n").prefix(40).compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("\""), let end = t.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(t[t.index(after: t.startIndex)..<end])
        }
        XCTAssertFalse(keys.isEmpty)
    }

    /// Under each rule set the publication passes its own audit, and the rule shows. (The nhs
    /// rule's rounding makes one large programme of the whole publication, which takes a
    /// minute and more in a debug build: it is tested on small tables in DisclosureControlTests.)
    func testRuleSets() throws {
        let records = SyntheticCases.records(seed: 5)
        for rule in [StatisticsSettings.DisclosureRule.dfe, .ons, .init(name: "custom", largestSuppressed: 3)] {
            let p = try XCTUnwrap(SyntheticCases.publication(records, settings: StatisticsSettings(rule: rule)))
            XCTAssertEqual(p.unsafeCells, [], rule.name)
            XCTAssertTrue(p.audit.passed, rule.name)
            let counts = p.tables.flatMap { t in t.rows.flatMap { r in zip(t.columns, r.cells).filter { $0.0.isCount }.compactMap { $0.1.number } } }
            for v in counts {
                XCTAssertFalse(rule.isSuppressed(Int(v)) && !(v == 0 && !rule.zerosSensitive), "\(rule.name) published \(v)")
                if rule.roundTo > 1 { XCTAssertEqual(Int(v) % rule.roundTo, 0, "\(rule.name) rounds") }
            }
            if rule.zerosSensitive { XCTAssertFalse(counts.contains(0), "ons suppresses zeros") }
        }
    }

    /// A percentage is published only when both counts it is made of are.
    func testPercentagesFollowTheirCounts() throws {
        let p = try XCTUnwrap(SyntheticCases.publication(SyntheticCases.records()))
        var checked = 0
        for t in p.tables where t.kind == "compliance" {
            for r in t.rows where r.cells[1] != .symbol(.notApplicable) {
                let within = r.cells[1], late = r.cells[2], percent = r.cells[4]
                if within.number == nil || late.number == nil {
                    XCTAssertEqual(percent, .symbol(.confidential), "\(t.id) \(r.id)")
                } else if let w = within.number, let l = late.number, w + l > 0 {
                    XCTAssertEqual(percent.number, (w * 100 / (w + l)).rounded())
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 0)
    }

    /// A median is given only for a group at least as large as the minimum.
    func testMediansOnlyForLargeEnoughGroups() throws {
        let records = SyntheticCases.records(seed: 2, perYear: 3...8)
        let p = try XCTUnwrap(SyntheticCases.publication(records, settings: StatisticsSettings(minimumGroupSize: 10)))
        let herts = try XCTUnwrap(p.table("herts/days-to-resolve"))
        XCTAssertEqual(herts.rows.map { $0.cells[0] }, [.symbol(.confidential), .symbol(.confidential)])
        let all = try XCTUnwrap(p.table("all/days-to-resolve"))
        XCTAssertNotNil(all.rows[0].cells[0].number)
    }

    /// Nothing of a record other than its counts reaches the output: no day finer than a month.
    func testNoDayOfAnyCaseIsPublished() throws {
        let records = SyntheticCases.records(seed: 4)
        let files = try StatisticsFiles.files(XCTUnwrap(SyntheticCases.publication(records)))
        let text = files.values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        let days = Set(records.flatMap { [$0.raisedOn, $0.resolvedOn].compactMap { $0 } }.map(\.description))
        for d in days { XCTAssertFalse(text.contains(d), "the day \(d) is published") }
    }
}
