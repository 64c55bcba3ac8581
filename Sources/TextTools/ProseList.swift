extension Array where Element == String {
    /// The items as a sentence lists them: "A", "A and B", "A, B and C".
    public var joinedAsProse: String {
        count < 2 ? joined() : dropLast().joined(separator: ", ") + " and " + last!
    }
}
