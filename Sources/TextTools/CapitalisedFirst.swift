extension String {
    /// The text with its first letter in capitals, the rest as written ("the LADO" → "The LADO").
    public var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
