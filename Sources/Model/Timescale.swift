/// How long a stage (or step) may take, in the kind the procedure itself uses.
///
/// Real procedures count in three ways, and a procedure can mix them stage by stage
/// (HIPS: stage 1 from when the concern arose, later stages from the end of the previous one).
public struct Timescale: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Counted from the day the matter was first raised (cumulative: 3, 6, 10, 12 days).
        case fromRaised = "from-raised"
        /// Counted from the completion of the previous stage or step.
        case afterPrevious = "after-previous"
        /// No fixed time: "as soon as possible", "immediately".
        case none
    }

    public enum Unit: String, Sendable, Hashable, Codable {
        case workingDays = "working-days"
        case hours
    }

    public var kind: Kind
    /// Nil when `kind` is `.none`.
    public var value: Int?
    public var unit: Unit?
    /// The wording for `.none` timescales ("as soon as possible", "immediately").
    public var wording: String?
    /// A qualification written after the timescale, e.g. "or sooner if urgent".
    public var note: String?

    public init(kind: Kind, value: Int? = nil, unit: Unit? = nil, wording: String? = nil, note: String? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.wording = wording
        self.note = note
    }

    /// A short English rendering, the same wherever it appears (pages, charts, CLI).
    public var summary: String {
        switch kind {
        case .none:
            return wording ?? "no fixed timescale"
        case .fromRaised, .afterPrevious:
            let n = value ?? 0
            let unitText: String
            switch unit ?? .workingDays {
            case .workingDays: unitText = n == 1 ? "working day" : "working days"
            case .hours: unitText = n == 1 ? "hour" : "hours"
            }
            let anchor = kind == .fromRaised ? "from the date raised" : "after the previous stage"
            return "\(n) \(unitText) \(anchor)"
        }
    }
}
