/// A list of the values a statistic may take (agency types, categories of disagreement,
/// outcomes), each with the coarser group it is published under when small numbers force it.
/// Declared in the content; case logs' own spellings are mapped onto these ids.
public struct Vocabulary: Sendable, Hashable, Codable {
    public struct Term: Sendable, Hashable, Codable {
        /// Stable id, used in CSV and JSON (`health`, `threshold`, `resolved`).
        public var id: String
        /// As shown to readers ("Health", "Threshold or level of need").
        public var name: String
        /// The id of the group it merges into, if any.
        public var group: String?

        public init(id: String, name: String, group: String? = nil) {
            self.id = id
            self.name = name
            self.group = group
        }
    }

    public struct Group: Sendable, Hashable, Codable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// In the order declared, which is the order tables show them.
    public var terms: [Term]
    public var groups: [Group]

    public init(terms: [Term], groups: [Group] = []) {
        self.terms = terms
        self.groups = groups
    }

    public func term(_ id: String) -> Term? { terms.first { $0.id == id } }
}

/// Every vocabulary the statistics use. Categories are per procedure: each partnership's
/// procedure lists its own, and `other` is always one of them.
public struct CaseVocabularies: Sendable, Hashable, Codable {
    public var agencies: Vocabulary
    /// Keyed by procedure id.
    public var categories: [String: Vocabulary]
    public var outcomes: Vocabulary

    public init(agencies: Vocabulary, categories: [String: Vocabulary], outcomes: Vocabulary) {
        self.agencies = agencies
        self.categories = categories
        self.outcomes = outcomes
    }
}
