/// A related procedure with its own steps, e.g. challenging a decision not to convene
/// an initial child protection conference; or one that lives in another document.
public struct SubProcedure: Sendable, Hashable, Codable {
    public struct Step: Sendable, Hashable, Codable {
        public var number: Int
        public var title: String
        public var anchor: String
        public var settings: [Stage.Setting]
        public var startsWhen: String?
        public var participants: [String]
        public var timescale: Timescale
        public var records: [String]
        public var notifications: [NotificationDuty]
        public var members: [String]
        public var outcome: String?
        public var outcomes: [Outcome]
        public var guidance: Prose

        public init(number: Int, title: String, anchor: String, settings: [Stage.Setting] = [.interAgency],
                    startsWhen: String? = nil, participants: [String], timescale: Timescale, records: [String] = [],
                    notifications: [NotificationDuty] = [], members: [String] = [], outcome: String? = nil,
                    outcomes: [Outcome] = [], guidance: Prose = Prose()) {
            self.number = number
            self.title = title
            self.anchor = anchor
            self.settings = settings.isEmpty ? [.interAgency] : settings
            self.startsWhen = startsWhen
            self.participants = participants
            self.timescale = timescale
            self.records = records
            self.notifications = notifications
            self.members = members
            self.outcome = outcome
            self.outcomes = outcomes
            self.guidance = guidance
        }

        public var setting: Stage.Setting { settings.first ?? .interAgency }
    }

    public var title: String
    public var anchor: String
    public var appliesWhen: String?
    /// A limit on the whole process ("completed within 72 hours").
    public var timescale: Timescale?
    /// Where the procedure lives when it is not written out here.
    public var coveredBy: String?
    public var steps: [Step]
    public var guidance: Prose

    public init(title: String, anchor: String, appliesWhen: String? = nil, timescale: Timescale? = nil,
                coveredBy: String? = nil, steps: [Step] = [], guidance: Prose = Prose()) {
        self.title = title
        self.anchor = anchor
        self.appliesWhen = appliesWhen
        self.timescale = timescale
        self.coveredBy = coveredBy
        self.steps = steps
        self.guidance = guidance
    }
}
