import Foundation

/// One example of a spec-format test file (the GFM spec, cmark-gfm's extensions.txt).
struct SpecExample: CustomStringConvertible {
    /// The file's name, e.g. `spec.txt`.
    var file: String
    /// Numbered from 1 in file order, as cmark-gfm's `spec_tests.py` numbers them.
    var number: Int
    /// The heading the example sits under.
    var section: String
    /// `table`, `strikethrough`, `disabled`, … after the word `example`; empty for plain ones.
    var extensions: String
    var markdown: String
    var html: String
    /// 1-based line of the opening fence.
    var line: Int

    var description: String { "\(file) example \(number) (\(section), line \(line))" }

    /// Reads every ```` ```````````````````````````````` example ```` block: Markdown, a line `.`,
    /// the expected HTML, the closing fence. `→` stands for a tab in both.
    static func parse(_ text: String, file: String) -> [SpecExample] {
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var section = ""
        enum State { case outside, markdown, html }
        var state = State.outside
        var current = SpecExample(file: file, number: 0, section: "", extensions: "", markdown: "", html: "", line: 0)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch state {
            case .outside:
                if line.hasPrefix(fence + " example") {
                    let extensions = line.dropFirst(fence.count + " example".count).trimmingCharacters(in: .whitespaces)
                    current = SpecExample(file: file, number: examples.count + 1, section: section, extensions: extensions,
                                          markdown: "", html: "", line: index + 1)
                    state = .markdown
                } else if line.hasPrefix("#") {
                    section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                }
            case .markdown:
                if line == "." {
                    state = .html
                } else {
                    current.markdown += line.replacingOccurrences(of: "→", with: "\t") + "\n"
                }
            case .html:
                if line == fence {
                    examples.append(current)
                    state = .outside
                } else {
                    current.html += line.replacingOccurrences(of: "→", with: "\t") + "\n"
                }
            }
        }
        return examples
    }

    static func load(_ name: String) throws -> [SpecExample] {
        let url = try resourceURL(name)
        return parse(try String(contentsOf: url, encoding: .utf8), file: name)
    }
}

/// The URL of a file in this target's `Resources` folder.
func resourceURL(_ name: String) throws -> URL {
    let base = name.split(separator: ".", maxSplits: 1)
    guard let url = Bundle.module.url(forResource: String(base[0]), withExtension: base.count > 1 ? String(base[1]) : nil,
                                      subdirectory: "Resources") else {
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
    }
    return url
}
