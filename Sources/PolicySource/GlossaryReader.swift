import Diagnostics
import Model
import Snapshot
import TextTools

/// Reads `content/glossary.yml`: the terms the procedures use, each defined once for the whole
/// site. The file is optional; without it the site has no glossary.
struct GlossaryReader {
    static let file = "glossary.yml"
    static let keys = ["terms"]
    static let termKeys = ["term", "expansion", "definition", "aliases"]
    /// Bounds on what one file may hold, so a mistaken file cannot make every page slow.
    static let maxTerms = 500
    static let maxTermLength = 80

    let snapshot: ContentSnapshot

    func read(into diagnostics: inout [Diagnostic]) -> [GlossaryTerm] {
        guard let map = SiteSettingsReader(snapshot: snapshot).mapping(file: Self.file, what: Self.file, keys: Self.keys, into: &diagnostics),
              let top = map["terms"] else { return [] }
        guard let items = top.sequence("terms", into: &diagnostics) else { return [] }
        if items.count > Self.maxTerms {
            diagnostics.append(.error(.glossaryTerm, at: top.location, "the glossary defines \(items.count) terms; at most \(Self.maxTerms) are read",
                                      help: "keep the glossary to the terms the procedures use"))
        }
        var terms: [GlossaryTerm] = []
        var seen: [String: SourceLocation] = [:]
        for item in items.prefix(Self.maxTerms) {
            guard let m = item.mapping("a glossary term", known: Self.termKeys, into: &diagnostics) else { continue }
            for key in ["term", "definition"] where m[key] == nil {
                diagnostics.append(.error(.missingKey, at: item.location, "a glossary term has no '\(key)'", help: "add '\(key): …' to it"))
            }
            let term = text(m["term"], "term", &diagnostics).flatMap { checked($0, at: m["term"]!, &diagnostics) }
            let expansion = text(m["expansion"], "expansion", &diagnostics).map(SmartPunctuation.apply)
            let definition = text(m["definition"], "definition", &diagnostics).map(SmartPunctuation.apply)
            var aliases: [(word: String, node: YAMLNode)] = []
            if let node = m["aliases"], let list = node.sequence("aliases", into: &diagnostics) {
                aliases = list.compactMap { n in text(n, "aliases", &diagnostics).flatMap { checked($0, at: n, &diagnostics) }.map { ($0, n) } }
            }
            guard let term, let definition else { continue }
            var fresh = true
            for (word, node) in [(term, m["term"]!)] + aliases {
                let key = word.lowercased()
                if let first = seen[key] {
                    diagnostics.append(.error(.glossaryTerm, at: node.location,
                        "the glossary defines '\(word)' twice (first at line \(first.line))",
                        help: "define each term once; give its other spellings as 'aliases' of that one entry"))
                    fresh = false
                } else {
                    seen[key] = node.location
                }
            }
            if fresh { terms.append(GlossaryTerm(term: term, expansion: expansion, definition: definition, aliases: aliases.map(\.word))) }
        }
        return terms
    }

    private func text(_ node: YAMLNode?, _ key: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let node, let value = node.text(key, into: &diagnostics) else { return nil }
        if value.isEmpty || node.isNull {
            diagnostics.append(.error(.frontMatterValue, at: node.location, "'\(key)' is empty", help: "give it a value or remove the line"))
            return nil
        }
        return value
    }

    /// A term is matched as a word in prose, so it is a short run of letters, digits, spaces,
    /// hyphens and apostrophes, starting with a letter or digit.
    private func checked(_ word: String, at node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> String? {
        let allowed = word.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }
        guard allowed, word.first?.isLetter == true || word.first?.isNumber == true, word.count <= Self.maxTermLength, !word.contains("  ") else {
            diagnostics.append(.error(.glossaryTerm, at: node.location,
                "'\(word.prefix(Self.maxTermLength))' cannot be matched in prose: a term is up to \(Self.maxTermLength) letters, digits, single spaces, hyphens and apostrophes",
                help: "write the term as it appears in the procedures (LADO, child protection conference); put its long form in 'expansion'"))
            return nil
        }
        return word
    }
}
