import Foundation
import Model
import Testing

/// The model's JSON is the contract other tools read (docs/model-schema.md): these hold the
/// encoding to what that document says.
@Suite struct ModelJSONTests {
    /// A procedure with every optional value given, so every key appears.
    static let full: Procedure = {
        let guidance = Prose(markdown: "Some *guidance*.", line: 12, html: "<p>Some <em>guidance</em>.</p>\n", headingIDs: ["x"])
        return Procedure(
            id: "example", title: "Example", source: "policies/000_example.md", example: true, summary: "What it is for.",
            partnerships: [Partnership(id: "p", name: "P", contact: "team")], version: "3",
            approved: Approval(date: PolicyDate("2024-03")!, by: "Board"), reviewed: [PolicyDate("2025-01-02")!],
            lastUpdated: PolicyDate("2025-02-03"), nextReview: PolicyDate("2026-02"),
            amendments: [Amendment(date: PolicyDate("2025-02-03")!, change: "New contacts")],
            print: PrintPreference(paper: .a3, landscape: false), calendar: "england-and-wales", timescaleNote: "Timescales are a guide.", stageListing: .listed, stagesNote: "None.",
            introduction: guidance,
            stages: [Stage(number: 1, title: "Talk", settings: [.internal, .interAgency], startsWhen: "a plan is in doubt",
                           participants: ["you"], escalatesTo: "Stage 2",
                           timescale: Timescale(kind: .fromRaised, value: 3, unit: .workingDays, note: "or sooner", alternatives: [
                               .init(condition: "where a child is at risk", timescale: Timescale(kind: .none, wording: "immediately"))]),
                           records: ["the outcome"],
                           notifications: [NotificationDuty(what: "the outcome", to: "team", by: "you", how: "email", when: "at once"),
                                           NotificationDuty(what: "the decision", to: nil, role: "the chair")],
                           members: ["a chair"], outcome: "agreed",
                           outcomes: [Outcome(when: "agreed", next: .end), Outcome(when: "referred", next: .init(kind: .external, ref: "Ofsted"))],
                           guidance: guidance)],
            routes: [Route(title: "Risk", anchor: "urgent-risk", kind: .immediateRisk, relation: .bypasses, when: "now", contacts: ["police"],
                           timescale: Timescale(kind: .none, wording: "immediately"), leadsTo: .stage(1), guidance: guidance)],
            duties: StandingDuties(records: ["the concern"], notifications: [NotificationDuty(what: "each step", to: "team")], guidance: guidance),
            subProcedures: [SubProcedure(title: "ICPC", anchor: "sub-procedure-icpc", appliesWhen: "a decision", timescale:
                                            Timescale(kind: .fromRaised, value: 72, unit: .hours), coveredBy: "another document",
                                         steps: [.init(number: 1, title: "Ask", anchor: "step-1-ask", participants: ["you"],
                                                       timescale: Timescale(kind: .afterPrevious, value: 1, unit: .workingDays),
                                                       records: ["the request"], guidance: guidance)],
                                         guidance: guidance)],
            contacts: [Contact(id: "team", name: "Team", email: "t@example.org", phone: "01234", url: "https://example.org",
                               address: "1 High Street", partnership: "p", note: "weekdays")],
            categories: ["thresholds"], categoriesNote: guidance, categoriesAfter: guidance, concernTemplate: ["What happened?"],
            concernTemplateNote: guidance, concernTemplateAfter: guidance,
            sections: [Section(title: "More", anchor: "more", body: guidance, titleHtml: "<em>More</em>")],
            footnotes: Prose(markdown: "[^1]: A note.", line: 40, html: "<section class=\"footnotes\"></section>"))
            .with(sourceDocument: SourceDocument(title: "The published procedure", url: "https://example.org/p.pdf", date: PolicyDate("2025-01-02")),
                  related: [RelatedDocument(procedure: "other"), RelatedDocument(title: "Guidance", url: "https://example.org/g")])
    }()

    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func roundTripKeepsEverythingButTheRenderedHTML() throws {
        let document = ModelDocument(procedures: [Self.full])
        let data = try document.jsonData()
        let decoded = try ModelDocument.decode(data)
        // HTML, heading ids and heading markup are the site's, made from the Markdown again: not in the JSON.
        var expected = Self.full
        func plain(_ prose: Prose) -> Prose { Prose(markdown: prose.markdown, line: prose.line) }
        expected.introduction = plain(expected.introduction)
        expected.stages[0].guidance = plain(expected.stages[0].guidance)
        expected.routes[0].guidance = plain(expected.routes[0].guidance)
        expected.subProcedures[0].guidance = plain(expected.subProcedures[0].guidance)
        expected.subProcedures[0].steps[0].guidance = plain(expected.subProcedures[0].steps[0].guidance)
        expected.categoriesNote = plain(expected.categoriesNote)
        expected.categoriesAfter = plain(expected.categoriesAfter)
        expected.concernTemplateNote = plain(expected.concernTemplateNote)
        expected.concernTemplateAfter = plain(expected.concernTemplateAfter)
        expected.duties.guidance = plain(expected.duties.guidance)
        expected.sections[0].body = plain(expected.sections[0].body)
        expected.sections[0].titleHtml = nil
        expected.footnotes = plain(expected.footnotes)
        #expect(decoded == ModelDocument(procedures: [expected]))
        #expect(try decoded.jsonData() == data)
    }

    @Test func stableBytes() throws {
        let data = try ModelDocument(procedures: [Self.full]).jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("}\n") && !text.hasSuffix("\n\n"))
        #expect(text.hasPrefix("{\n  \"procedures\" : ["))
        // Keys sorted, slashes as written.
        #expect(text.contains("\"source\" : \"policies/000_example.md\""))
        #expect(text.contains("\"url\" : \"https://example.org\""))
        #expect(!text.contains("\\/"))
        #expect(text.range(of: "\"schema\" : \"escalate-model\",\n  \"schemaVersion\" : 2") != nil)
        #expect(try ModelDocument(procedures: [Self.full]).jsonData() == data)
    }

    @Test func absentOptionalsAreLeftOutNotNull() throws {
        let bare = Procedure(id: "x", title: "X", source: "policies/x.md", partnerships: [Partnership(id: "p", name: "P")],
                             calendar: "england-and-wales")
        let text = String(decoding: try ModelDocument(procedures: [bare]).jsonData(), as: UTF8.self)
        #expect(!text.contains("null"))
        for key in ["version", "approved", "lastUpdated", "nextReview", "timescaleNote", "stagesNote", "contact"] {
            #expect(!text.contains("\"\(key)\""), "\(key)")
        }
    }

    @Test func proseIsItsMarkdownAndLineOnly() throws {
        let prose = Prose(markdown: "**x**", line: 7, html: "<p><strong>x</strong></p>", headingIDs: ["a"])
        let object = try Self.object(try JSONEncoder().encode(prose))
        #expect(Set(object.keys) == ["markdown", "line"])
        let section = Section(title: "T", anchor: "t", body: prose, titleHtml: "<em>T</em>")
        #expect(Set(try Self.object(try JSONEncoder().encode(section)).keys) == ["title", "anchor", "body"])
        let decoded = try JSONDecoder().decode(Prose.self, from: JSONEncoder().encode(prose))
        #expect(decoded == Prose(markdown: "**x**", line: 7))
        #expect(decoded.html.isEmpty && decoded.headingIDs.isEmpty && !decoded.isEmpty)
        #expect(Prose().isEmpty && Prose(line: 3).isEmpty && !Prose(html: "<p>x</p>").isEmpty)
    }

    @Test func schemaIsCheckedByReaders() throws {
        let data = try ModelDocument(procedures: []).jsonData()
        #expect(String(decoding: data, as: UTF8.self) == "{\n  \"procedures\" : [\n\n  ],\n  \"schema\" : \"escalate-model\",\n  \"schemaVersion\" : 2\n}\n")
        #expect(throws: DecodingError.self) { try ModelDocument.decode(Data("{\"schema\":\"x\"}".utf8)) }
    }

    @Test func stagesAreAnchoredByNumber() {
        let stage = Stage(number: 12, title: "Panel", participants: [], timescale: Timescale(kind: .none))
        #expect(stage.anchor == "stage-12")
        #expect(stage.setting == .interAgency)
        #expect(Stage.Setting.allCases.map(\.rawValue) == ["internal", "inter-agency", "partnership", "external"])
        #expect(Procedure.StageListing.notListed.rawValue == "not-listed")
        #expect(NotificationDuty.eachPartnership == "partnership")
        #expect(Self.full.contact(id: "team")?.name == "Team")
        #expect(Self.full.contact(id: "nobody") == nil)
    }

    /// Every key the JSON has is documented in docs/model-schema.md, and every documented key is in the JSON.
    @Test(arguments: ["Procedure", "Stage", "Timescale"])
    func documentedFieldsAreTheEncodedKeys(type: String) throws {
        let data = try JSONEncoder().encode(Self.full)
        let procedure = try Self.object(data)
        let stage = try #require((procedure["stages"] as? [[String: Any]])?.first)
        let keys: Set<String>
        switch type {
        case "Procedure": keys = Set(procedure.keys)
        case "Stage": keys = Set(stage.keys)
        default:
            // A counted timescale and a wording-only one between them have every key.
            let route = try #require((procedure["routes"] as? [[String: Any]])?.first)
            keys = Set(try #require(stage["timescale"] as? [String: Any]).keys)
                .union(try #require(route["timescale"] as? [String: Any]).keys)
        }
        let documented = try Self.documentedFields(of: type)
        #expect(keys == documented, "in the JSON only: \(keys.subtracting(documented).sorted()); documented only: \(documented.subtracting(keys).sorted())")
    }

    /// The `` `field` `` cells of the table under `## <type>` in docs/model-schema.md.
    static func documentedFields(of type: String) throws -> Set<String> {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/model-schema.md")
        let doc = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(doc.range(of: "\n## \(type)\n"))
        let rest = doc[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        var fields: Set<String> = []
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cell = line.dropFirst(3)
            if let end = cell.firstIndex(of: "`") { fields.insert(String(cell[..<end])) }
        }
        return fields
    }
}
