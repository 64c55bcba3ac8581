import Diagnostics
import Foundation
import Model
import PolicySource
import Testing
import TestSupport

/// `content/glossary.yml`, `content/archive/<id>/<version>.md` and front matter `source:` and
/// `related:`, read from a copy of the example content with one thing changed.
@Suite struct GlossaryArchiveRelatedTests {
    func load(_ change: (URL) throws -> Void) throws -> ContentLoader.Result {
        let dir = try Fixtures.copyOfContent()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        try change(dir)
        return Fixtures.load(dir)
    }

    func problems(_ r: ContentLoader.Result, _ code: DiagnosticCode) -> [Diagnostic] {
        r.diagnostics.items.filter { $0.code == code.rawValue }
    }

    @Test func theExamplesReadCleanWithTheirGlossaryArchiveAndSource() throws {
        let r = Fixtures.examples
        #expect(r.diagnostics.items.filter { $0.severity == .error }.isEmpty, "\(r.diagnostics.items)")
        #expect(r.glossary.map(\.term).contains("LADO"))
        #expect(r.glossary.first { $0.term == "LADO" }?.expansion == "Local Authority Designated Officer")
        let herts = try #require(r.procedures.first { $0.id == "herts" })
        #expect(herts.sourceDocument == SourceDocument(title: "Resolution of Professional Differences including Escalations, version 37",
                                                       date: PolicyDate("2025-05-21")))
        #expect(herts.related.first?.url?.hasPrefix("https://www.gov.uk/") == true)
        #expect(r.archive.map(\.version) == ["36"])
        #expect(r.archive.first?.supersededOn == PolicyDate("2025-05-21"))
        #expect(r.archive.first?.supersededBy == "37")
        #expect(!r.procedures.contains { $0.source.hasPrefix("archive/") }, "a superseded version is not a current procedure")
    }

    @Test func aGlossaryMistakeIsReportedAtItsLineAndColumn() throws {
        let r = try load { dir in
            try """
                terms:
                  - term: LADO
                    definition: one
                  - term: lado
                    definition: two
                  - term: "<b>"
                    definiton: three
                """.write(to: dir.appendingPathComponent("glossary.yml"), atomically: true, encoding: .utf8)
        }
        let duplicate = problems(r, .glossaryTerm).first { $0.message.contains("twice") }
        #expect(duplicate?.location.file.hasSuffix("content/glossary.yml") == true)
        #expect(duplicate?.location.line == 4)
        #expect(duplicate?.location.column == 11)
        let unknown = problems(r, .unknownKey).first { $0.location.file.hasSuffix("glossary.yml") }
        #expect(unknown?.location.line == 7)
        #expect(unknown?.location.column == 5)
        #expect(unknown?.help.contains("did you mean 'definition'") == true)
        #expect(problems(r, .missingKey).contains { $0.location.line == 6 && $0.message.contains("'definition'") })
        #expect(problems(r, .glossaryTerm).contains { $0.location.line == 6 && $0.message.contains("cannot be matched") })
        #expect(r.glossary.map(\.term) == ["LADO"])
    }

    @Test func aBrokenGlossaryFileIsAYAMLError() throws {
        let r = try load { dir in
            try "terms:\n  - term: LADO\n   definition: bad indent\n".write(to: dir.appendingPathComponent("glossary.yml"), atomically: true, encoding: .utf8)
        }
        #expect(problems(r, .yamlSyntax).contains { $0.location.file.hasSuffix("glossary.yml") && $0.location.line == 2 && $0.message.contains("not valid YAML") })
    }

    @Test func anUnknownRelatedProcedureIsAnErrorWithTheNearestId() throws {
        let r = try load { dir in
            try Fixtures.edit(dir, "policies/000_herts.md") {
                $0.replacingOccurrences(of: "related:\n", with: "related:\n  - procedure: hipps\n  - herts\n")
            }
        }
        let found = problems(r, .relatedUnknown)
        #expect(found.count == 2, "\(found)")
        let unknown = try #require(found.first { $0.message.contains("'hipps'") })
        #expect(unknown.help.hasPrefix("did you mean 'hips'?"))
        let text = try String(contentsOf: Fixtures.content.appendingPathComponent("policies/000_herts.md"), encoding: .utf8)
        let relatedLine = text.components(separatedBy: "\n").firstIndex(of: "related:")! + 1
        #expect(unknown.location.line == relatedLine + 1)
        #expect(unknown.location.column == 16)
        #expect(found.contains { $0.message.contains("itself") && $0.location.line == relatedLine + 2 })
    }

    @Test func sourceAndRelatedValuesAreChecked() throws {
        let r = try load { dir in
            try Fixtures.edit(dir, "policies/000_herts.md") {
                $0.replacingOccurrences(of: "  date: 2025-05-21\nrelated:\n", with: "  date: 2025-05-21\n  url: javascript:alert(1)\nrelated:\n  - title: No address\n  - procedure: hips\n    url: https://example.org/\n")
            }
        }
        #expect(problems(r, .frontMatterValue).contains { $0.message.contains("'url' must be a web address") })
        #expect(problems(r, .missingKey).contains { $0.message.contains("a related document has no 'url'") })
        #expect(problems(r, .frontMatterValue).contains { $0.message.contains("names a procedure and a title or address") })
    }

    @Test func archivedVersionsMustFitTheirFolderAndFileName() throws {
        let r = try load { dir in
            let archive = dir.appendingPathComponent("archive")
            let old = try String(contentsOf: archive.appendingPathComponent("herts/36.md"), encoding: .utf8)
            try FileManager.default.createDirectory(at: archive.appendingPathComponent("hertz"), withIntermediateDirectories: true)
            try old.write(to: archive.appendingPathComponent("hertz/36.md"), atomically: true, encoding: .utf8)
            try old.write(to: archive.appendingPathComponent("herts/35.md"), atomically: true, encoding: .utf8)
            try old.replacingOccurrences(of: "version: \"36\"", with: "version: \"37\"")
                .write(to: archive.appendingPathComponent("herts/37.md"), atomically: true, encoding: .utf8)
            try old.replacingOccurrences(of: "id: herts", with: "id: hips").replacingOccurrences(of: "version: \"36\"", with: "version: \"34\"")
                .write(to: archive.appendingPathComponent("herts/34.md"), atomically: true, encoding: .utf8)
            try old.write(to: archive.appendingPathComponent("herts/notes.txt"), atomically: true, encoding: .utf8)
        }
        let found = problems(r, .archiveVersion)
        #expect(found.contains { $0.location.file.hasSuffix("archive/hertz/36.md") && $0.help.hasPrefix("did you mean 'herts'?") })
        #expect(found.contains { $0.location.file.hasSuffix("archive/herts/35.md") && $0.message.contains("version 35") && $0.location.line == 22 })
        #expect(found.contains { $0.location.file.hasSuffix("archive/herts/37.md") && $0.message.contains("current version") })
        #expect(found.contains { $0.location.file.hasSuffix("archive/herts/34.md") && $0.message.contains("'hips'") && $0.location.line == 5 })
        #expect(problems(r, .contentUnread).contains { $0.location.file.hasSuffix("archive/herts/notes.txt") })
        #expect(r.archive.map(\.version) == ["36"])
    }

    @Test func versionsAreOrderedAsPeopleNumberThem() throws {
        let r = try load { dir in
            let archive = dir.appendingPathComponent("archive/herts")
            let old = try String(contentsOf: archive.appendingPathComponent("36.md"), encoding: .utf8)
            for (version, date) in [("9", "2019-01-10"), ("10", "2020-02-11")] {
                try old.replacingOccurrences(of: "version: \"36\"", with: "version: \"\(version)\"")
                    .replacingOccurrences(of: "last-updated: 2023-06-12", with: "last-updated: \(date)")
                    .write(to: archive.appendingPathComponent("\(version).md"), atomically: true, encoding: .utf8)
            }
        }
        #expect(r.archive.map(\.version) == ["9", "10", "36"])
        #expect(r.archive.map(\.supersededOn) == [PolicyDate("2020-02-11"), PolicyDate("2023-06-12"), PolicyDate("2025-05-21")])
        #expect(r.archive.map(\.supersededBy) == ["10", "36", "37"])
    }
}
