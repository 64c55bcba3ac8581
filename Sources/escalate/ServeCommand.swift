import ArgumentParser
import Diagnostics
import Foundation
import Serve

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the output folder on this machine, and rebuild and reload on every save.",
        discussion: """
            The site is built into the output folder exactly as `build` writes it; the page reload \
            is added as pages are sent, so the folder stays ready to publish. While the content has \
            errors, every page shows them instead of a stale site. Stop with Ctrl-C.
            """)

    @OptionGroup var options: ContentOptions

    @OptionGroup var charts: ChartOptions

    @OptionGroup var caseLog: CaseLogOptions

    @Option(help: "The folder to build into and serve; it is replaced as a whole by each successful build.")
    var output: String = "output"

    @Option(help: "The port to listen on; the next free one is used when it is taken (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on (an IPv4 or IPv6 address, or localhost). Only this machine can reach the default; another address lets other machines see your preview.")
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("How often to look for saved changes.", valueName: "milliseconds"))
    var poll = 300

    func validate() throws {
        guard (50...10_000).contains(poll) else { throw ValidationError("--poll must be between 50 and 10000 milliseconds") }
        guard PreviewServer.listeningHost(host) != nil else {
            throw ValidationError("--host must be an IPv4 or IPv6 address of this machine, or localhost, not '\(host)'")
        }
    }

    func run() async throws {
        try options.refuseOutput(output, suggesting: "output", strict: false, toStandardOutput: false)
        let listening = PreviewServer.listeningHost(host) ?? host
        let state = PreviewState(first: Int(Date().timeIntervalSince1970))
        let content = URL(fileURLWithPath: options.content)
        var seen = ContentFingerprint(of: content)
        await state.finished(problems: await build())
        let server: PreviewServer
        do {
            server = try await PreviewServer.start(root: URL(fileURLWithPath: output), state: state, host: listening, port: port)
        } catch {
            FileHandle.standardError.write(Data("error: cannot serve: \(error)\n".utf8))
            throw ExitCode(3)
        }
        let shownHost = listening.contains(":") ? "[\(listening)]" : listening
        if !PreviewServer.isLoopback(listening) {
            FileHandle.standardError.write(Data("warning: serving on \(listening): other machines on the network can see this preview\n".utf8))
        }
        if port != 0, server.port != port {
            FileHandle.standardError.write(Data("note: port \(port) is in use, so the preview is on port \(server.port)\n".utf8))
        }
        // Standard output carries the address alone, for scripts and tests that start a preview.
        FileHandle.standardOutput.write(Data("Serving http://\(shownHost):\(server.port)/\n".utf8))
        FileHandle.standardError.write(Data("watching \(options.content)/ for changes; Ctrl-C stops\n".utf8))
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(poll))
            var now = ContentFingerprint(of: content)
            guard now != seen else { continue }
            // A save is often several steps (a temporary file, then a rename over the old one):
            // build once the folder has stood still for a moment, not at a step in between,
            // which could show an error page for a file the author never saved that way.
            for _ in 0..<20 {
                try? await Task.sleep(for: .milliseconds(150))
                let again = ContentFingerprint(of: content)
                if again == now { break }
                now = again
            }
            seen = now
            await state.finished(problems: await build())
        }
    }

    /// One build into the output folder; the problems as the command line prints them when it failed.
    private func build() async -> String? {
        var pipeline = options.pipeline(renderCharts: !charts.noCharts)
        caseLog.apply(to: &pipeline)
        // The chart cache and the kept pages, as `build` has them: a save re-renders what it changed.
        charts.apply(to: &pipeline)
        let report = await options.run(pipeline, .build(output: URL(fileURLWithPath: output)))
        let code = options.report(report.diagnostics, strict: false, toStandardOutput: false)
        if code == 0, !report.written.isEmpty {
            FileHandle.standardError.write(Data("built \(plural(report.procedureCount, "procedure")) into \(output)/\n".utf8))
            return nil
        }
        FileHandle.standardError.write(Data("build stopped: \(output)/ was left as it was\n".utf8))
        let formatter = DiagnosticFormatter(format: .human, strict: false)
        let errors = report.diagnostics.items.isEmpty ? "the build wrote nothing" : formatter.format(report.diagnostics.limited())
        return errors
    }
}
