import Diagnostics
import Foundation
import PolicySource
import Testing
import TestSupport

/// Whatever an author's file looks like, reading it gives diagnostics, never a crash, and every
/// diagnostic points into the file.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = [
        "---", "## Stage 0: Zero", "## Stage 2", "## Stage Two: x", "## Urgent:", "## Sub-procedure: x",
        "### Step 9: y", "- **Who:**", "- **Timescale:** 0 working days", "- **Notify:** x", "  - **To:** partnership",
        "- item", "  - nested", "| a | b |", "|---|---|", "[x](#nowhere)", "[y](../../etc/passwd)", "<script>", "key: [unclosed",
        "id: Bad Id", "title:", "partnerships: 3", "  - id: x", "```", "\u{0}", "\u{202E}right-to-left", "**", "- **:** empty label",
        "stages: not-listed", "calendar: mars", "next-review: 1999-01-01", "TODO", String(repeating: "x", count: 20_000),
    ]

    @Test(arguments: 0..<4)
    func mutatedExamplesNeverCrashTheReader(round: Int) throws {
        var rng = SplitMix(state: UInt64(round) &* 7919 &+ 17)
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.content.appendingPathComponent("policies").path).sorted()
        for file in files {
            let original = try String(contentsOf: Fixtures.content.appendingPathComponent("policies/\(file)"), encoding: .utf8)
            for _ in 0..<25 {
                var lines = original.components(separatedBy: "\n")
                for _ in 0..<Int.random(in: 1...6, using: &rng) {
                    let at = Int.random(in: 0..<lines.count, using: &rng)
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: lines.remove(at: at)
                    case 1: lines.insert(Self.fragments.randomElement(using: &rng)!, at: at)
                    case 2: lines.swapAt(at, Int.random(in: 0..<lines.count, using: &rng))
                    default: lines[at] = String(lines[at].shuffled(using: &rng))
                    }
                    if lines.isEmpty { lines = [""] }
                }
                var bytes = Array(lines.joined(separator: "\n").utf8)
                if Int.random(in: 0..<5, using: &rng) == 0, !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0x80...0xFF, using: &rng)
                }
                let lineCount = bytes.filter { $0 == 0x0A }.count + 1
                let read = ProcedureReader(knownCalendars: ["england-and-wales"]).read(bytes: bytes, file: file, source: file)
                for d in read.diagnostics {
                    #expect(d.location.file == file)
                    #expect(d.location.line >= 0 && d.location.line <= lineCount, "\(d) in a file of \(lineCount) lines")
                    #expect(!d.message.isEmpty)
                }
            }
        }
    }

    @Test func emptyAndTinyFiles() {
        for text in ["", "---", "---\n---", "---\n---\n", "\u{FEFF}---\nid: x\n---\n", "---\r\nid: a\r\n---\r\n# T\r\n"] {
            let read = ProcedureReader().read(bytes: Array(text.utf8), file: "f.md", source: "f.md")
            #expect(!read.diagnostics.filter { $0.severity == .error }.isEmpty, "\(text.debugDescription) should have errors")
        }
    }

    @Test func stageZeroIsReported() throws {
        let text = """
            ---
            id: x
            title: X
            partnerships:
              - id: p
                name: P
            ---
            ## Stage 0: Nothing

            - **Who:** someone
            - **Timescale:** as soon as possible

            """
        let read = ProcedureReader().read(bytes: Array(text.utf8), file: "f.md", source: "f.md")
        #expect(read.diagnostics.map(\.message) == ["stage numbers start at 1, not 0"])
        #expect(read.diagnostics.first?.location.line == 8)
    }
}
