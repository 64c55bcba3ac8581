import Foundation
import Model
import PolicySource
import Testing
import TestSupport

/// site.yml's `immediate-risk`: the wording every procedure page opens with and each
/// partnership's front door, read with every mistake reported at its line and column.
@Suite struct ImmediateRiskSettingsTests {
    func load(_ block: String) throws -> ContentLoader.Result {
        let dir = try Fixtures.copyOfContent()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        try "title: T\n\(block)".write(to: dir.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        return Fixtures.load(dir)
    }

    @Test func theExampleSetGivesEveryPartnershipAFrontDoorWithoutInventingANumber() {
        let risk = Fixtures.examples.settings.immediateRisk
        #expect(risk.heading == "If a child is at immediate risk of harm")
        #expect(risk.police == "Call the police on 999")
        let partnerships = Set(Fixtures.examples.procedures.flatMap { $0.partnerships.map(\.id) })
        #expect(Set(risk.frontDoors.keys) == partnerships)
        for (_, doors) in risk.frontDoors {
            for door in doors {
                #expect(door.phone == nil && door.phoneNotPublished, "the seeds publish no numbers: \(door.name)")
                #expect(door.findAt == "https://www.gov.uk/report-child-abuse-to-local-council")
            }
        }
        #expect(risk.frontDoors["cambs-pboro"]?.count == 2, "two councils serve Cambridgeshire and Peterborough")
    }

    @Test func aFrontDoorIsRead() throws {
        let r = try load("""
            immediate-risk:
              heading: Is a child in danger now?
              front-door:
                herts:
                  - name: Children's services
                    hours: office hours
                    phone: "+44 1632 960 123"
                    email: front.door@example.gov.uk
                  - name: Emergency duty team
                    hours: out of hours
                    phone: 01632 960 124

            """)
        // This site.yml gives no owner or accessibility facts; those warnings are SiteFactsTests'.
        let others = r.diagnostics.items.filter { !["site-owner", "accessibility-fact"].contains($0.code) }
        #expect(others.isEmpty, "\(others.map(\.message))")
        let risk = r.settings.immediateRisk
        #expect(risk.heading == "Is a child in danger now?")
        #expect(risk.police == ImmediateRisk.defaultPolice)
        #expect(risk.frontDoors["herts"] == [
            .init(name: "Children's services", hours: "office hours", phone: "+44 1632 960 123", email: "front.door@example.gov.uk"),
            .init(name: "Emergency duty team", hours: "out of hours", phone: "01632 960 124"),
        ])
        #expect(ImmediateRisk.telephoneLink("+44 1632 960 123") == "tel:+441632960123")
    }

    @Test func mistakesAreReportedAtTheirLineAndColumn() throws {
        let r = try load("""
            immediate-risk:
              police: Ring 999
              polise: typo
              front-door:
                herts:
                  - name: Children's services
                    phone: ring the council
                    email: not an address
                    find-at: www.example.gov.uk
                  - hours: out of hours
                    phone: 01632 960 124
                  - name: Nothing to reach
                hertfordshire:
                  - name: Misfiled
                    phone: 01632 960 123
                iow:
                  - name: Isle of Wight children's services
                    phone: not-published
                portsmouth:
                  - name: Portsmouth children's services
                    email: mash@example.gov.uk

            """)
        let found = r.diagnostics.items.map { "\($0.code) \($0.location.line):\($0.location.column) \($0.message)" }
        #expect(r.diagnostics.items.allSatisfy { $0.location.file == "content/site.yml" })
        for expected in [
            "unknown-key 4:3 unknown key 'polise' in 'immediate-risk'",
            "site-setting 8:16 'phone' of 'Children's services' is not a telephone number: 'ring the council'",
            "site-setting 9:16 'email' of 'Children's services' is not an email address: 'not an address'",
            "site-setting 10:18 'find-at' of 'Children's services' must be a web address starting https://, not 'www.example.gov.uk'",
            "missing-key 11:9 a front-door contact of 'herts' has no 'name'",
            "site-setting 13:9 the front-door contact 'Nothing to reach' gives no way to reach it",
            "front-door-partnership 14:5 'front-door' names 'hertfordshire', which is not a partnership of any procedure",
            "site-setting 18:9 the front-door contact 'Isle of Wight children's services' has no published phone and no 'find-at'",
            "front-door-phone 21:9 the front-door contact 'Portsmouth children's services' has no phone number",
        ] {
            #expect(found.contains(expected), "missing: \(expected)\nfound: \(found)")
        }
        #expect(r.diagnostics.items.first { $0.code == "front-door-phone" }?.severity == .warning)
        #expect(r.diagnostics.items.first { $0.code == "front-door-partnership" }?.help.contains("partnership ids are: cambs-pboro, hampshire, herts") == true)
    }

    @Test func theNumberOfFrontDoorsIsBounded() throws {
        let many = (0..<12).map { "      - name: Door \($0)\n        phone: 01632 960 0\($0 < 10 ? "0" : "")\($0)\n" }.joined()
        let r = try load("immediate-risk:\n  front-door:\n    herts:\n" + many)
        #expect(r.diagnostics.items.contains { $0.code == "content-limit" && $0.message.contains("more than 10 contacts") })
        #expect(r.settings.immediateRisk.frontDoors["herts"]?.count == 10)
    }

    @Test func telephoneNumbersAreRecognised() {
        for good in ["999", "101", "01632 960 123", "+44 (0)1234 567-890", "01234.567890"] { #expect(ImmediateRisk.isTelephoneNumber(good), "\(good)") }
        for bad in ["", "12", "call 999", "01632 960 123 ext", "1+2", String(repeating: "1", count: 16)] { #expect(!ImmediateRisk.isTelephoneNumber(bad), "\(bad)") }
    }
}
