/// One numbered stage of the escalation route.
public struct Stage: Sendable, Hashable, Codable {
    /// Stage 1 may be a conversation with one's own manager (internal) rather than
    /// with the other agency; the last may be a partnership panel or a referral outside.
    public enum Setting: String, Sendable, Hashable, Codable, CaseIterable {
        case `internal`
        case interAgency = "inter-agency"
        case partnership
        case external
    }

    public var number: Int
    public var title: String
    /// Stable fragment id, `stage-N`.
    public var anchor: String
    /// In order, when the setting changes within the stage (starts inside the agency, then
    /// goes inter-agency). Never empty.
    public var settings: [Setting]
    /// What starts the stage, when the procedure says ("if the disagreement is about a decision
    /// made at a conference").
    public var startsWhen: String?
    public var participants: [String]
    public var escalatesTo: String?
    public var timescale: Timescale
    public var records: [String]
    public var notifications: [NotificationDuty]
    /// Stated membership of a panel, where the stage is one.
    public var members: [String]
    public var outcome: String?
    /// Where each way of ending the stage leads; the implied ones when the source states none.
    public var outcomes: [Outcome]
    public var guidance: Prose

    /// The first setting, which the chart's border shows.
    public var setting: Setting { settings.first ?? .interAgency }

    public init(number: Int, title: String, settings: [Setting] = [.interAgency], startsWhen: String? = nil,
                participants: [String], escalatesTo: String? = nil, timescale: Timescale, records: [String] = [],
                notifications: [NotificationDuty] = [], members: [String] = [], outcome: String? = nil,
                outcomes: [Outcome] = [], guidance: Prose = Prose()) {
        self.number = number
        self.title = title
        self.anchor = "stage-\(number)"
        self.settings = settings.isEmpty ? [.interAgency] : settings
        self.startsWhen = startsWhen
        self.participants = participants
        self.escalatesTo = escalatesTo
        self.timescale = timescale
        self.records = records
        self.notifications = notifications
        self.members = members
        self.outcome = outcome
        self.outcomes = outcomes
        self.guidance = guidance
    }
}
