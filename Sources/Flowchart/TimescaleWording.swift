import Model

/// How a timescale reads on a chart, in the procedure's own kind.
enum TimescaleWording {
    static func text(_ timescale: Timescale, previous: String = "stage") -> String {
        switch timescale.kind {
        case .none:
            return (timescale.wording ?? "no fixed timescale").capitalizedFirst
        case .fromRaised, .afterPrevious:
            var text = "Within " + timescale.summary
            if timescale.kind == .afterPrevious {
                text = text.replacingOccurrences(of: "the previous stage", with: "the previous \(previous)")
            }
            return text
        }
    }
}

extension TimescaleWording {
    /// The same wording to go inside a sentence ("Timescale: within 3 working days …").
    static func phrase(_ timescale: Timescale, previous: String = "stage") -> String {
        let t = text(timescale, previous: previous)
        return (t.first.map { $0.lowercased() } ?? "") + t.dropFirst()
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
