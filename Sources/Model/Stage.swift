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
    public var setting: Setting
    public var participants: [String]
    public var escalatesTo: String?
    public var timescale: Timescale
    public var records: [String]
    public var notifications: [NotificationDuty]
    /// Stated membership of a panel, where the stage is one.
    public var members: [String]
    public var outcome: String?
    public var guidance: Prose

    public init(number: Int, title: String, setting: Setting = .interAgency, participants: [String],
                escalatesTo: String? = nil, timescale: Timescale, records: [String] = [],
                notifications: [NotificationDuty] = [], members: [String] = [], outcome: String? = nil,
                guidance: Prose = Prose()) {
        self.number = number
        self.title = title
        self.anchor = "stage-\(number)"
        self.setting = setting
        self.participants = participants
        self.escalatesTo = escalatesTo
        self.timescale = timescale
        self.records = records
        self.notifications = notifications
        self.members = members
        self.outcome = outcome
        self.guidance = guidance
    }
}
