import Flowchart
import Foundation
import Output
import Pipeline
import Site
import Testing
import TestSupport

/// A rebuild keeps the pages whose inputs did not change (`PageManifest`) and re-renders the
/// rest; after every kind of edit an author makes, the incremental output is byte for byte the
/// output of a clean build into a fresh folder.
@Suite struct IncrementalBuildTests {
    static let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")

    /// A content copy with one output built into again and again, and a fresh folder for each clean build.
    struct Project {
        let root: URL
        var content: URL { root.appendingPathComponent("content") }
        var output: URL { root.appendingPathComponent("output") }
        var cache: URL { root.appendingPathComponent("cache") }
        var cleanBuilds = 0

        init() throws {
            root = try Fixtures.copyOfContent().deletingLastPathComponent()
        }

        func pipeline(clean: Bool) -> BuildPipeline {
            var p = Fixtures.pipeline(content, renderCharts: IncrementalBuildTests.hasDot, strict: false)
            p.chartCache = ChartCache(folder: cache, reads: !clean)
            p.keepUnchangedFiles = !clean
            return p
        }

        func incremental() async throws -> BuildContext {
            let c = await pipeline(clean: false).run(.build(output: output))
            #expect(!c.hasFailures(strict: false), "\(c.diagnostics.items.filter { $0.severity == .error })")
            #expect(!c.written.isEmpty)
            return c
        }

        /// A clean build into a folder of its own; its files.
        mutating func clean() async throws -> (BuildContext, [String: Data]) {
            cleanBuilds += 1
            let folder = root.appendingPathComponent("clean-\(cleanBuilds)/output")
            let c = await pipeline(clean: true).run(.build(output: folder))
            #expect(!c.hasFailures(strict: false))
            #expect(c.pagesKept.isEmpty, "a clean build keeps nothing")
            return (c, try Fixtures.files(under: folder))
        }

        /// An incremental build, then a clean one; every byte compared. The incremental build's context.
        @discardableResult
        mutating func rebuildAndCompare(_ step: String) async throws -> BuildContext {
            let incremental = try await incremental()
            let (clean, cleanFiles) = try await clean()
            let files = try Fixtures.files(under: output)
            #expect(files.keys.sorted() == cleanFiles.keys.sorted(), "after \(step): the same files")
            for (path, data) in cleanFiles where files[path] != data {
                Issue.record("after \(step): \(path) differs from a clean build's")
            }
            if incremental.upToDate == nil {
                #expect(incremental.pagesRendered.count + incremental.pagesKept.count == clean.pagesRendered.count, "after \(step)")
            }
            return incremental
        }
    }

    /// Pages made from every procedure at once: they may change with any one procedure.
    static let shared: Set<String> = ["index.html", "compare.html", "updates.html", "search.html", "glossary.html", "statistics.html",
                                      "404.html", "accessibility.html", "privacy.html"]

    func isShared(_ path: String) -> Bool {
        Self.shared.contains(path) || path.hasPrefix("partnerships/") || path.hasPrefix("statistics/")
    }

    @Test func anIncrementalBuildIsACleanBuildAfterEveryKindOfEdit() async throws {
        var project = try Project()
        let first = try await project.rebuildAndCompare("the first build")
        #expect(first.pagesKept.isEmpty)
        let all = Set(first.pagesRendered)
        #expect(all.contains("hips/index.html") && all.contains("herts/versions/36.html"))

        // Nothing changed: the build stops after reading (`BuildRecord`)...
        let upToDate = try await project.rebuildAndCompare("no edit")
        #expect(upToDate.upToDate != nil)
        #expect(upToDate.stepsRun == ["read"])
        // ...and without that record, the page manifest alone keeps every page, renders none.
        try FileManager.default.removeItem(at: project.root.appendingPathComponent(".output.build.json"))
        let again = try await project.rebuildAndCompare("no edit, without the build record")
        #expect(again.upToDate == nil)
        #expect(again.pagesRendered == [])
        #expect(Set(again.pagesKept) == all)
        // The manifest lives beside the output, never in it.
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".output.manifest.json").path))
        #expect(try !Fixtures.files(under: project.output).keys.contains { $0.contains("manifest") })

        // Add a procedure.
        let hips = try String(contentsOf: project.content.appendingPathComponent("policies/002_hips.md"), encoding: .utf8)
        try hips.replacingOccurrences(of: "\nid: hips\n", with: "\nid: hips-two\n")
            .replacingOccurrences(of: "\ntitle: Hampshire", with: "\ntitle: Second Hampshire")
            .write(to: project.content.appendingPathComponent("policies/005_hips-two.md"), atomically: true, encoding: .utf8)
        let added = try await project.rebuildAndCompare("adding a procedure")
        #expect(added.pagesRendered.contains("hips-two/index.html"))

        // Change one procedure: its page and the pages made from every procedure, nothing else.
        try Fixtures.edit(project.content, "policies/002_hips.md") {
            $0.replacingOccurrences(of: "## Stage 2: ", with: "## Stage 2: Escalating to ")
        }
        let changed = try await project.rebuildAndCompare("changing a procedure")
        #expect(changed.pagesRendered.contains("hips/index.html"))
        #expect(changed.pagesRendered.contains("index.html"), "the index lists every stage's title")
        for path in changed.pagesRendered {
            #expect(path.hasPrefix("hips/") || isShared(path), "\(path) does not depend on the HIPS procedure")
        }
        for path in ["herts/index.html", "herts/versions/36.html", "cambs-pboro/index.html", "notts/index.html", "hips-two/index.html"] {
            #expect(changed.pagesKept.contains(path), "\(path)")
        }

        // Rename one, file and id.
        try FileManager.default.removeItem(at: project.content.appendingPathComponent("policies/005_hips-two.md"))
        try hips.replacingOccurrences(of: "\nid: hips\n", with: "\nid: hips-three\n")
            .replacingOccurrences(of: "\ntitle: Hampshire", with: "\ntitle: Second Hampshire")
            .write(to: project.content.appendingPathComponent("policies/006_hips-three.md"), atomically: true, encoding: .utf8)
        let renamed = try await project.rebuildAndCompare("renaming a procedure")
        #expect(renamed.pagesRendered.contains("hips-three/index.html"))
        #expect(!renamed.written.contains { $0.hasPrefix("hips-two/") })

        // Delete one.
        try FileManager.default.removeItem(at: project.content.appendingPathComponent("policies/006_hips-three.md"))
        let deleted = try await project.rebuildAndCompare("deleting a procedure")
        #expect(!deleted.written.contains { $0.hasPrefix("hips-three/") })

        // A theme's template: every page that includes it is rendered again.
        let footer = project.content.appendingPathComponent("theme/templates/footer.mustache")
        try FileManager.default.createDirectory(at: footer.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (String(decoding: BuiltInTheme.files["templates/footer.mustache"]!, as: UTF8.self) + "<p>Printed copies are uncontrolled.</p>\n")
            .write(to: footer, atomically: true, encoding: .utf8)
        let themed = try await project.rebuildAndCompare("overriding a template")
        #expect(themed.pagesKept.isEmpty, "every page has the footer: \(themed.pagesKept)")
        #expect(try String(contentsOf: project.output.appendingPathComponent("herts/index.html"), encoding: .utf8).contains("uncontrolled"))

        // A calendar: the deadline calculators on the procedure pages change.
        try Fixtures.edit(project.content, "calendars/bank-holidays.json") {
            $0.replacingOccurrences(of: "\"events\": [\n", with: "\"events\": [\n      {\"title\": \"Extra day\", \"date\": \"2030-06-03\", \"notes\": \"\", \"bunting\": true},\n",
                                    options: [], range: $0.range(of: "\"events\": [\n"))
        }
        let calendar = try await project.rebuildAndCompare("changing a calendar")
        #expect(calendar.pagesRendered.contains("herts/index.html"))
        #expect(try String(contentsOf: project.output.appendingPathComponent("herts/index.html"), encoding: .utf8).contains("2030-06-03"))

        // A glossary term: linked where it first appears on each procedure page.
        try Fixtures.edit(project.content, "glossary.yml") {
            $0.replacingOccurrences(of: "terms:\n", with: "terms:\n  - term: line manager\n    definition: The person you report to at work.\n")
        }
        let glossary = try await project.rebuildAndCompare("adding a glossary term")
        #expect(glossary.pagesRendered.contains("glossary.html") && glossary.pagesRendered.contains("hips/index.html"))

        // site.yml: every page carries the site's title.
        try Fixtures.edit(project.content, "site.yml") {
            $0.replacingOccurrences(of: "title: Resolving professional differences", with: "title: Settling professional differences")
        }
        let settings = try await project.rebuildAndCompare("changing site.yml")
        #expect(settings.pagesKept.isEmpty, "\(settings.pagesKept)")
    }

    /// A page of the previous output that is not what the build wrote (edited by hand) is
    /// rendered again, never kept; so is one the manifest does not describe.
    @Test func aPreviousPageWithOtherBytesIsRenderedAgain() async throws {
        let project = try Project()
        _ = try await project.incremental()
        let page = project.output.appendingPathComponent("herts/index.html")
        let original = try Data(contentsOf: page)
        try (original + Data("<!-- edited -->".utf8)).write(to: page)
        let rebuilt = try await project.incremental()
        #expect(rebuilt.pagesRendered == ["herts/index.html"])
        #expect(try Data(contentsOf: page) == original)

        // A manifest that is not one (or names paths outside the folder) keeps nothing.
        let manifest = PreviousOutput.manifestURL(for: project.output)
        try Data("{\"format\": \"escalate-page-manifest 1\", \"pages\": {\"../content/site.yml\": {\"key\": \"k\", \"digest\": \"d\", \"glossaryTerms\": []}}}".utf8)
            .write(to: manifest)
        let unread = try await project.incremental()
        #expect(unread.pagesKept.isEmpty)
        #expect(PreviousOutput.file("../content/site.yml", in: project.output) == nil)
        #expect(PreviousOutput.file("herts/index.html", in: project.output) != nil)
    }

    /// `check` and `--clean` keep nothing; `check` reads no output at all.
    @Test func checkAndCleanRenderEveryPage() async throws {
        let project = try Project()
        let built = try await project.incremental()
        let check = await project.pipeline(clean: false).run(.check)
        #expect(check.pagesKept.isEmpty && check.pagesRendered.count == built.pagesRendered.count)
        let clean = await project.pipeline(clean: true).run(.build(output: project.output))
        #expect(clean.pagesKept.isEmpty && clean.pagesRendered.count == built.pagesRendered.count)
    }
}
