import Foundation
import Testing

/// `escalate serve` rebuilds through the same kept pages as `build`: after a save, only the
/// pages that depend on the saved file are rendered again.
extension ServeCLITests {
    /// "pages: 3 rendered, 27 kept from the previous build" lines of the preview's `--verbose` log.
    static func pageCounts(_ log: URL) throws -> [(rendered: Int, kept: Int)] {
        try String(contentsOf: log, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard line.hasPrefix("pages: ") else { return nil }
            let numbers = line.split(separator: " ").compactMap { Int($0) }
            return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
        }
    }

    @Test func aSaveRendersOnlyThePagesThatDependOnIt() throws {
        let preview = try Preview(verbose: true)
        // A stage's guidance, which only its own procedure's page shows.
        try preview.edit("policies/002_hips.md") {
            $0.replacingOccurrences(of: "\n## Stage 3: ", with: "\nA sentence saved while the preview was open.\n\n## Stage 3: ")
        }
        _ = try preview.nextBuild(after: try preview.generation())
        #expect(try preview.get("/hips/").body.contains("A sentence saved while the preview was open."))
        let counts = try Self.pageCounts(preview.log)
        let log = try String(contentsOf: preview.log, encoding: .utf8)
        try #require(counts.count == 2, "\(log)")
        #expect(counts[0].kept == 0)
        #expect(counts[1].rendered == 1, "only the HIPS page: \(counts[1])")
        #expect(counts[1].kept == counts[0].rendered - 1)
    }
}
