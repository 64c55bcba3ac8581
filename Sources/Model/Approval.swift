/// When a procedure was approved and by whom ("Approved: LSCB May 2018").
public struct Approval: Sendable, Hashable, Codable {
    public var date: PolicyDate
    public var by: String?

    public init(date: PolicyDate, by: String? = nil) {
        self.date = date
        self.by = by
    }
}
