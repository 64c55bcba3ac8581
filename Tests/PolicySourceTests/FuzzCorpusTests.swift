import CmarkGFM
import Diagnostics
import Foundation
import Model
import PolicySource
import Testing
import TestSupport

/// Every input in the fuzz corpora (`Fuzz/corpus/`, seeds and each crash a fuzzer ever found)
/// goes through the same function as its fuzz target on every test run: it is read to
/// diagnostics, never a crash, and each diagnostic points into the file.
@Suite struct FuzzCorpusTests {
    static func corpus(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let dir = Fixtures.repoRoot.appendingPathComponent("Fuzz/corpus/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map {
            ($0, Array(try Data(contentsOf: dir.appendingPathComponent($0))))
        }
    }

    /// What FuzzPolicyReader does with an input.
    static func readPolicy(_ bytes: [UInt8]) -> ReadProcedure {
        let reader = ProcedureReader(knownCalendars: ["england-and-wales", "scotland", "northern-ireland"],
                                     today: PolicyDate("2025-06-01"),
                                     markdownOptions: MarkdownOptions(allowRawHTML: bytes.count % 2 == 1))
        return reader.read(bytes: bytes, file: "fuzz.md", source: "policies/fuzz.md")
    }

    /// What FuzzTimescale does with an input: the phrase in stage 1 and in step 1 of a sub-procedure.
    static func policy(timescale phrase: [UInt8]) -> [UInt8] {
        let phrase = phrase.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
        let head = "---\nid: fuzz\ntitle: Fuzz\npartnerships:\n  - id: fuzz\n    name: Fuzz partnership\ncalendar: england-and-wales\n---\n\n"
            + "# Fuzz\n\n## Stage 1: First\n\n- **Who:** the practitioners\n- **Timescale:** "
        let middle = "\n\n## Stage 2: Second\n\n- **Who:** the managers\n- **Timescale:** 5 working days after the previous stage\n\n"
            + "## Sub-procedure: Other\n\n- **Applies when:** always\n\n### Step 1: One\n\n- **Who:** someone\n- **Timescale:** "
        return Array(head.utf8) + phrase + Array(middle.utf8) + phrase + Array("\n".utf8)
    }

    static func expectClean(_ result: ReadProcedure, lines: Int, _ name: String) {
        for d in result.diagnostics {
            #expect(d.location.file == "fuzz.md", "\(name): \(d)")
            #expect(d.location.line >= 0 && d.location.line <= lines + 1, "\(name): \(d)")
            #expect(!d.message.isEmpty, "\(name): \(d)")
        }
    }

    @Test func policyReaderCorpus() throws {
        let inputs = try Self.corpus("policy-reader")
        #expect(inputs.count >= 5)
        for (name, bytes) in inputs {
            let result = Self.readPolicy(bytes)
            Self.expectClean(result, lines: bytes.filter { $0 == 0x0A }.count + 1, name)
        }
    }

    @Test func timescaleCorpus() throws {
        let inputs = try Self.corpus("timescale")
        #expect(inputs.count >= 10)
        for (name, phrase) in inputs {
            let bytes = Self.policy(timescale: phrase)
            let result = Self.readPolicy(bytes)
            Self.expectClean(result, lines: bytes.filter { $0 == 0x0A }.count + 1, name)
            // Read or refused: a procedure with the timescale, or an error saying why not.
            #expect(result.procedure != nil || result.diagnostics.contains { $0.severity == .error }, "\(name)")
        }
    }
}

/// Findings of the fuzzing (docs/security.md), each fed to the function that failed: cmark-gfm
/// 0.29.0.gfm.6 (Debian 12's) spends far more than the text's length on some tables; such a
/// file is now reported, and its tables read as text, in proportion to its length.
@Suite struct FuzzFindingTests {
    static func read(_ body: String) -> ReadProcedure {
        let source = "---\nid: x\ntitle: t\n---\n\n" + body
        return ProcedureReader().read(bytes: Array(source.utf8), file: "fuzz.md", source: "policies/fuzz.md")
    }

    static func tableDiagnostic(_ result: ReadProcedure) -> Diagnostic? {
        result.diagnostics.first { $0.code == DiagnosticCode.markdownTable.rawValue }
    }

    /// 1,600 columns over 1,600 one-letter rows (9.6 KB) were 2.56 million cells: 40 s and 2.5 GB
    /// under the fuzzer; 3,200 of each (19 KB) took `escalate check` 112 s and 7 GB.
    @Test func aTableThatWouldNeedMillionsOfFilledCellsIsReportedNotBuilt() throws {
        let body = String(repeating: "|a", count: 150) + "|\n" + String(repeating: "|-", count: 150) + "|\n" + String(repeating: "x\n", count: 3_000)
        let d = try #require(Self.tableDiagnostic(Self.read(body)))
        #expect(d.location == SourceLocation(file: "fuzz.md", line: 7, column: 1))
        #expect(d.message.contains("447000 empty cells") && d.message.contains("150 columns"), "\(d.message)")
        #expect(d.severity == .error)
    }

    /// One line of 100,000 `|` before a delimiter row: 11 s in cmark-gfm's cell list.
    @Test func aTableLineOfTooManyCellsIsReported() throws {
        let d = try #require(Self.tableDiagnostic(Self.read(String(repeating: "|", count: 100_000) + "\n|-|-|\n")))
        #expect(d.location == SourceLocation(file: "fuzz.md", line: 6, column: 1))
        #expect(d.message.contains("100001 cells"), "\(d.message)")
    }

    /// 10,000 pairs of `a` and `|-|-|` in one paragraph (80 KB): 37 s, each delimiter-like line
    /// reading the paragraph so far again.
    @Test func delimiterRowsThatNeverMakeATableAreReported() throws {
        let d = try #require(Self.tableDiagnostic(Self.read(String(repeating: "a\n|-|-|\n", count: 10_000))))
        #expect(d.message.contains("delimiter row"), "\(d.message)")
    }

    @Test func ordinaryTablesWithShortRowsAreStillTables() {
        let text = "| a | b | c | d |\n|---|---|---|---|\n| 1 | 2\n| 3\n\nText before.\n\n| e | f |\n|---|---|\n"
            + String(repeating: "| x |\n", count: 2_000) + "\n" + String(repeating: "| c ", count: 150) + "|\n" + String(repeating: "|---", count: 150) + "|\n"
        #expect(TableCost.firstExcess(in: text) == nil)
        let document = MarkdownParser().parseDocument(text)
        #expect(document.tableExcess == nil)
        #expect(document.root.children.filter { $0.kind == .table }.count == 3)
    }

    @Test func theCostIsCountedInsideBlockQuotesAndListsToo() {
        let wide = String(repeating: "| a ", count: 150) + "|\n"
        let delimiter = String(repeating: "|---", count: 150) + "|\n"
        for (prefix, first) in [("> ", "> "), ("  ", "- ")] {
            let text = first + wide + prefix + delimiter + String(repeating: prefix + "x\n", count: 40)
            let excess = TableCost.firstExcess(in: text)
            #expect(excess?.line == 2, "\(prefix)")
            #expect(MarkdownParser().parseDocument(text).root.descendants().allSatisfy { $0.kind != .table }, "\(prefix)")
        }
    }
}
