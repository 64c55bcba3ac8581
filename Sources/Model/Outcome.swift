/// One way a stage or step can end, and where that leads: "resolved → end", "not resolved →
/// Stage 4", "the chair refers it to a panel → sub-procedure". Every path through a procedure
/// ends in one of these, so the chart can draw an explicit end for each.
public struct Outcome: Sendable, Hashable, Codable {
    public struct Next: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            /// The procedure ends here.
            case end
            case stage
            /// A step of the same sub-procedure.
            case step
            case subProcedure = "sub-procedure"
            case route
            /// A body outside the partnership (an inspectorate, the courts).
            case external
        }

        public var kind: Kind
        /// The anchor of the stage, step, sub-procedure or route; the body's name for `external`;
        /// nil for `end`.
        public var ref: String?

        public init(kind: Kind, ref: String? = nil) {
            self.kind = kind
            self.ref = ref
        }

        public static let end = Next(kind: .end)
        public static func stage(_ n: Int) -> Next { Next(kind: .stage, ref: "stage-\(n)") }
    }

    /// The condition, in the author's words ("resolved", "the chair refers it to a panel").
    public var when: String
    public var next: Next
    /// False for the outcomes the text implies when a stage states none (resolved → end, not
    /// resolved → the next stage).
    public var stated: Bool

    public init(when: String, next: Next, stated: Bool = true) {
        self.when = when
        self.next = next
        self.stated = stated
    }

    /// What a stage that states no outcomes implies.
    public static func implied(afterStage number: Int, isLast: Bool) -> [Outcome] {
        isLast ? [Outcome(when: "decided", next: .end, stated: false)]
            : [Outcome(when: "resolved", next: .end, stated: false),
               Outcome(when: "not resolved", next: .stage(number + 1), stated: false)]
    }

    /// What a step that states no outcomes implies: on to the next step, or the end.
    public static func implied(afterStep number: Int, isLast: Bool, anchorOfNext: String?) -> [Outcome] {
        [Outcome(when: "done", next: isLast ? .end : Next(kind: .step, ref: anchorOfNext), stated: false)]
    }
}

/// Duties that hold at every stage, written once for the whole procedure.
public struct StandingDuties: Sendable, Hashable, Codable {
    public var records: [String]
    public var notifications: [NotificationDuty]
    /// Prose under the duties' list.
    public var guidance: Prose

    public init(records: [String] = [], notifications: [NotificationDuty] = [], guidance: Prose = Prose()) {
        self.records = records
        self.notifications = notifications
        self.guidance = guidance
    }

    public var isEmpty: Bool { records.isEmpty && notifications.isEmpty }
}
