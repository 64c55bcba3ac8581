import Foundation
import Testing
import TestSupport

/// Rebuilds: charts whose inputs did not change are taken from the chart cache without
/// starting a layout, unchanged output files keep their bytes and modification time, and the
/// result is the same as a clean build.
@Suite struct IncrementalCLITests {
    let cli = CLITests()
    static let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")

    /// A `dot` on PATH that logs its arguments, one call a line, then runs the real one.
    func countingDot(in dir: URL) throws -> (environment: [String: String], log: URL) {
        let bin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = dir.appendingPathComponent("dot-calls.log")
        let script = bin.appendingPathComponent("dot")
        try Data("#!/bin/sh\necho \"$*\" >> '\(log.path)'\nexec /usr/bin/dot \"$@\"\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let environment = ["PATH": bin.path + ":/usr/bin:/bin", "XDG_CACHE_HOME": dir.appendingPathComponent("cache").path]
        return (environment, log)
    }

    /// The layouts dot was asked for since the log was last cleared (`dot -V` is not one).
    func layouts(_ log: URL) throws -> [String] {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: log)
        return text.split(separator: "\n").map(String.init).filter { $0.contains("-T") }
    }

    func modificationTimes(under dir: URL) throws -> [String: Date] {
        try Fixtures.files(under: dir).keys.reduce(into: [:]) { out, path in
            out[path] = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(path).path)[.modificationDate] as? Date
        }
    }

    @Test(.enabled(if: hasDot, "Graphviz's dot is not installed"))
    func aRebuildLaysOutOnlyTheChartsThatChanged() throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        let (environment, log) = try countingDot(in: dir)
        let output = dir.appendingPathComponent("output")
        let build = ["build", "--strict"]

        #expect(try cli.run(build, in: dir, environment: environment).status == 0)
        let all = try layouts(log)
        #expect(all.filter { $0.hasPrefix("-Tsvg ") }.count == 4, "the first build lays out every chart: \(all)")
        let first = try Fixtures.files(under: output)
        let firstTimes = try modificationTimes(under: output)

        // Nothing changed: no layout at all, the same bytes, every file untouched.
        Thread.sleep(forTimeInterval: 1.1)
        let again = try cli.run(build, in: dir, environment: environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try layouts(log) == [])
        #expect(try Fixtures.files(under: output) == first)
        #expect(try modificationTimes(under: output) == firstTimes)

        // One procedure edited: only its chart is laid out again; other procedures' files keep their times.
        try Fixtures.edit(dir.appendingPathComponent("content"), "policies/002_hips.md") {
            $0.replacingOccurrences(of: "## Stage 2: ", with: "## Stage 2: Escalating to ")
        }
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try cli.run(build, in: dir, environment: environment).status == 0)
        let relaid = try layouts(log)
        // HIPS has one chart: one web layout, against one per chart in the first build.
        #expect(relaid.filter { $0.hasPrefix("-Tsvg ") }.count == 1, "\(relaid)")
        let edited = try Fixtures.files(under: output)
        let times = try modificationTimes(under: output)
        for path in ["herts/flowchart.svg", "herts/flowchart.pdf", "cambs-pboro/flowchart.pdf"] {
            #expect(times[path] == firstTimes[path], "\(path)")
        }
        #expect(edited["hips/flowchart.svg"] != first["hips/flowchart.svg"])
        #expect(times["hips/flowchart.svg"] != firstTimes["hips/flowchart.svg"])

        // The incremental result is the clean one; --clean lays every chart out again.
        let clean = try cli.run(["build", "--strict", "--clean", "--output", "clean"], in: dir, environment: environment)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(try layouts(log).count >= 8)
        #expect(try Fixtures.files(under: dir.appendingPathComponent("clean")) == edited)
    }

    /// A cache entry that is not what the cache wrote (a link, say) is not read: the chart is
    /// laid out again.
    @Test(.enabled(if: hasDot, "Graphviz's dot is not installed"))
    func aCacheEntryThatIsALinkIsNotRead() throws {
        let dir = try Fixtures.copyOfContent().deletingLastPathComponent()
        let (environment, log) = try countingDot(in: dir)
        #expect(try cli.run(["build"], in: dir, environment: environment).status == 0)
        _ = try layouts(log)
        let charts = dir.appendingPathComponent("cache/escalate/charts")
        let entries = try FileManager.default.contentsOfDirectory(atPath: charts.path).filter { $0.count == 64 }
        #expect(!entries.isEmpty)
        let secret = dir.appendingPathComponent("secret.svg")
        try Data("<svg><script>alert(1)</script></svg>".utf8).write(to: secret)
        for entry in entries {
            let svg = charts.appendingPathComponent(entry).appendingPathComponent("chart.svg")
            try FileManager.default.removeItem(at: svg)
            try FileManager.default.createSymbolicLink(at: svg, withDestinationURL: secret)
        }
        // The output is untouched, so the build would stop as up to date before the charts:
        // without its record, it reads the cache.
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".output.build.json"))
        #expect(try cli.run(["build"], in: dir, environment: environment).status == 0)
        #expect(try layouts(log).count >= 8)
        let site = try Fixtures.files(under: dir.appendingPathComponent("output"))
        #expect(!site.values.contains { String(decoding: $0, as: UTF8.self).contains("alert(1)") })
    }
}
