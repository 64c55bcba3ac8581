import Model
import TextTools

/// How a timescale reads on charts and pages, in the procedure's own kind:
/// "Within 3 working days from the date raised", "As soon as possible".
public enum TimescaleWording {
    public static func text(_ timescale: Timescale, previous: String = "stage") -> String {
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
    public static func phrase(_ timescale: Timescale, previous: String = "stage") -> String {
        let t = text(timescale, previous: previous)
        return (t.first.map { $0.lowercased() } ?? "") + t.dropFirst()
    }
}

