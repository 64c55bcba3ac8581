import Diagnostics
import Testing

@Suite struct DiagnosticListTests {
    func d(_ file: String, _ line: Int, _ column: Int, _ message: String, warning: Bool = false) -> Diagnostic {
        let at = SourceLocation(file: file, line: line, column: column)
        return warning ? .warning(.titleMismatch, at: at, message) : .error(.timescale, at: at, message)
    }

    @Test func sortedIsByFileLineColumnKeepingTheOrderOfEqualPlaces() {
        let list = DiagnosticList([
            d("b.md", 1, 1, "b1"), d("a.md", 10, 1, "a10"), d("a.md", 2, 5, "a2:5"), d("a.md", 2, 1, "a2:1 first"),
            d("a.md", 0, 0, "a whole"), d("a.md", 2, 1, "a2:1 second"),
        ])
        #expect(list.sorted().map(\.message) == ["a whole", "a2:1 first", "a2:1 second", "a2:5", "a10", "b1"])
        #expect(list.items.map(\.message).first == "b1", "items keep the order they were added in")
    }

    @Test func errorsWarningsAndFailures() {
        var list = DiagnosticList()
        #expect(!list.hasFailures(strict: true))
        list.append(d("a.md", 1, 1, "w", warning: true))
        #expect(!list.hasFailures(strict: false) && list.hasFailures(strict: true))
        list.append(contentsOf: [d("a.md", 2, 1, "e")])
        #expect(list.hasFailures(strict: false))
        #expect(list.errors.map(\.message) == ["e"] && list.warnings.map(\.message) == ["w"])
    }

    @Test func locationsReadAsEditorsExpect() {
        #expect(SourceLocation(file: "a.md", line: 3, column: 7).description == "a.md:3:7")
        #expect(SourceLocation(file: "a.md", line: 3).description == "a.md:3:1")
        #expect(SourceLocation(file: "a.md").description == "a.md")
        #expect(SourceLocation(file: "a.md", line: 9) < SourceLocation(file: "b.md", line: 1))
        #expect(SourceLocation(file: "a.md", line: 2, column: 9) < SourceLocation(file: "a.md", line: 10, column: 1))
    }
}
