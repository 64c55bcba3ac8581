import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `escalate serve` as an author uses it: it answers, rebuilds on a save, shows errors instead of
/// a stale site, and never answers outside its output folder.
@Suite(.serialized) struct ServeCLITests {
    /// A running preview on a temporary copy of the bundled content; stopped at the end.
    final class Preview {
        let process = Process()
        let folder: URL
        let port: UInt16

        /// Standard error, when the preview was started with `verbose`.
        var log: URL { folder.appendingPathComponent("serve.log") }

        init(verbose: Bool = false) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-serve-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CLITests.repoRoot.appendingPathComponent("content"), to: folder.appendingPathComponent("content"))
            try Data("TOKEN-OUTSIDE".utf8).write(to: folder.appendingPathComponent("secret.txt"))
            process.executableURL = CLITests.binary
            process.arguments = ["serve", "--no-charts", "--port", "0", "--poll", "100", "--today", "2026-11-23"] + (verbose ? ["--verbose"] : [])
            process.currentDirectoryURL = folder
            let out = Pipe()
            process.standardOutput = out
            FileManager.default.createFile(atPath: folder.appendingPathComponent("serve.log").path, contents: nil)
            process.standardError = FileHandle(forWritingAtPath: verbose ? folder.appendingPathComponent("serve.log").path : "/dev/null")
            try process.run()
            // The first line of standard output is the address, once the first build is done.
            var line = Data()
            while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
            let text = String(decoding: line, as: UTF8.self)
            guard let port = text.split(separator: ":").last.flatMap({ UInt16($0.trimmingCharacters(in: CharacterSet(charactersIn: "/"))) }) else {
                throw Failure(text: "no address in '\(text)'")
            }
            self.port = port
        }

        deinit {
            process.terminate()
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }

        struct Failure: Error { var text: String }

        /// Sends `target` exactly as written (no client tidies `..` away) and reads the answer.
        func get(_ target: String) throws -> (status: Int, body: String) {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw Failure(text: "cannot connect to \(port)") }
            let request = "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            _ = request.withCString { send(fd, $0, strlen($0), 0) }
            var response = Data()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n <= 0 { break }
                response.append(contentsOf: buffer[0..<n])
            }
            let text = String(decoding: response, as: UTF8.self)
            let status = text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0
            let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
            return (status, body)
        }

        /// The build the preview serves now (a wait that answers at once, as for a page of an older build).
        func generation() throws -> Int {
            Int(try get("/__escalate/wait?after=-1").body.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }

        /// Waits (the page's own long poll) for a build after `generation`; returns the new one.
        func nextBuild(after generation: Int) throws -> Int {
            for _ in 0..<6 {
                let now = Int(try get("/__escalate/wait?after=\(generation)").body.trimmingCharacters(in: .whitespacesAndNewlines)) ?? generation
                if now != generation { return now }
            }
            throw Failure(text: "no rebuild after generation \(generation)")
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let file = folder.appendingPathComponent("content").appendingPathComponent(path)
            try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        }
    }

    @Test func servesPagesWithTheReloadAddedAndTheOutputLeftClean() throws {
        let preview = try Preview()
        let home = try preview.get("/")
        #expect(home.status == 200)
        #expect(home.body.contains("<script src=\"/__escalate/live-reload.js\" data-generation=\"\(try preview.generation())\"></script></body>"))
        let written = try String(contentsOf: preview.folder.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(!written.contains("__escalate"), "the output folder must stay as build writes it")
        #expect(try preview.get("/__escalate/live-reload.js").body.contains("location.reload()"))
        #expect(try preview.get("/herts/").status == 200)
        #expect(try preview.get("/herts").status == 301, "a folder without its slash would break the page's relative links")
        #expect(try preview.get("/no-such-page.html").status == 404)
        #expect(try preview.get("/.escalate-output").status == 404, "hidden files are not served")
    }

    @Test func aHostThatIsNoAddressIsAMistakenCommandLine() throws {
        let r = try CLITests().run(["serve", "--host", "example.org", "--no-charts"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--host must be an IPv4 or IPv6 address"))
    }

    @Test func neverAnswersOutsideTheOutputFolder() throws {
        let preview = try Preview()
        try FileManager.default.createSymbolicLink(at: preview.folder.appendingPathComponent("output/leak.txt"),
                                                   withDestinationURL: preview.folder.appendingPathComponent("secret.txt"))
        for target in ["/../secret.txt", "/%2e%2e/secret.txt", "/herts/%2E%2E%2F%2E%2E%2Fsecret.txt", "/leak.txt", "/..%5csecret.txt"] {
            let r = try preview.get(target)
            #expect(r.status == 404, "\(target)")
            #expect(!r.body.contains("TOKEN-OUTSIDE"), "\(target)")
        }
    }

    @Test func rebuildsOnSaveAndShowsErrorsInsteadOfAStaleSite() throws {
        let preview = try Preview()
        try preview.edit("policies/000_herts.md") { $0.replacingOccurrences(of: "## Stage 1: ", with: "## Stage 1: Talk first: ") }
        let second = try preview.nextBuild(after: try preview.generation())
        #expect(try preview.get("/herts/").body.contains("Talk first"))
        try preview.edit("policies/000_herts.md") { $0.replacingOccurrences(of: "last-updated: 2025-05-21", with: "last-updated: 2025-02-30") }
        let third = try preview.nextBuild(after: second)
        let broken = try preview.get("/herts/")
        #expect(broken.status == 500)
        #expect(broken.body.contains("content/policies/000_herts.md:"))
        #expect(broken.body.contains("[invalid-date]"))
        #expect(try preview.get("/assets/style.css").status == 200, "assets still load under the error page")
        try preview.edit("policies/000_herts.md") { $0.replacingOccurrences(of: "last-updated: 2025-02-30", with: "last-updated: 2025-05-21") }
        _ = try preview.nextBuild(after: third)
        #expect(try preview.get("/herts/").status == 200)
    }
}
