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
