import Foundation
import Model
import ModelDiff
import Testing
import TestSupport

/// `escalate diff`'s comparison, on pairs of content folders: the bundled examples and a copy
/// edited as an author would edit it.
@Suite struct ModelDiffTests {
    /// The examples' procedures, and those of a copy after `edits` (file name → change).
    static func pair(_ edits: [String: (String) -> String], removing: [String] = []) throws -> (old: [Procedure], new: [Procedure]) {
        let copy = try Fixtures.copyOfContent()
        for (file, change) in edits { try Fixtures.edit(copy, "policies/\(file)", change) }
        for file in removing { try FileManager.default.removeItem(at: copy.appendingPathComponent("policies/\(file)")) }
        let loaded = Fixtures.load(copy)
        // A removed procedure leaves site.yml's front doors for its partnerships behind, which
        // `check` rightly reports; the comparison of procedures does not depend on them.
        let errors = loaded.diagnostics.errors.filter { removing.isEmpty || $0.code != "front-door-partnership" }
        #expect(errors.isEmpty, "\(loaded.diagnostics.items)")
        return (Fixtures.examples.procedures, loaded.procedures)
    }

    static func replacing(_ pairs: [(String, String)]) -> (String) -> String {
        { text in
            var text = text
            for (old, new) in pairs {
                #expect(text.contains(old), "\(old)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            return text
        }
    }

    @Test func theSameContentHasNoChanges() throws {
        let (old, new) = try Self.pair([:])
        let diff = ContentDiff(old: old, new: new)
        #expect(diff.isEmpty)
        #expect(DiffReport(diff, old: "a", new: "b").text() == "no changes a reader would notice between a and b\n")
    }

    /// Rewording prose changes nothing a reader acts on, so it is not listed.
    @Test func proseEditsAreNotChanges() throws {
        let (old, new) = try Self.pair(["000_herts.md": Self.replacing([("It is unusual for a disagreement to reach this stage.", "Few disagreements get this far.")])])
        #expect(ContentDiff(old: old, new: new).isEmpty)
    }

    @Test func eachReaderRelevantChangeIsNamed() throws {
        let (old, new) = try Self.pair(["000_herts.md": Self.replacing([
            ("## Stage 2: Second-tier managers", "## Stage 2: Service managers"),
            ("- **Timescale:** 10 working days from the date raised; sooner if urgent, and always within the child's timescales",
             "- **Timescale:** 4 working days after the previous stage; sooner if urgent"),
            ("  - each practitioner's line manager (first-tier manager)\n", "  - each practitioner's line manager (first-tier manager)\n  - the designated safeguarding lead\n"),
            ("- **Notify:** a copy of the Stage 4 emails\n  - **To:** hscp-admin\n  - **By:** the Stage 4 escalation lead of each agency\n  - **How:** copy into emails\n", ""),
            ("    email: AdminHSCPHSAB@hertfordshire.gov.uk", "    email: escalations@hertfordshire.gov.uk"),
            ("- **Relation:** instead", "- **Relation:** alongside"),
        ])])
        let diff = ContentDiff(old: old, new: new)
        #expect(diff.procedures.map(\.id) == ["herts"])
        let changes = try #require(diff.procedures.first?.changes)
        let route = try #require(old.first { $0.id == "herts" }?.routes.first { $0.relation == .instead })
        #expect(changes == [
            Change(part: "route", subject: "Route: \(route.title)", kind: .changed, field: "relation",
                   before: "instead of the stages", after: "alongside the stages"),
            Change(part: "stage", subject: "Stage 1: Practitioners and their line managers", kind: .added, field: "who",
                   after: "the designated safeguarding lead"),
            Change(part: "stage", subject: "Stage 2: Service managers", kind: .renamed, before: "Second-tier managers", after: "Service managers"),
            Change(part: "stage", subject: "Stage 3: Third-tier managers", kind: .changed, field: "timescale",
                   before: "within 10 working days from the date raised; sooner if urgent, and always within the child’s timescales",
                   after: "within 4 working days after the previous stage; sooner if urgent",
                   beforeKind: "from-raised", afterKind: "after-previous"),
            Change(part: "stage", subject: "Stage 4: Senior directors", kind: .removed, field: "notify",
                   before: "to hscp-admin: a copy of the Stage 4 emails (by the Stage 4 escalation lead of each agency; how: copy into emails)"),
            Change(part: "contact", subject: "Contact: \(try #require(old.first { $0.id == "herts" }?.contact(id: "hscp-admin")?.name))",
                   kind: .changed, field: "email", before: "AdminHSCPHSAB@hertfordshire.gov.uk", after: "escalations@hertfordshire.gov.uk"),
        ])
        let text = DiffReport(diff, old: "old", new: "new").text()
        #expect(text.contains("herts: Resolution of Professional Differences including Escalations (6 changes)\n"))
        #expect(text.contains("  Stage 3: Third-tier managers: timescale changed from 'within 10 working days from the date raised; sooner if urgent, and always within the child’s timescales' to 'within 4 working days after the previous stage; sooner if urgent' (now counted after the previous stage, was counted from the date raised)\n"))
        #expect(text.contains("  Stage 2: Service managers: renamed from 'Second-tier managers'\n"))
    }

    /// A stage put in between is one added stage; the ones after it are renumbered, not changed.
    @Test func anInsertedStageRenumbersTheOnesAfterIt() throws {
        let inserted = """
            ## Stage 2: Team leaders

            - **Who:** the team leader in each agency
            - **Escalates to:** the second-tier manager in each agency
            - **Timescale:** 4 working days from the date raised

            ## Stage 3: Second-tier managers
            """
        let (old, new) = try Self.pair(["000_herts.md": Self.replacing([
            ("## Stage 4: Senior directors", "## Stage 5: Senior directors"),
            ("## Stage 3: Third-tier managers", "## Stage 4: Third-tier managers"),
            ("## Stage 2: Second-tier managers", inserted),
        ])])
        let changes = try #require(ContentDiff(old: old, new: new).procedures.first?.changes)
        #expect(changes.map(\.kind) == [.renumbered, .renumbered, .renumbered, .added])
        #expect(changes.last == Change(part: "stage", subject: "Stage 2: Team leaders", kind: .added, after: "within 4 working days from the date raised"))
        #expect(changes.first == Change(part: "stage", subject: "Stage 3: Second-tier managers", kind: .renumbered, before: "Stage 2", after: "Stage 3"))
    }

    @Test func addedAndRemovedProceduresAreListed() throws {
        let (old, new) = try Self.pair([:], removing: ["002_hips.md"])
        let diff = ContentDiff(old: old, new: new)
        #expect(diff.procedures.map(\.status) == [.removed])
        #expect(diff.procedures.first?.id == "hips")
        let back = ContentDiff(old: new, new: old)
        #expect(back.procedures.map(\.status) == [.added])
        #expect(DiffReport(back, old: "a", new: "b").text().hasSuffix("(added)\n"))
    }

    /// Markdown for a pull-request comment: content cannot add links, images, HTML or mentions
    /// of its own; JSON is versioned and complete.
    @Test func markdownEscapesContentAndJSONCarriesEveryField() throws {
        // Text as a hostile procedure could carry it in a value (the model keeps facts as written).
        let hostile = "<img src=x onerror=alert(1)> [click](https://evil.example) *managers* @someone"
        let crafted = ContentDiff(procedures: [ProcedureDiff(id: "herts", title: "Herts `code`", status: .changed, changes: [
            Change(part: "stage", subject: "Stage 2: Managers", kind: .added, field: "who", after: hostile),
        ])])
        let markdown = DiffReport(crafted, old: "main", new: "HEAD").markdown()
        #expect(markdown == """
            ### Changes to the procedures

            Between `main` and `HEAD`.

            **Herts \\`code\\`** (`herts`)

            - **Stage 2\\: Managers**: who is involved added: “\\<img src\\=x onerror\\=alert\\(1\\)\\> \\[click\\]\\(https\\:\\/\\/evil\\.example\\) \\*managers\\* \\@someone”


            """)

        let (old, new) = try Self.pair(["000_herts.md": Self.replacing([("## Stage 2: Second-tier managers", "## Stage 2: Service managers")])])
        let diff = ContentDiff(old: old, new: new)
        let json = try DiffReport(diff, old: "main", new: "HEAD").jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["schema"] as? String == "escalate-diff" && object["schemaVersion"] as? Int == 1)
        #expect(object["old"] as? String == "main" && object["new"] as? String == "HEAD")
        let procedures = try #require(object["procedures"] as? [[String: Any]])
        #expect(procedures.first?["status"] as? String == "changed")
        let change = try #require((procedures.first?["changes"] as? [[String: Any]])?.first)
        #expect(change["kind"] as? String == "renamed" && change["before"] as? String == "Second-tier managers")
        #expect(try JSONDecoder().decode([String: [ProcedureDiff]].self, from: JSONSerialization.data(withJSONObject: ["p": procedures]))["p"] == diff.procedures)
    }
}
