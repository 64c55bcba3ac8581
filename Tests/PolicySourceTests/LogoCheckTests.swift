import Foundation
import PolicySource
import Testing
import TestSupport

/// A theme's logo is published on every page, so its type is told from its bytes and an SVG
/// that could run script or fetch something is refused.
@Suite struct LogoCheckTests {
    static let refused: [(String, String)] = [
        (#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#, "a <script> element"),
        (#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#, "an event handler (onload)"),
        (#"<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>"#, "a javascript: address"),
        (#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>"#, "a <foreignObject> element"),
        (#"<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/p.png"/></svg>"#, "refers to something outside itself"),
        (#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>"#, "a DOCTYPE"),
        (#"<svg><style>@import url(https://x.example/a.css);</style></svg>"#, "@import"),
        (#"<svg><rect style="fill:url(https://x.example/p)"/></svg>"#, "outside itself"),
        ("body { color: red }", "not a PNG, JPEG or SVG"),
    ]

    @Test(arguments: 0..<refused.count)
    func aHostileOrUnknownLogoIsRefused(_ index: Int) {
        let (file, reason) = Self.refused[index]
        guard case .refused(let said) = LogoCheck.check(Data(file.utf8)) else {
            Issue.record("accepted: \(file)")
            return
        }
        #expect(said.contains(reason), "\(said)")
    }

    @Test func plainDrawingsAndBitmapsAreAccepted() {
        #expect(LogoCheck.check(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])) == .accepted(.png))
        #expect(LogoCheck.check(Data([0xFF, 0xD8, 0xFF, 0xE0])) == .accepted(.jpeg))
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/></svg>"#
        #expect(LogoCheck.check(Data(svg.utf8)) == .accepted(.svg))
    }

    /// A logo named like a generated file once replaced the built-in stylesheet.
    @Test func aLogoNamedLikeAGeneratedFileCannotReplaceIt() async throws {
        let dir = try Fixtures.copyOfContent()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("theme"), withIntermediateDirectories: true)
        try #"<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>"#.write(
            to: dir.appendingPathComponent("theme/style.css"), atomically: true, encoding: .utf8)
        try "logo: style.css\nlogo-alt: Crest\n".write(to: dir.appendingPathComponent("theme/theme.yml"), atomically: true, encoding: .utf8)
        let out = dir.deletingLastPathComponent().appendingPathComponent("output")
        let report = await Fixtures.pipeline(dir).run(.build(output: out))
        #expect(report.diagnostics.items.isEmpty, "\(report.diagnostics.items)")
        let css = try String(contentsOf: out.appendingPathComponent("assets/style.css"), encoding: .utf8)
        #expect(!css.contains("<svg"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("assets/logo.svg").path))
    }

    @Test func aScriptedLogoIsAnErrorOnItsLine() async throws {
        let dir = try Fixtures.copyOfContent()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("theme"), withIntermediateDirectories: true)
        try #"<svg onload="alert(1)"/>"#.write(to: dir.appendingPathComponent("theme/crest.svg"), atomically: true, encoding: .utf8)
        try "logo-alt: Crest\nlogo: crest.svg\n".write(to: dir.appendingPathComponent("theme/theme.yml"), atomically: true, encoding: .utf8)
        let d = await Fixtures.check(dir).diagnostics.items.first { $0.code == "theme-logo" }
        #expect(d?.location.line == 2)
        #expect(d?.message == "the logo 'crest.svg' cannot be published: the SVG has an event handler (onload)")
    }
}
