/// A superseded version of a procedure (`content/archive/<id>/<version>.md`), published
/// read-only at its own address and listed in the current page's version history.
public struct ArchivedVersion: Sendable, Hashable, Codable {
    /// The version as read from its file: the same format as a current procedure.
    public var procedure: Procedure
    /// The version's name, from the file name (`36` for `36.md`): the page's address.
    public var version: String
    /// The date the next version replaced it: the next version's `last-updated`.
    public var supersededOn: PolicyDate?
    /// The version that replaced it (`37`), when it has one.
    public var supersededBy: String?

    public init(procedure: Procedure, version: String, supersededOn: PolicyDate? = nil, supersededBy: String? = nil) {
        self.procedure = procedure
        self.version = version
        self.supersededOn = supersededOn
        self.supersededBy = supersededBy
    }
}
