import Diagnostics
import Foundation
import Model
import Pipeline
import PolicySource
import Snapshot
import CmarkGFM
import TextTools

/// What every test target shares: the repository's paths, the example content, temporary
/// copies of it, and runs of the real pipeline.
public enum Fixtures {
    public static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let content = repoRoot.appendingPathComponent("content")
    /// The date review warnings are measured against in tests, so they never depend on the clock.
    public static let today = PolicyDate("2026-11-23")!

    /// The content steps (settings, policies, checks across files) on a folder, without charts
    /// or pages: what the model commands run.
    public static func load(_ dir: URL = content) -> ContentLoader.Result {
        ContentLoader(snapshot: SnapshotReader().read(dir, display: "content"), today: today).load()
    }

    public static let examples: ContentLoader.Result = load()

    public static func procedure(_ id: String) -> Procedure? {
        examples.procedures.first { $0.id == id }
    }

    /// The pipeline on a content folder, shown in messages as `content`. Charts are made as DOT
    /// only unless a renderer is given, so most tests need no Graphviz.
    public static func pipeline(_ dir: URL = content, renderCharts: Bool = false, strict: Bool = false) -> BuildPipeline {
        var p = BuildPipeline(content: dir, display: "content", today: today, strict: strict)
        p.renderCharts = renderCharts
        return p
    }

    /// Every step `escalate check` runs, on a folder.
    public static func check(_ dir: URL = content, strict: Bool = false) async -> BuildContext {
        await pipeline(dir, strict: strict).run(.check)
    }

    /// A copy of the example content in a fresh temporary folder, for tests that break it.
    public static func copyOfContent() throws -> URL {
        let dir = try temporaryFolder()
        let copy = dir.appendingPathComponent("content")
        try FileManager.default.copyItem(at: content, to: copy)
        return copy
    }

    public static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("escalate-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every regular file below `dir`, by relative path.
    public static func files(under dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = dir.resolvingSymlinksInPath().standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return out }
        for case let url as URL in walker {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                let path = url.resolvingSymlinksInPath().standardizedFileURL.path
                out[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
            }
        }
        return out
    }

    /// A content folder in a fresh temporary folder holding only the fixture procedure that uses
    /// every part of the format (`Tests/Fixtures/everything/`), the bundled calendars and a
    /// site.yml with a base URL.
    public static func everythingContent() throws -> URL {
        let dir = try temporaryFolder().appendingPathComponent("content")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repoRoot.appendingPathComponent("Tests/Fixtures/everything/policies"),
                                         to: dir.appendingPathComponent("policies"))
        try FileManager.default.copyItem(at: content.appendingPathComponent("calendars"), to: dir.appendingPathComponent("calendars"))
        try """
            title: Exampleshire procedures
            base-url: https://escalate-tests.org.uk/escalation/
            owner:
              name: Exampleshire Safeguarding Children Partnership
              email: escp@escalate-tests.org.uk
              phone: 01234 567 890
              feedback-url: https://escalate-tests.org.uk/feedback
            accessibility:
              email: accessibility@escalate-tests.org.uk
              phone: 01234 567 891
              url: https://escalate-tests.org.uk/accessibility-problem
              reply-working-days: 5
              compliance: partially-compliant
              last-tested: 2026-11-02
              tested-by: the partnership's web team
              prepared: 2026-11-03
              known-limits:
                - The 2019 leaflet is a scanned PDF with no text layer.
            privacy:
              email: dpo@escalate-tests.org.uk
              notice-url: https://escalate-tests.org.uk/privacy
              hosting: The web host keeps a log of requests for 30 days.

            """.write(to: dir.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        return dir
    }

    /// The procedure of `everythingContent()`.
    public static let everything: Procedure = {
        let dir = try! everythingContent()
        return load(dir).procedures.first!
    }()

    /// Edits a file of a content folder in place.
    public static func edit(_ dir: URL, _ path: String, _ change: (String) -> String) throws {
        let url = dir.appendingPathComponent(path)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }
}

extension Prose {
    /// Prose as the reader makes it from `markdown`: parsed and rendered by cmark-gfm with the
    /// site's options, headings given their GitHub-style ids.
    public static func rendered(_ markdown: String, line: Int = 1, allowRawHTML: Bool = false) -> Prose {
        let document = MarkdownParser(options: MarkdownOptions(allowRawHTML: allowRawHTML)).parseDocument(markdown)
        let headings = document.root.descendants().filter { $0.kind == .heading }
        return Prose(markdown: markdown, line: line, html: document.root.children.map(\.html).joined() + document.footnotesHTML,
                     headingIDs: Slug.unique(headings.map(\.plainText)))
    }
}
