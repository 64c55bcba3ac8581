import Diagnostics
import Foundation
import Testing
import TestSupport

/// YAML anchors, aliases and merge keys are refused in every YAML file escalate reads, before
/// anything walks the tree, so a "billion laughs" document costs nothing.
@Suite struct YAMLAliasTests {
    static let billionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

        """

    @Test(arguments: ["site.yml", "theme/theme.yml"])
    func aBillionLaughsSettingsFileIsRefused(_ path: String) async throws {
        let dir = try Fixtures.copyOfContent()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.billionLaughs.write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8)
        let found = await Fixtures.check(dir).diagnostics.items.filter { $0.code == "yaml-alias" }
        #expect(found.map(\.location) == [SourceLocation(file: "content/\(path)", line: 1, column: 4)])
    }

    @Test func anchorsAliasesAndMergeKeysInFrontMatterAreRefused() async throws {
        let dir = try Fixtures.copyOfContent()
        try Fixtures.edit(dir, "policies/002_hips.md") { $0.replacingOccurrences(of: "id: hips\n", with: "id: hips\nx: &d\n  a: 1\ny:\n  <<: *d\n") }
        try Fixtures.edit(dir, "policies/000_herts.md") { $0.replacingOccurrences(of: "version: \"37\"\n", with: "version: \"37\"\nlaughs: [&x lol, *x, *x]\n") }
        let all = await Fixtures.check(dir).diagnostics.items
        let found = all.filter { $0.code == "yaml-alias" }
        #expect(found.map(\.location.file).sorted() == ["content/policies/000_herts.md", "content/policies/002_hips.md"], "\(all)")
        #expect(found.allSatisfy { $0.message == "the front matter defines a YAML anchor" })
    }

    /// Plain text that merely contains `&` or `*` is not an anchor.
    @Test func ampersandsAndAsterisksInTextAreFine() async throws {
        let dir = try Fixtures.copyOfContent()
        try Fixtures.edit(dir, "policies/000_herts.md") {
            $0.replacingOccurrences(of: "version: \"37\"\n", with: "version: \"37 & *final*\"\n")
        }
        let items = await Fixtures.check(dir).diagnostics.items
        #expect(!items.contains { $0.code == "yaml-alias" }, "\(items)")
    }
}
