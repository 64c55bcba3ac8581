import CmarkGFM
import Foundation
import Model
import PolicySource
import Testing

/// Every example of the GFM spec and of cmark-gfm's extension tests, written as a guidance
/// section of a policy file (and, again, as the whole body), is published exactly as
/// libcmark-gfm renders the same Markdown with the project's options (safe mode, smart
/// punctuation, the tag filter, the GFM extensions). The differences the site adds later (ids
/// on headings, links between policy files rewritten) are not the reader's, so here the HTML
/// must be identical; level-2 headings start sections and are put back as `<h2>` + the
/// section's `titleHtml`.
@Suite struct ProseFidelityTests {
    static let frontMatter = """
        ---
        id: fidelity
        title: Fidelity
        partnerships:
          - id: example
            name: Example Safeguarding Children Partnership
        ---

        """
    static let wrapper = "## Guidance section\n\n"

    /// Examples that cannot be a guidance section, by file and number, with the reason. Each
    /// is read by the structure reader for what it is; nothing else may be on this list.
    static let notGuidance: [String: String] = [:]

    enum Outcome {
        /// `sections`: how many sections after the first prose, so the test knows that path ran.
        case published(html: String, sections: Int, problems: [String])
        /// A level-2 heading in the example that the structure reader takes, or no procedure.
        case notGuidance(String)
    }

    /// Where the example goes in the policy file.
    enum Placement {
        /// Under `## Guidance section`: a guidance section (the issue's case).
        case guidanceSection
        /// Straight after the front matter: the introduction, and sections at its level-2 headings.
        case introduction
    }

    /// The example in a policy file: what the reader publishes, in page order (the first
    /// prose, then each further section's `<h2>` and body, then the footnotes).
    static func publish(_ markdown: String, _ placement: Placement, _ options: MarkdownOptions) -> Outcome {
        let source = frontMatter + (placement == .guidanceSection ? wrapper : "") + markdown
        let read = ProcedureReader(markdownOptions: options).read(bytes: Array(source.utf8), file: "fidelity.md", source: "policies/fidelity.md")
        guard let procedure = read.procedure else {
            return .notGuidance("no procedure: \(read.diagnostics.map(\.message))")
        }
        if !procedure.stages.isEmpty || !procedure.urgentRoutes.isEmpty || !procedure.subProcedures.isEmpty
            || !procedure.categories.isEmpty || !procedure.concernTemplate.isEmpty || !procedure.categoriesNote.isEmpty
            || !procedure.concernTemplateNote.isEmpty {
            return .notGuidance("a level-2 heading is structure")
        }
        var problems: [String] = []
        var sections = procedure.sections[...]
        var html: String
        switch placement {
        case .guidanceSection:
            if !procedure.introduction.isEmpty { problems.append("the introduction is not empty: \(procedure.introduction.html)") }
            guard let first = sections.popFirst(), first.title == "Guidance section" else {
                return .published(html: "", sections: 0, problems: problems + ["no guidance section"])
            }
            html = first.body.html
            problems += idProblems(first.title, first.body)
        case .introduction:
            html = procedure.introduction.html
            problems += idProblems("introduction", procedure.introduction)
        }
        for section in sections {
            html += "<h2>" + (section.titleHtml ?? section.title) + "</h2>\n" + section.body.html
            problems += idProblems(section.title, section.body)
        }
        html += procedure.footnotes.html
        return .published(html: html, sections: sections.count, problems: problems)
    }

    /// The site gives the headings in a body their ids in order, so there must be one id per heading.
    static func idProblems(_ title: String, _ prose: Prose) -> [String] {
        let tags = headingTags(in: prose.html)
        return tags == prose.headingIDs.count ? [] : ["'\(title)' has \(tags) headings but \(prose.headingIDs.count) ids"]
    }

    /// `<h1>` … `<h6>` exactly as cmark-gfm writes an opening heading tag.
    static func headingTags(in html: String) -> Int {
        let bytes = Array(html.utf8)
        var count = 0
        var i = 0
        while i + 3 < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "h"),
               (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[i + 2]), bytes[i + 3] == UInt8(ascii: ">") {
                count += 1
            }
            i += 1
        }
        return count
    }

    struct Tally {
        var run = 0
        var identical = 0
        /// Examples that put a second section or footnotes on the page, so those paths are exercised.
        var withSections = 0
        var withFootnotes = 0
        var notGuidance: [String: String] = [:]
        var differences: [String] = []
    }

    static func run(_ examples: [SpecExample], _ placement: Placement, _ options: MarkdownOptions) -> Tally {
        var tally = Tally()
        let renderer = HTMLRenderer(options: options)
        let parser = MarkdownParser(options: options)
        for example in examples {
            tally.run += 1
            switch publish(example.markdown, placement, options) {
            case .notGuidance(let reason):
                tally.notGuidance["\(example.file) \(example.number)"] = reason
            case .published(let html, let sections, let problems):
                var expected = renderer.render(example.markdown)
                // Documented: a level-1 heading that is the body's first block is the title, not prose.
                if placement == .introduction, let first = parser.parseDocument(example.markdown).root.children.first,
                   first.kind == .heading, first.headingLevel == 1, expected.hasPrefix(first.html) {
                    expected.removeFirst(first.html.count)
                }
                if html.contains("<section class=\"footnotes\"") { tally.withFootnotes += 1 }
                if sections > 0 { tally.withSections += 1 }
                if html == expected && problems.isEmpty {
                    tally.identical += 1
                } else {
                    tally.differences.append("""
                        \(example): \(problems.joined(separator: "; "))
                        --- Markdown
                        \(example.markdown)--- cmark-gfm
                        \(expected)--- published
                        \(html)
                        """)
                }
            }
        }
        return tally
    }

    static let examples: [SpecExample] = {
        (try? SpecExample.load("spec.txt") + SpecExample.load("extensions.txt")) ?? []
    }()

    @Test func theTestDataIsComplete() {
        // The spec has 673 examples and the extension tests 30; a parser that lost some would pass vacuously.
        #expect(Self.examples.filter { $0.file == "spec.txt" }.count == 673)
        #expect(Self.examples.filter { $0.file == "extensions.txt" }.count == 30)
        #expect(Self.examples.allSatisfy { !$0.markdown.isEmpty || $0.html.isEmpty })
    }

    /// The project's options (safe mode), and raw HTML allowed, as a site may choose (`allow-raw-html`).
    @Test(arguments: [Placement.guidanceSection, .introduction], [false, true])
    func everySpecAndExtensionExampleIsPublishedAsCmarkGFMRendersIt(_ placement: Placement, allowRawHTML: Bool) throws {
        let clock = ContinuousClock()
        var tally = Tally()
        let options = MarkdownOptions(allowRawHTML: allowRawHTML)
        let elapsed = clock.measure { tally = Self.run(Self.examples, placement, options) }
        print("prose fidelity (\(placement), raw HTML \(allowRawHTML ? "allowed" : "omitted")): \(tally.run) examples run, \(tally.identical) identical, \(tally.notGuidance.count) not guidance, \(tally.differences.count) different; \(tally.withSections) with further sections, \(tally.withFootnotes) with footnotes; \(elapsed)")
        #expect(tally.run == 703)
        #expect(tally.differences.count == 0, "\(tally.differences.count) differences:\n\(tally.differences.prefix(20).joined(separator: "\n\n"))")
        #expect(tally.notGuidance == Self.notGuidance)
        #expect(tally.identical + tally.notGuidance.count == tally.run)
        #expect(tally.withSections > 0 && tally.withFootnotes > 0)
    }
}
