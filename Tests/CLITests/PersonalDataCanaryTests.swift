import Foundation
import Testing
import TestSupport

/// The canary: a log whose personal columns hold unmistakable marker text, some of its rows
/// broken, built into a site and into `escalate stats` by the real binary. No marker may reach
/// any file written, nor anything printed (human and JSON diagnostics alike).
@Suite struct PersonalDataCanaryTests {
    let cli = CLITests()
    static let marker = "SYNTHETIC-PERSONAL"

    @Test func noPersonalValueReachesTheOutputOrAnyMessage() throws {
        let dir = try Fixtures.temporaryFolder()
        let log = dir.appendingPathComponent("log/escalations.csv")
        try FileManager.default.createDirectory(at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
        let generated = try cli.run(["cases", "generate", "--rows", "400", "--seed", "7", "--output", log.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        // Break some rows in ways that are reported by row and column: a bad date, an unknown
        // agency and a duplicate id, each beside personal cells.
        var text = try String(contentsOf: log, encoding: .utf8)
        // The generator writes CRLF, as Excel does; "\r\n" is one Character in Swift.
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].components(separatedBy: ",")
        let raised = try #require(header.firstIndex(of: "raised_on"))
        let agency = try #require(header.firstIndex(of: "raising_agency"))
        // Copies of the first row (its note runs over two lines) with a bad date, an unknown
        // agency, or its case id again: each beside the row's personal cells.
        let row = try #require(lines.firstIndex { $0.hasPrefix("SYN-") })
        let cells = lines[row].components(separatedBy: ",")
        let rest = lines[row + 1] + "\r\n"
        var extra = ""
        var broken = 0
        for n in 1...6 {
            var copy = cells
            if n % 3 == 1 { copy[raised] = "2023-02-30"; copy[0] = "SYN-BROKEN-\(n)" }
            if n % 3 == 2 { copy[agency] = "not-an-agency-" + Self.marker; copy[0] = "SYN-BROKEN-\(n)" }
            extra += copy.joined(separator: ",") + "\r\n" + rest
            broken += 1
        }
        if !text.hasSuffix("\r\n") { text += "\r\n" }
        text += extra
        #expect(broken >= 4)
        try text.write(to: log, atomically: true, encoding: .utf8)
        #expect(text.contains(Self.marker))

        var printed = ""
        // Refused first: errors that name rows and columns.
        let check = try cli.run(["check", "--no-charts", "--content", Fixtures.content.path, "--cases", log.path])
        #expect(check.status == 1)
        let json = try cli.run(["check", "--no-charts", "--diagnostics", "json", "--content", Fixtures.content.path, "--cases", log.path])
        printed += check.stdout + check.stderr + json.stdout + json.stderr
        #expect(check.stderr.contains("row "))
        // Then built anyway, leaving the broken rows out, into the site and the stats folder.
        let site = dir.appendingPathComponent("site")
        let build = try cli.run(["build", "--no-charts", "--content", Fixtures.content.path, "--cases", log.path,
                                 "--exclude-invalid-rows", "--output", site.path])
        #expect(build.status == 0, "\(build.stderr)")
        let stats = dir.appendingPathComponent("stats")
        let only = try cli.run(["stats", "--content", Fixtures.content.path, "--cases", log.path, "--exclude-invalid-rows",
                                "--output", stats.path])
        printed += build.stdout + build.stderr + only.stdout + only.stderr
        #expect(only.status == 0, "\(only.stderr)")
        #expect(!printed.contains(Self.marker), "a personal value was printed")
        #expect(!printed.contains("SYN-20"), "a case id was printed")
        for folder in [site, stats] {
            let files = try Fixtures.files(under: folder)
            #expect(files.keys.contains { $0.hasPrefix("statistics") || $0.hasSuffix(".json") })
            for (path, data) in files {
                let content = String(decoding: data, as: UTF8.self)
                #expect(!content.contains(Self.marker), "\(path) holds a personal value")
                #expect(!content.contains("SYN-20"), "\(path) holds a case id")
            }
        }
    }
}
