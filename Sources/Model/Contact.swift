/// A team or mailbox named by a procedure.
public struct Contact: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var email: String?
    public var phone: String?
    public var url: String?
    /// A postal address, for contacts reached by letter.
    public var address: String?
    /// The partnership this contact belongs to, if any.
    public var partnership: String?
    public var note: String?

    public init(id: String, name: String, email: String? = nil, phone: String? = nil, url: String? = nil,
                address: String? = nil, partnership: String? = nil, note: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.url = url
        self.address = address
        self.partnership = partnership
        self.note = note
    }

    /// Whether someone can reach it: by email, phone or post. A name alone is a role.
    public var isReachable: Bool { email != nil || phone != nil || address != nil }
}
