/// One entry of a procedure's amendment history.
public struct Amendment: Sendable, Hashable, Codable {
    public var date: PolicyDate
    public var change: String

    public init(date: PolicyDate, change: String) {
        self.date = date
        self.change = change
    }
}
