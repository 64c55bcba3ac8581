/// How long a stage (or step) may take, in the kind the procedure itself uses.
///
/// Real procedures count in several ways, and a procedure can mix them stage by stage
/// (HIPS: stage 1 from when the concern arose, later stages from the end of the previous one;
/// others in calendar days, weeks or months, or "at the next meeting").
public struct Timescale: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Counted from the day the matter was first raised (cumulative: 3, 6, 10, 12 days).
        case fromRaised = "from-raised"
        /// Counted from the completion of the previous stage or step.
        case afterPrevious = "after-previous"
        /// No fixed time: "as soon as possible", "immediately".
        case none
        /// Tied to an event rather than a count of days ("at the meeting", "at the next core
        /// group"): kept as the author wrote it, with no date arithmetic.
        case event
    }

    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        case workingDays = "working-days"
        case calendarDays = "calendar-days"
        case weeks
        /// To the same day of a later month, or that month's last day when it is shorter.
        case months
        case hours
    }

    /// Another timescale that applies instead of the main one when its condition holds
    /// ("5 working days, or immediately where a child is at risk of significant harm").
    public struct Alternative: Sendable, Hashable, Codable {
        /// The condition in the author's words ("where a child is at risk of significant harm").
        public var condition: String
        public var timescale: Timescale

        public init(condition: String, timescale: Timescale) {
            self.condition = condition
            self.timescale = timescale
        }
    }

    public var kind: Kind
    /// Nil when `kind` is `.none` or `.event`.
    public var value: Int?
    public var unit: Unit?
    /// The wording for `.none` and `.event` timescales ("as soon as possible", "at the meeting").
    public var wording: String?
    /// A qualification written after the timescale, e.g. "or sooner if urgent".
    public var note: String?
    /// Conditional timescales, in the order written. The main timescale is the one that applies
    /// when no condition does (statistics measure against it).
    public var alternatives: [Alternative]

    public init(kind: Kind, value: Int? = nil, unit: Unit? = nil, wording: String? = nil, note: String? = nil,
                alternatives: [Alternative] = []) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.wording = wording
        self.note = note
        self.alternatives = alternatives
    }

    /// Whether the timescale is a count of time that dates can be worked out from.
    public var isFixed: Bool { kind == .fromRaised || kind == .afterPrevious }

    /// "3 working days", "1 month", "72 hours".
    public var amount: String? {
        guard isFixed else { return nil }
        let n = value ?? 0
        return "\(n) \((unit ?? .workingDays).words(n))"
    }

    /// A short English rendering, the same wherever it appears (pages, charts, CLI).
    public var summary: String {
        switch kind {
        case .none, .event:
            return wording ?? "no fixed timescale"
        case .fromRaised, .afterPrevious:
            let anchor = kind == .fromRaised ? "from the date raised" : "after the previous stage"
            return "\(amount ?? "") \(anchor)"
        }
    }

    enum CodingKeys: String, CodingKey {
        case kind, value, unit, wording, note, alternatives
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        value = try c.decodeIfPresent(Int.self, forKey: .value)
        unit = try c.decodeIfPresent(Unit.self, forKey: .unit)
        wording = try c.decodeIfPresent(String.self, forKey: .wording)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        alternatives = try c.decodeIfPresent([Alternative].self, forKey: .alternatives) ?? []
    }

    /// `alternatives` is left out when there are none, so a procedure without conditions reads
    /// the same as before they existed.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(wording, forKey: .wording)
        try c.encodeIfPresent(note, forKey: .note)
        if !alternatives.isEmpty { try c.encode(alternatives, forKey: .alternatives) }
    }
}

extension Timescale.Unit {
    /// The unit's name for an amount: "working day", "working days", "month".
    public func words(_ n: Int) -> String {
        let one = n == 1
        switch self {
        case .workingDays: return one ? "working day" : "working days"
        case .calendarDays: return one ? "calendar day" : "calendar days"
        case .weeks: return one ? "week" : "weeks"
        case .months: return one ? "month" : "months"
        case .hours: return one ? "hour" : "hours"
        }
    }
}
