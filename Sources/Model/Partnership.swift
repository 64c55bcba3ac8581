/// A Local Safeguarding Children Partnership that a procedure serves.
public struct Partnership: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// Id of the partnership's own entry in the procedure's contacts.
    public var contact: String?

    public init(id: String, name: String, contact: String? = nil) {
        self.id = id
        self.name = name
        self.contact = contact
    }
}
