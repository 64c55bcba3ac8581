import Diagnostics
import Foundation
import Testing

/// Content quoted in a message must not drive the terminal or rewrite a CI log.
@Suite struct ControlCharacterTests {
    static let hostile = Diagnostic.error(.unknownFact, at: SourceLocation(file: "content/policies/\u{1B}]0;x\u{07}.md", line: 3, column: 1),
                                         "unknown fact 'Who\u{1B}[2J\u{1B}[1;1H' in Stage 1", help: "did you mean 'Who'?\u{7F}\u{9B}")

    @Test(arguments: DiagnosticFormat.allCases)
    func formattedDiagnosticsCarryNoControlCharacters(_ format: DiagnosticFormat) {
        let text = DiagnosticFormatter(format: format).format([Self.hostile])
        let controls = text.unicodeScalars.filter { ControlCharacter.isForbidden($0) }
        #expect(controls.isEmpty, "\(format): \(controls.map { $0.value })")
        #expect(text.contains("\\u{1B}[2J"))
    }

    @Test func namesAreReadable() {
        #expect(ControlCharacter.name("\u{1B}") == "U+001B (ESC)")
        #expect(ControlCharacter.name("\u{9B}") == "U+009B")
        #expect(ControlCharacter.escaped("tab\tand\nnewline stay") == "tab\tand\nnewline stay")
    }
}
