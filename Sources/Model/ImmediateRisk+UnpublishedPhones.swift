/// `check`'s note on front doors written `phone: not-published`. The author has said they
/// looked, so it is no warning (a warning fails `check --strict`, which CI and `make test` run
/// on content that is right); but a contact without a number is worth seeing on each check.
extension ImmediateRisk {
    /// The front doors without a published number, by partnership id then as listed, each name once.
    public var doorsWithoutPublishedPhone: [FrontDoor] {
        var seen: Set<String> = []
        return frontDoors.keys.sorted().flatMap { frontDoors[$0] ?? [] }
            .filter { $0.phoneNotPublished && seen.insert($0.name).inserted }
    }

    /// One line for `check`'s summary, or nil when every front door has a number.
    public var unpublishedPhoneNote: String? {
        let doors = doorsWithoutPublishedPhone
        guard !doors.isEmpty else { return nil }
        let count = doors.count == 1 ? "1 front door has" : "\(doors.count) front doors have"
        let head = "note: \(count) no published phone number (phone: not-published in site.yml): "
        let addresses = doors.compactMap(\.findAt)
        if let first = addresses.first, addresses.count == doors.count, addresses.allSatisfy({ $0 == first }) {
            return head + doors.map(\.name).joined(separator: ", ") + "; readers are sent to " + first + " for the number"
        }
        return head + doors.map { d in d.name + (d.findAt.map { " (readers are sent to \($0))" } ?? "") }.joined(separator: ", ")
    }
}
