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

    /// How a route relates to the stages, as what the reader does, or nil for one that bypasses
    /// them (it is urgent). Readers saw the bare format word ("Instead of the stages") as a label
    /// they had to decode; these say what to do.
    public static func relation(_ relation: Route.Relation) -> String? {
        switch relation {
        case .bypasses: return nil
        case .alongside: return "Use this route as well as the stages, not instead of them"
        case .instead: return "Use this route instead of the stages"
        }
    }

    /// The same, short enough for a chart's box.
    public static func relationInChart(_ relation: Route.Relation) -> String? {
        switch relation {
        case .bypasses: return nil
        case .alongside: return "Use this route as well as the stages"
        case .instead: return "Use this route instead of the stages"
        }
    }

    /// The heading of a chart's box of routes that are not urgent, from how they relate to the
    /// stages: "OTHER ROUTES: use one instead of the stages when it fits".
    public static func otherRoutesHeading(_ routes: [Route]) -> String {
        let relations = Set(routes.map(\.relation))
        if relations == [.instead] { return "OTHER ROUTES: use one instead of the stages when it fits" }
        if relations == [.alongside] { return "OTHER ROUTES: use these as well as the stages" }
        return "OTHER ROUTES: each box says whether it replaces the stages"
    }

    /// The same wording to go inside a sentence ("Timescale: within 3 working days …").
    public static func phrase(_ timescale: Timescale, previous: String = "stage") -> String {
        let t = text(timescale, previous: previous)
        return (t.first.map { $0.lowercased() } ?? "") + t.dropFirst()
    }
}

