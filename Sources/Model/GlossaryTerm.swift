/// A term the procedures use, defined once for the whole site (`content/glossary.yml`).
public struct GlossaryTerm: Sendable, Hashable, Codable {
    /// The term as it appears in prose (`LADO`, `child protection conference`).
    public var term: String
    /// What an abbreviation stands for (`Local Authority Designated Officer`), shown as the
    /// `<abbr>` title; nil for a term that is not an abbreviation.
    public var expansion: String?
    public var definition: String
    /// Other ways the prose writes the term (`LADOs`), each matched like the term.
    public var aliases: [String]

    public init(term: String, expansion: String? = nil, definition: String, aliases: [String] = []) {
        self.term = term
        self.expansion = expansion
        self.definition = definition
        self.aliases = aliases
    }

    /// The term's id on the glossary page: `term-lado`.
    public var anchor: String {
        "term-" + String(term.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
            .split(separator: "-").joined(separator: "-")
    }
}
