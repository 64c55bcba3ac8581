import Diagnostics
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Pipeline
import Testing
import TextTools
import TestSupport

/// Every case of the corpus is built for real (charts as DOT only, to keep the run short). For
/// each: no crash, the expected result, every message short and located, nothing left beside
/// the output, a refused build leaves the previous output exactly as it was, and an accepted
/// one publishes nothing from the input unescaped.
@Suite struct BadInputCorpusTests {
    @Test func theCorpusIsLargeEnough() {
        #expect(Corpus.all.count >= 120)
        #expect(Set(Corpus.all.map(\.name)).count == Corpus.all.count)
    }

    @Test(arguments: 0..<Corpus.all.count)
    func eachBadInputIsHandled(_ index: Int) async throws {
        let input = Corpus.all[index]
        let content = try Fixtures.copyOfContent()
        let root = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: root) }
        // A previous output, as a build would have left it.
        let output = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "previous".write(to: output.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "This folder is written by escalate build and replaced as a whole by each build.\nFiles written:\nindex.html\n"
            .write(to: output.appendingPathComponent(".escalate-output"), atomically: true, encoding: .utf8)
        let before = try Fixtures.files(under: output)
        try input.apply(in: content)

        let report = await Fixtures.pipeline(content).run(.build(output: output))
        let items = report.diagnostics.items
        for d in items {
            #expect(!d.message.contains("\n") && d.message.count < 400, "\(input.name): a long message: \(d.message.prefix(120))…")
            #expect(!d.location.file.isEmpty, "\(input.name): \(d.message)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !["content", "output", ".output.lock", ".output.manifest.json", ".output.build.json"].contains($0) }
        #expect(leftovers.isEmpty, "\(input.name): left beside the output: \(leftovers)")

        switch input.outcome {
        case .refused(let code):
            #expect(items.contains { $0.severity == .error && $0.code == code },
                    "\(input.name): expected \(code), got \(items.map { "\($0.code): \($0.message.prefix(80))" })")
            // Problems with a file as a whole (a pipe, a link, its size) have no line; the rest do.
            let wholeFile: Set<String> = ["content-special-file", "content-link", "content-limit", "unreadable", "front-matter-missing"]
            #expect(items.filter { $0.severity == .error && $0.location.file.hasSuffix(".md") && !wholeFile.contains($0.code) }.allSatisfy { $0.location.line > 0 },
                    "\(input.name): an error in a policy without a line")
            #expect(report.written.isEmpty)
            #expect(try Fixtures.files(under: output) == before, "\(input.name): the previous output changed")
        case .accepted:
            #expect(report.diagnostics.errors.isEmpty, "\(input.name): \(report.diagnostics.errors.map { "\($0.code): \($0.message.prefix(100))" })")
            #expect(!report.written.isEmpty, "\(input.name): nothing was written")
            try Self.publishedSafely(output, case: input.name)
        }
    }

    /// Nothing from content reaches a page as markup, and every machine-read file still parses.
    static func publishedSafely(_ output: URL, case name: String) throws {
        for (path, data) in try Fixtures.files(under: output) {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") {
                var scripts = text.components(separatedBy: "<script").count - 1
                scripts -= text.components(separatedBy: "<script type=\"application/json\"").count - 1
                scripts -= text.components(separatedBy: "<script src=\"").count - 1
                #expect(scripts == 0, "\(name): a script element in \(path)")
                #expect(!text.contains("<img src=x onerror"), "\(name): markup from content in \(path)")
                #expect(!text.contains("<x>") && !text.contains("href=\"javascript:"), "\(name): markup from content in \(path)")
                // A right-to-left override from content is closed where its text ends.
                #expect(BidiControls.balancedBetweenTags(text) == text, "\(name): a bidi control leaks in \(path)")
            }
            if path.hasSuffix(".xml") {
                let parser = XMLParser(data: data)
                #expect(parser.parse(), "\(name): \(path) is not well-formed XML: \(String(describing: parser.parserError))")
            }
            if path.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name): \(path) is not JSON")
            }
            if path.hasSuffix(".dot") {
                // Every quoted string is closed on its line: nothing from content broke out of one.
                for line in text.split(separator: "\n") {
                    var open = false
                    var escaped = false
                    for ch in line {
                        if escaped { escaped = false; continue }
                        if ch == "\\" { escaped = true } else if ch == "\"" { open.toggle() }
                    }
                    #expect(!open, "\(name): an unbalanced quote in \(path): \(line.prefix(120))")
                }
            }
        }
    }
}
