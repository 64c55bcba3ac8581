/// The published document a procedure was written from (front matter `source:`): what a reader
/// can open to check the site against the partnership's own text.
public struct SourceDocument: Sendable, Hashable, Codable {
    public var title: String
    /// `https://` or `http://`; nil when the document is not published at an address.
    public var url: String?
    /// The date the document carries (its own last-updated or publication date).
    public var date: PolicyDate?

    public init(title: String, url: String? = nil, date: PolicyDate? = nil) {
        self.title = title
        self.url = url
        self.date = date
    }
}

/// A related document named in front matter `related:`: another procedure of the site, by id,
/// or a document elsewhere, by title and address.
public struct RelatedDocument: Sendable, Hashable, Codable {
    /// The id of a procedure on the site; nil for an external document.
    public var procedure: String?
    /// The external document's title, or nil for a procedure (its own title is shown).
    public var title: String?
    /// The external document's address.
    public var url: String?

    public init(procedure: String) {
        self.procedure = procedure
    }

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

extension Procedure {
    /// The procedure with its source document and related documents.
    public func with(sourceDocument: SourceDocument?, related: [RelatedDocument]) -> Procedure {
        var copy = self
        copy.sourceDocument = sourceDocument
        copy.related = related
        return copy
    }
}
