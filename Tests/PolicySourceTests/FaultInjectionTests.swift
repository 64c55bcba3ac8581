import Diagnostics
import Foundation
import Model
import PolicySource
import Testing
import TestSupport

/// Each test breaks a copy of the example content in one way and asserts that `check`
/// reports it with the right kind, message and line.
@Suite struct FaultInjectionTests {
    struct Injected {
        var diagnostics: [Diagnostic]
        /// The changed file's text, to find the line a fault was put on.
        var text: String

        func line(of needle: String) -> Int {
            let lines = text.components(separatedBy: "\n")
            guard let index = lines.firstIndex(where: { $0.contains(needle) }) else {
                Issue.record("test bug: '\(needle)' is not in the changed file")
                return -1
            }
            return index + 1
        }

        func find(_ code: String, file: String? = nil) -> [Diagnostic] {
            diagnostics.filter { $0.code == code && (file == nil || $0.location.file.hasSuffix(file!)) }
        }
    }

    static let herts = "000_herts.md"
    static let hips = "002_hips.md"

    func inject(_ change: (String) -> String) async throws -> Injected {
        try await inject(Self.herts, change)
    }

    func inject(_ file: String, _ change: (String) -> String) async throws -> Injected {
        let dir = try Fixtures.copyOfContent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("policies/\(file)")
        let changed = change(try String(contentsOf: url, encoding: .utf8))
        try changed.write(to: url, atomically: true, encoding: .utf8)
        let result = await Fixtures.check(dir)
        return Injected(diagnostics: result.diagnostics.items, text: changed)
    }

    func replacing(_ old: String, _ new: String) -> (String) -> String {
        { text in
            #expect(text.contains(old), "test bug: '\(old)' not found")
            return text.replacingOccurrences(of: old, with: new)
        }
    }

    @Test func unparseableFrontMatter() async throws {
        let r = try await inject(replacing("version: \"37\"", "version: \"37\n  bad: [unclosed"))
        let d = try #require(r.find("yaml-syntax").first)
        #expect(d.severity == .error)
        #expect(d.message.contains("not valid YAML"))
        #expect(d.location.file == "content/policies/000_herts.md")
        #expect(d.location.line >= r.line(of: "version: \"37"))
    }

    @Test func unknownKeySuggestsTheNearestOne() async throws {
        let r = try await inject(replacing("last-updated: 2025-05-21", "last-updatd: 2025-05-21"))
        let d = try #require(r.find("unknown-key").first)
        #expect(d.message == "unknown key 'last-updatd' in the front matter")
        #expect(d.help.hasPrefix("did you mean 'last-updated'?"))
        #expect(d.location.line == r.line(of: "last-updatd:"))
        #expect(d.location.column == 1)
    }

    @Test func unknownNestedKey() async throws {
        let r = try await inject(replacing("    contact: hscp-admin\ncontacts:", "    contcat: hscp-admin\ncontacts:"))
        let d = try #require(r.find("unknown-key").first)
        #expect(d.message == "unknown key 'contcat' in a partnership")
        #expect(d.help.hasPrefix("did you mean 'contact'?"))
        #expect(d.location.line == r.line(of: "contcat:"))
    }

    @Test func missingTitle() async throws {
        let r = try await inject(replacing("title: Resolution of Professional Differences including Escalations\n", ""))
        let d = try #require(r.find("missing-key").first)
        #expect(d.message == "the front matter has no 'title'")
        #expect(d.location.line == 1)
    }

    @Test func stageWithoutTimescale() async throws {
        let r = try await inject(replacing("- **Timescale:** 6 working days from the date raised; sooner if urgent, and always within the child's timescales\n", ""))
        let d = try #require(r.find("missing-fact").first)
        #expect(d.message == "Stage 2 has no 'Timescale'")
        #expect(d.location.line == r.line(of: "## Stage 2:"))
    }

    @Test func missingStage() async throws {
        let r = try await inject(replacing("## Stage 3: Third-tier managers", "## Stage 5: Third-tier managers"))
        let numbering = r.find("stage-number")
        #expect(numbering.map(\.message) == ["Stage 5 follows Stage 2: Stage 3 is missing", "Stage 4 comes after Stage 5"])
        #expect(numbering.first?.location.line == r.line(of: "## Stage 5:"))
        let twoMissing = try await inject(replacing("## Stage 4: Senior directors", "## Stage 7: Senior directors"))
        #expect(twoMissing.find("stage-number").map(\.message) == ["Stage 7 follows Stage 3: Stages 4 to 6 are missing"])
    }

    @Test func duplicatedStage() async throws {
        let r = try await inject(replacing("## Stage 3: Third-tier managers", "## Stage 2: Third-tier managers"))
        let d = try #require(r.find("stage-number").first)
        #expect(d.message == "Stage 2 appears more than once")
        #expect(d.location.line == r.line(of: "## Stage 2: Third-tier managers"))
    }

    @Test func stagesOutOfOrder() async throws {
        let r = try await inject { text in
            text.replacingOccurrences(of: "## Stage 1: Practitioners", with: "## Stage X")
                .replacingOccurrences(of: "## Stage 2: Second-tier", with: "## Stage 1: Second-tier")
                .replacingOccurrences(of: "## Stage X", with: "## Stage 2: Practitioners")
        }
        let d = try #require(r.find("stage-number").first)
        #expect(d.message == "Stage 1 comes after Stage 2")
        #expect(d.location.line == r.line(of: "## Stage 1: Second-tier"))
    }

    @Test func unreadableTimescale() async throws {
        let r = try await inject(replacing("- **Timescale:** 10 working days from the date raised", "- **Timescale:** ten days or so"))
        let d = try #require(r.find("timescale").first)
        #expect(d.message == "cannot read the timescale 'ten days or so; sooner if urgent, and always within the child’s timescales': the unit must be 'working days', 'calendar days', 'weeks', 'months' or 'hours'")
        #expect(d.location.line == r.line(of: "ten days or so"))
        // The column of the value, not of the list item.
        #expect(d.location.column == 18)
        #expect(d.help.contains("from the date raised"))
    }

    @Test func cumulativeTimescalesThatGoDown() async throws {
        let r = try await inject(replacing("- **Timescale:** 10 working days from the date raised", "- **Timescale:** 5 working days from the date raised"))
        let d = try #require(r.find("timescale-decreasing").first)
        #expect(d.message == "Stage 3 allows 5 working days from the date raised, but Stage 2 can take until 6 working days from the date raised")
        #expect(d.location.line == r.line(of: "5 working days from the date raised"))
    }

    @Test func notificationWithoutAContact() async throws {
        let r = try await inject(replacing("  - **To:** hscp-admin\n  - **By:** the manager who starts Stage 3\n", "  - **By:** the manager who starts Stage 3\n"))
        let d = try #require(r.find("notify-contact").first)
        #expect(d.message == "the notification duty in Stage 3 names no recipient")
        #expect(d.location.line == r.line(of: "- **Notify:** details of the disagreement"))
    }

    @Test func notificationToAnUnknownContact() async throws {
        let r = try await inject(replacing("  - **To:** hscp-admin\n  - **By:** the manager who starts Stage 3\n", "  - **To:** hscp-admn\n  - **By:** the manager who starts Stage 3\n"))
        let d = try #require(r.find("notify-contact").first)
        #expect(d.message == "Stage 3 notifies 'hscp-admn', which is not a contact of this procedure")
        #expect(d.help.hasPrefix("did you mean 'hscp-admin'?"))
        #expect(d.location.line == r.line(of: "**To:** hscp-admn"))
    }

    @Test func notifyingEachPartnershipNeedsEveryPartnershipToHaveAContact() async throws {
        let r = try await inject(Self.hips, replacing("    contact: iow-lscp\n", ""))
        let d = try #require(r.find("notify-contact").first)
        #expect(d.message == "Stage 5 notifies each partnership, but 'iow' has no contact")
        #expect(d.location.line == r.line(of: "**To:** partnership"))
    }

    @Test func invalidDateFormat() async throws {
        let r = try await inject(replacing("last-updated: 2025-05-21", "last-updated: 21/05/2025"))
        let d = try #require(r.find("invalid-date").first)
        #expect(d.message == "'last-updated' is not a date in YYYY-MM-DD form: '21/05/2025'")
        #expect(d.location.line == r.line(of: "last-updated:"))
        #expect(d.location.column == 15)
    }

    @Test func impossibleDate() async throws {
        let r = try await inject(replacing("  - date: 2025-05-21", "  - date: 2025-02-30"))
        let d = try #require(r.find("invalid-date").first)
        #expect(d.message == "'date' is not a real date: '2025-02-30'")
        #expect(d.location.line == r.line(of: "2025-02-30"))
    }

    /// A passed review date is the audit's `review-date` check (AuditTests), not a problem of
    /// the content: `check --strict` must not fail on it.
    @Test func nextReviewInThePastIsNotADiagnostic() async throws {
        let r = try await inject(replacing("last-updated: 2025-05-21\n", "last-updated: 2025-05-21\nnext-review: 2026-05-21\n"))
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.message))")
    }

    @Test(arguments: ["TODO", "TBC", "please link", "[link]"])
    func placeholderTextIsAnError(marker: String) async throws {
        let r = try await inject(replacing("Do not use the stages below for this.", "Do not use the stages below (\(marker)) for this."))
        let d = try #require(r.find("placeholder").first)
        #expect(d.message == "placeholder text '\(marker)' left in the procedure")
        #expect(d.location.line == r.line(of: "(\(marker))"))
        #expect(d.location.column == 30)
    }

    /// Phrases in any case, after text with other scripts in it (the byte prefilter must not
    /// lose a column or a match to multi-byte characters before it).
    @Test(arguments: ["Please Link", "LOREM IPSUM", "Insert link"])
    func placeholderPhrasesMatchInAnyCase(phrase: String) async throws {
        let r = try await inject(replacing("Do not use the stages below for this.", "Do not use the stages — é — (\(phrase)) for this."))
        let d = try #require(r.find("placeholder").first)
        #expect(d.message == "placeholder text '\(phrase)' left in the procedure")
        #expect(d.location.column == 30)
    }

    @Test func lowercaseTodoInOrdinaryWordsIsNotAPlaceholder() async throws {
        let r = try await inject(replacing("Do not use the stages below for this.", "Do not use the stages below for this; mastodons and TODOS aside."))
        #expect(r.find("placeholder").isEmpty)
    }

    @Test func anchorThatDoesNotResolve() async throws {
        let r = try await inject(replacing("[stages of this procedure](#stage-1)", "[stages of this procedure](#stage-9)"))
        let d = try #require(r.find("link-anchor").first)
        #expect(d.message == "the link '#stage-9' names no stage or heading of this procedure")
        #expect(d.location.line == r.line(of: "(#stage-9)"))
    }

    @Test func stagesAreLinkedByTheirStageIdNotTheHeadingSlug() async throws {
        let r = try await inject(replacing("[stages of this procedure](#stage-1)", "[stages of this procedure](#stage-1-practitioners-and-their-line-managers)"))
        let d = try #require(r.find("link-anchor").first)
        #expect(d.help.contains("#stage-N"))
    }

    @Test func linkToAnotherProcedureIsChecked() async throws {
        let good = try await inject(replacing("[stages of this procedure](#stage-1)", "[stages of this procedure](002_hips.md#stage-5)"))
        #expect(good.find("link-anchor").isEmpty && good.find("link-broken").isEmpty)
        let bad = try await inject(replacing("[stages of this procedure](#stage-1)", "[stages of this procedure](002_hips.md#stage-6)"))
        #expect(bad.find("link-anchor").first?.message == "the link '002_hips.md#stage-6' points to '#stage-6', which is not in 002_hips.md")
        let missing = try await inject(replacing("[stages of this procedure](#stage-1)", "[stages of this procedure](003_nowhere.md)"))
        #expect(missing.find("link-broken").first?.message == "the link target '003_nowhere.md' does not exist")
        #expect(missing.find("link-broken").first?.location.line == missing.line(of: "003_nowhere.md"))
    }

    @Test func nonUTF8File() async throws {
        let dir = try Fixtures.copyOfContent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("policies/000_herts.md")
        var bytes = [UInt8](try Data(contentsOf: url))
        // "Stage 1" heading line gets a Latin-1 'é' (0xE9) instead of UTF-8.
        let text = String(decoding: bytes, as: UTF8.self)
        let lineNumber = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("## Stage 1:") }! + 1
        let offset = text.utf8.count - text.components(separatedBy: "## Stage 1:")[1].utf8.count
        bytes.insert(0xE9, at: offset)
        try Data(bytes).write(to: url)
        let result = await Fixtures.check(dir)
        let d = try #require(result.diagnostics.items.first { $0.code == "encoding" })
        #expect(d.location.line == lineNumber)
        #expect(d.location.column == 12)
        #expect(d.message.contains("not valid UTF-8"))
        // The other procedures are still read.
        #expect(result.procedures.map(\.id) == ["cambs-pboro", "hips", "notts"])
    }

    @Test func unknownFactSuggestsTheNearestLabel() async throws {
        let r = try await inject(replacing("- **Escalates to:** the third-tier manager", "- **Escalate to:** the third-tier manager"))
        let d = try #require(r.find("unknown-fact").first)
        #expect(d.message == "unknown fact 'Escalate to' in Stage 2")
        #expect(d.help.hasPrefix("did you mean 'Escalates to'?"))
        #expect(d.location.line == r.line(of: "**Escalate to:**"))
    }

    @Test func unknownCalendar() async throws {
        let r = try await inject(replacing("calendar: england-and-wales", "calendar: england-and-wale"))
        let d = try #require(r.find("unknown-calendar").first)
        #expect(d.help.hasPrefix("did you mean 'england-and-wales'?"))
        #expect(d.location.line == r.line(of: "calendar:"))
    }

    @Test func noFrontMatter() async throws {
        let r = try await inject { text in String(text.drop(while: { $0 == "-" })) }
        let d = try #require(r.find("front-matter-missing").first)
        #expect(d.location.line == 1)
    }

    @Test func duplicateProcedureIds() async throws {
        let r = try await inject(Self.hips, replacing("id: hips\n", "id: herts\n"))
        let d = try #require(r.find("duplicate-id").first)
        #expect(d.message == "the procedure id 'herts' is already used by policies/000_herts.md")
        #expect(d.location.file == "content/policies/002_hips.md")
        #expect(d.location.line == r.line(of: "id: herts"))
    }

    @Test func stagesDeclaredNotListedButPresent() async throws {
        let r = try await inject("004_notts.md", replacing("## Principles", "## Stage 1: Talk\n\n- **Who:** us\n- **Timescale:** as soon as possible\n\n## Principles"))
        let d = try #require(r.find("stages-not-listed").first)
        #expect(d.location.line == r.line(of: "## Stage 1: Talk"))
    }

    @Test func firstStageCannotCountFromThePreviousOne() async throws {
        let r = try await inject(replacing("- **Timescale:** 3 working days from the date raised", "- **Timescale:** 3 working days after the previous stage"))
        let d = try #require(r.find("timescale").first)
        #expect(d.message.contains("there is no previous stage"))
        #expect(d.location.line == r.line(of: "3 working days after the previous stage"))
    }

    /// Several faults in several files come out of one run, each with its own line.
    @Test func everyFaultIsReportedInOneRun() async throws {
        let dir = try Fixtures.copyOfContent()
        defer { try? FileManager.default.removeItem(at: dir) }
        func edit(_ file: String, _ old: String, _ new: String) throws {
            let url = dir.appendingPathComponent("policies/\(file)")
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit(Self.herts, "last-updated: 2025-05-21", "last-updated: 2025-13-01")
        try edit(Self.herts, "- **Timescale:** 10 working days", "- **Timescale:** 4 working days")
        try edit(Self.herts, "Do not use the stages below for this.", "TODO")
        try edit(Self.hips, "## Stage 4: Head", "## Stage 6: Head")
        try edit("001_cambs-pboro.md", "reviewed:", "reveiwed:")
        let result = await Fixtures.check(dir)
        let codes = Set(result.diagnostics.errors.map(\.code))
        #expect(codes.isSuperset(of: ["invalid-date", "timescale-decreasing", "placeholder", "stage-number", "unknown-key"]))
        #expect(Set(result.diagnostics.errors.map(\.location.file)).count == 3)
        #expect(result.diagnostics.errors.allSatisfy { $0.location.line > 0 })
    }

    @Test func aNotificationCannotHaveTwoRecipients() async throws {
        let nested = try await inject(replacing("  - **To:** hscp-admin\n  - **By:** the manager who starts Stage 3\n", "  - **To:**\n    - hscp-admin\n    - other\n  - **By:** the manager who starts Stage 3\n"))
        #expect(nested.find("fact-single").first?.message == "'To' in a Notify item takes one value, not a list")
        #expect(nested.find("fact-single").first?.help.contains("repeat the Notify item") == true)
        #expect(nested.find("notify-contact").first?.message == "the notification duty in Stage 3 names no recipient")
        let listed = try await inject(replacing("  - **To:** hscp-admin\n  - **By:** the manager who starts Stage 3\n", "  - **To:** hscp-admin; other\n  - **By:** the manager who starts Stage 3\n"))
        let d = try #require(listed.find("notify-contact").first)
        #expect(d.message == "a Notify item names more than one recipient: 'hscp-admin; other'")
        #expect(d.location.line == listed.line(of: "**To:** hscp-admin; other"))
    }

    @Test func anUnreadableTimescaleDoesNotMakeItsStageDisappear() async throws {
        let r = try await inject(replacing("- **Timescale:** 6 working days from the date raised", "- **Timescale:** 6 days from the date raised"))
        #expect(r.find("timescale").count == 1)
        #expect(r.find("stage-number").isEmpty)
        #expect(r.diagnostics.filter { $0.severity == .error }.count == 1, "\(r.diagnostics)")
    }

    @Test func aStageCountedFromTheDateRaisedCannotEndBeforeTheOnesBefore() async throws {
        let r = try await inject { text in
            text.replacingOccurrences(of: "- **Timescale:** 6 working days from the date raised", with: "- **Timescale:** 10 working days after the previous stage")
        }
        // Stage 2 can take until 3 + 10 = 13 working days; Stage 3 allows 10 from the date raised.
        let d = try #require(r.find("timescale-decreasing").first)
        #expect(d.message == "Stage 3 allows 10 working days from the date raised, but Stage 2 can take until 13 working days from the date raised")
    }

    @Test func aYAMLSlipIsReportedAloneWithIndentationAdvice() async throws {
        let r = try await inject(replacing("    contact: hscp-admin\ncontacts:", "   contact: hscp-admin\ncontacts:"))
        #expect(r.diagnostics.filter { $0.location.file.hasSuffix("000_herts.md") }.map(\.code) == ["yaml-syntax"])
        #expect(r.find("yaml-syntax").first?.help.contains("line up under each other") == true)
    }

    @Test func aStepHeadingNeedsItsColon() async throws {
        let r = try await inject(replacing("### Step 2: Give reasons in writing", "### Step 2 Give reasons in writing"))
        let d = try #require(r.find("stage-heading").first)
        #expect(d.message == "the step heading 'Step 2 Give reasons in writing' has no colon after the number")
    }

    @Test func anUrgentRouteTimescaleNeedsNoAnchor() async throws {
        let r = try await inject(replacing("- **Contact:** the Local Authority Designated Officer (LADO)\n", "- **Contact:** the Local Authority Designated Officer (LADO)\n- **Timescale:** within one working day\n"))
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    }

    @Test func aSubProceduresStepsMustFitItsWholeLimit() async throws {
        let r = try await inject(replacing("- **Timescale:** 72 hours from the date raised\n\nUnder", "- **Timescale:** 12 hours from the date raised\n\nUnder"))
        let d = try #require(r.find("sub-procedure-limit").first)
        #expect(d.severity == .warning)
        #expect(d.message.contains("Step 4 can take until 72 hours from the date raised, beyond the whole process's 12 hours from the date raised"))
        #expect(d.location.line == r.line(of: "## Sub-procedure: Challenging"))
    }

    @Test func columnsCountCharactersNotBytes() async throws {
        // Two curly quotes (three bytes each in UTF-8) before the link.
        let r = try await inject(replacing("If the written exchange does not settle the matter, it moves up through the\n[stages of this procedure](#stage-1)",
                                     "If the written exchange does not settle the matter, it moves up through the\n\u{201C}x\u{201D} [stages](#stage-9)"))
        let d = try #require(r.find("link-anchor").first)
        #expect(d.location.column == 5)
    }
}
