import Foundation
import Testing
import TestSupport

/// Identical inputs give byte-identical output: built twice into different folders, and once
/// more from a copy of the content at another path, in another time zone, every file of the
/// site, its charts (SVG and PDF) and its statistics are the same bytes.
@Suite struct DeterminismCLITests {
    let cli = CLITests()
    static let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")

    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        let paths = Set(a.keys).union(b.keys)
        return paths.filter { a[$0] != b[$0] }.sorted()
    }

    @Test(.enabled(if: hasDot, "Graphviz's dot is not installed"))
    func buildsAreByteIdenticalWhereverAndWheneverTheyRun() throws {
        let first = try Fixtures.copyOfContent().deletingLastPathComponent()
        // Another path of another length, so no absolute path or its length can hide in a file.
        let second = try Fixtures.temporaryFolder().appendingPathComponent("elsewhere/a much longer folder name")
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: first.appendingPathComponent("content"), to: second.appendingPathComponent("content"))

        for (dir, output, zone) in [(first, "output-a", "UTC"), (first, "site/output-b", "Europe/London"), (second, "output", "Pacific/Chatham")] {
            let r = try cli.run(["build", "--strict", "--output", output], in: dir, environment: ["TZ": zone])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let a = try Fixtures.files(under: first.appendingPathComponent("output-a"))
        let b = try Fixtures.files(under: first.appendingPathComponent("site/output-b"))
        let c = try Fixtures.files(under: second.appendingPathComponent("output"))
        // Everything the build makes is there: pages, charts in every form, statistics.
        for kind in [".html", ".svg", ".pdf", ".dot", ".txt", ".csv", ".json"] {
            #expect(a.keys.contains { $0.hasSuffix(kind) }, "no \(kind) file was built")
        }
        #expect(a.keys.contains { $0.contains("statistics") && $0.hasSuffix(".csv") })
        #expect(Self.differences(a, b) == [])
        #expect(Self.differences(a, c) == [])
        // No trace of where it was built.
        for (path, data) in a {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(first.path) && !text.contains("output-a"), "\(path) names the build folder")
        }
    }

    /// `escalate stats` alone, the same way.
    @Test func statisticsAreByteIdenticalWhereverTheyRun() throws {
        let first = try Fixtures.copyOfContent().deletingLastPathComponent()
        let second = try Fixtures.temporaryFolder().appendingPathComponent("another/place")
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: first.appendingPathComponent("content"), to: second.appendingPathComponent("content"))
        #expect(try cli.run(["stats", "--output", "stats-a"], in: first, environment: ["TZ": "UTC"]).status == 0)
        #expect(try cli.run(["stats", "--output", "stats-b"], in: first, environment: ["TZ": "Asia/Tokyo"]).status == 0)
        #expect(try cli.run(["stats"], in: second, environment: ["TZ": "America/St_Johns"]).status == 0)
        let a = try Fixtures.files(under: first.appendingPathComponent("stats-a"))
        #expect(a.count > 5)
        #expect(Self.differences(a, try Fixtures.files(under: first.appendingPathComponent("stats-b"))) == [])
        #expect(Self.differences(a, try Fixtures.files(under: second.appendingPathComponent("statistics"))) == [])
    }
}
