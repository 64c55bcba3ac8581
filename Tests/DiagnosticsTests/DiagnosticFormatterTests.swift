import Diagnostics
import Foundation
import Testing

@Suite struct DiagnosticFormatterTests {
    static let error = Diagnostic.error(.unknownKey, at: SourceLocation(file: "content/policies/000_herts.md", line: 23, column: 1),
                                        "unknown key 'last-updatd' in the front matter", help: "did you mean 'last-updated'?")
    static let warning = Diagnostic.warning(.titleMismatch, at: SourceLocation(file: "content/policies/000_herts.md", line: 24, column: 14),
                                            "the heading differs from the title")
    static let wholeFile = Diagnostic.error(.calendarFile, at: SourceLocation(file: "content/calendars/x.json"), "the calendar file is not a JSON object")

    @Test func humanIsFileLineColumnSeverityMessageAndHelp() {
        let text = DiagnosticFormatter(format: .human).format([Self.error, Self.warning, Self.wholeFile])
        #expect(text == """
            content/policies/000_herts.md:23:1: error: unknown key 'last-updatd' in the front matter [unknown-key]
                help: did you mean 'last-updated'?
            content/policies/000_herts.md:24:14: warning: the heading differs from the title [title-mismatch]
            content/calendars/x.json: error: the calendar file is not a JSON object [calendar-file]

            """)
    }

    @Test func strictReportsWarningsAsErrors() {
        let formatter = DiagnosticFormatter(format: .human, strict: true)
        #expect(formatter.format([Self.warning]).contains(": error: the heading differs"))
        let list = DiagnosticList([Self.error, Self.warning])
        #expect(formatter.summary(list) == "2 errors, 0 warnings")
        #expect(DiagnosticFormatter().summary(list) == "1 error, 1 warning")
        #expect(DiagnosticFormatter().summary(DiagnosticList()) == "0 errors, 0 warnings")
    }

    @Test func githubAnnotationsCarryTheCodeAsTitle() {
        let text = DiagnosticFormatter(format: .github).format([Self.error, Self.warning, Self.wholeFile])
        #expect(text == """
            ::error file=content/policies/000_herts.md,line=23,col=1,title=escalate unknown-key::unknown key 'last-updatd' in the front matter%0Adid you mean 'last-updated'?
            ::warning file=content/policies/000_herts.md,line=24,col=14,title=escalate title-mismatch::the heading differs from the title
            ::error file=content/calendars/x.json,title=escalate calendar-file::the calendar file is not a JSON object

            """)
    }

    /// Workflow commands end a property at `,` and the properties at `::`, and a line at a
    /// newline: a file name or message holding them must not cut the annotation short.
    @Test func githubEscapesWhatWorkflowCommandsWouldMisread() {
        let d = Diagnostic.error(.linkBroken, at: SourceLocation(file: "content/a,b:c%.md", line: 2, column: 0),
                                 "100% of 'a::b'\r\nsecond line", help: "one, two: three")
        let text = DiagnosticFormatter(format: .github).format([d])
        #expect(text == "::error file=content/a%2Cb%3Ac%25.md,line=2,col=1,title=escalate link-broken::100%25 of 'a::b'%0D%0Asecond line%0Aone, two: three\n")
        #expect(text.split(separator: "\n").count == 1)
    }

    @Test func jsonCarriesTheCodeAndEveryField() throws {
        let text = DiagnosticFormatter(format: .json).format([Self.error, Self.wholeFile])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["code"] as? String } == ["unknown-key", "calendar-file"])
        #expect(objects[0]["severity"] as? String == "error")
        #expect(objects[0]["help"] as? String == "did you mean 'last-updated'?")
        let location = try #require(objects[0]["location"] as? [String: Any])
        #expect(location["file"] as? String == "content/policies/000_herts.md")
        #expect(location["line"] as? Int == 23 && location["column"] as? Int == 1)
        let decoded = try JSONDecoder().decode([Diagnostic].self, from: Data(text.utf8))
        #expect(decoded == [Self.error, Self.wholeFile])
    }

    @Test func jsonEscapesAndMarksStrictWarnings() throws {
        let d = Diagnostic.warning(.placeholder, at: SourceLocation(file: "content/policies/a.md", line: 1, column: 1),
                                   "quote \" backslash \\ newline\n and a/slash")
        let text = DiagnosticFormatter(format: .json, strict: true).format([d])
        #expect(text.contains(#""message" : "quote \" backslash \\ newline\n and a/slash""#))
        let decoded = try JSONDecoder().decode([Diagnostic].self, from: Data(text.utf8))
        #expect(decoded.first?.severity == .error && decoded.first?.message == d.message)
        #expect(DiagnosticFormatter(format: .json).format([]) == "[]\n")
    }
}

@Suite struct DiagnosticLimitTests {
    /// 1,500 copies of one mistake must not bury everything else.
    @Test func longRunsOfOneProblemAreCutShort() {
        var list = DiagnosticList()
        for line in 1...1500 {
            list.append(.error(.placeholder, at: SourceLocation(file: "a.md", line: line, column: 1), "placeholder"))
        }
        list.append(.error(.unknownFact, at: SourceLocation(file: "a.md", line: 2000, column: 1), "unknown fact"))
        let shown = list.limited(perFileAndCode: 10)
        #expect(shown.count == 12)
        #expect(shown.filter { $0.code == "placeholder" }.count == 11)
        #expect(shown.last?.message == "… and 1490 more like the 10 above in this file")
        #expect(shown.contains { $0.code == "unknown-fact" })
        #expect(list.exitCode(strict: false) == 1)
    }
}
