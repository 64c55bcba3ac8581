/// A team or mailbox named by a procedure.
public struct Contact: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var email: String?
    public var phone: String?
    public var url: String?
    /// The partnership this contact belongs to, if any.
    public var partnership: String?
    public var note: String?

    public init(id: String, name: String, email: String? = nil, phone: String? = nil, url: String? = nil,
                partnership: String? = nil, note: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.url = url
        self.partnership = partnership
        self.note = note
    }
}
