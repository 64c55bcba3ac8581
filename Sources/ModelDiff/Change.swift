/// One change a reader of a procedure would notice, between two versions of its content.
public struct Change: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case added, removed, changed, renamed, renumbered
    }

    /// What the change is to: `stage`, `step`, `sub-procedure`, `route`, `every-stage` (the
    /// duties held at every stage), `contact`, `partnership`, `procedure` (its document facts),
    /// `category`, `concern-template`.
    public var part: String
    /// Which one, as the reader sees it: "Stage 2: Line managers", "Urgent: A child at risk".
    public var subject: String
    public var kind: Kind
    /// The fact that changed, for `changed` and for additions and removals inside a part:
    /// `timescale`, `who`, `notify`, `escalates-to`, `record`, `members`, `outcome`,
    /// `outcomes`, `type`, `relation`, `kind`, `when`, `contact`, `leads-to`, `email`, …
    public var field: String?
    public var before: String?
    public var after: String?
    /// For timescales: the kind before and after (`from-raised`, `after-previous`, `none`,
    /// `event`), so a tool can tell a changed count from a changed way of counting.
    public var beforeKind: String?
    public var afterKind: String?

    public init(part: String, subject: String, kind: Kind, field: String? = nil, before: String? = nil, after: String? = nil,
                beforeKind: String? = nil, afterKind: String? = nil) {
        self.part = part
        self.subject = subject
        self.kind = kind
        self.field = field
        self.before = before
        self.after = after
        self.beforeKind = beforeKind
        self.afterKind = afterKind
    }
}

/// What changed in one procedure (matched by its id).
public struct ProcedureDiff: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case added, removed, changed
    }

    public var id: String
    /// The newer title (the older one for a removed procedure).
    public var title: String
    public var status: Status
    /// Empty for an added or removed procedure, which is one change as a whole.
    public var changes: [Change]

    public init(id: String, title: String, status: Status, changes: [Change] = []) {
        self.id = id
        self.title = title
        self.status = status
        self.changes = changes
    }
}
