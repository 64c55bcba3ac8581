import TextTools

/// How a timescale reads on charts and pages, in the procedure's own kind:
/// "Within 3 working days from the date raised", "As soon as possible".
public enum TimescaleWording {
    public static func text(_ timescale: Timescale, previous: String = "stage") -> String {
        switch timescale.kind {
        case .none, .event:
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
    /// An urgent route's timescale: its time runs from when the concern arises, so no anchor is
    /// shown ("Within 1 working day", "Immediately").
    public static func urgent(_ timescale: Timescale) -> String {
        text(timescale).replacingOccurrences(of: " from the date raised", with: "")
    }

    /// How a stage's setting reads, or nil for the usual inter-agency discussion.
    public static func setting(_ setting: Stage.Setting) -> String? {
        switch setting {
        case .internal: return "Inside your own agency"
        case .interAgency: return nil
        case .partnership: return "Led by the partnership"
        case .external: return "Outside the partnership"
        }
    }

    /// A kind of route in words.
    public static func routeKind(_ kind: Route.Kind) -> String {
        switch kind {
        case .immediateRisk: return "A child at immediate risk"
        case .professionalConcern: return "Concerns about a professional"
        case .whistleblowing: return "Whistleblowing"
        case .complaint: return "A complaint"
        case .externalReferral: return "A referral outside the partnership"
        case .other: return "Another route"
        }
    }

    /// How a route relates to the stages, or nil for one that bypasses them (it is urgent).
    public static func relation(_ relation: Route.Relation) -> String? {
        switch relation {
        case .bypasses: return nil
        case .alongside: return "As well as the stages, not instead of them"
        case .instead: return "Instead of the stages"
        }
    }

    /// The same wording to go inside a sentence ("Timescale: within 3 working days …").
    public static func phrase(_ timescale: Timescale, previous: String = "stage") -> String {
        let t = text(timescale, previous: previous)
        return (t.first.map { $0.lowercased() } ?? "") + t.dropFirst()
    }
}

