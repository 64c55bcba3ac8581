import Foundation
import Testing

/// `--cases`, `--exclude-invalid-rows` and `cases generate` as a user runs them: exit codes, and
/// nothing from a log's cells in anything printed.
@Suite struct CaseLogCLITests {
    let cli = CLITests()
    static let marker = "CLI-CANARY-51d2"

    func log(in folder: URL) throws -> URL {
        let m = Self.marker
        let text = "case_id,child_name,partnership,raised_on,raising_agency,receiving_agency,category,notes\n"
            + "\(m)-1,\(m)-name,herts,2024-05-01,school,police,resources,\"\(m), notes\nmore\"\n"
            + "\(m)-2,\(m)-name,herts,\(m)-date,\(m)-agency,police,resources,\(m)\n"
            + "\(m)-1,\(m)-name,\(m)-partnership,2024-05-01,school,police,\(m)-category,\(m)\n"
        let url = folder.appendingPathComponent("log.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-cli-cases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test(arguments: ["human", "github", "json"])
    func problemsInALogNameRowsAndColumnsAndNeverACell(_ format: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = try log(in: dir)
        let r = try cli.run(["check", "--no-charts", "--cases", log.path, "--diagnostics", format])
        #expect(r.status == 1)
        #expect(!(r.stdout + r.stderr).contains(Self.marker))
        #expect((r.stdout + r.stderr).contains("case-log-date"))
        let excluded = try cli.run(["build", "--no-charts", "--cases", log.path, "--exclude-invalid-rows", "--output", dir.appendingPathComponent("out").path, "--diagnostics", format])
        #expect(excluded.status == 0, "\(excluded.stderr)")
        #expect(!(excluded.stdout + excluded.stderr).contains(Self.marker))
        #expect((excluded.stdout + excluded.stderr).contains("case-log-excluded"))
        let written = try FileManager.default.subpathsOfDirectory(atPath: dir.appendingPathComponent("out").path)
        #expect(!written.isEmpty)
        for path in written {
            let data = FileManager.default.contents(atPath: dir.appendingPathComponent("out").appendingPathComponent(path).path) ?? Data()
            #expect(!String(decoding: data, as: UTF8.self).contains(Self.marker), "\(path)")
        }
    }

    @Test func aMissingCasesPathIsAnError() throws {
        let r = try cli.run(["check", "--no-charts", "--cases", "/nonexistent/escalations.csv"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("there is no case log here [case-log-file]"))
    }

    @Test func generateIsDeterministicAndRefusesToReplaceAFile() throws {
        let a = try cli.run(["cases", "generate", "--rows", "30", "--seed", "7"])
        let b = try cli.run(["cases", "generate", "--rows", "30", "--seed", "7"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.components(separatedBy: "\r\n").first?.hasPrefix("case_id,child_name,") == true)
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("log.csv").path
        #expect(try cli.run(["cases", "generate", "--rows", "30", "--seed", "7", "--output", out]).status == 0)
        #expect(FileManager.default.contents(atPath: out) == Data(a.stdout.utf8))
        let again = try cli.run(["cases", "generate", "--rows", "30", "--seed", "7", "--output", out])
        #expect(again.status != 0)
        #expect(again.stderr.contains("pass --force"))
        #expect(try cli.run(["check", "--no-charts", "--cases", out]).status == 0)
    }
}
