/// The `compare` template: the procedures side by side.
struct ComparePageContext: Encodable, Sendable {
    struct ProcedureColumn: Encodable, Sendable {
        var href: String
        var title: String
        var partnershipNames: String
        var stageCount: String
        var timescaleKinds: String
        var finalStage: String
        var urgentRoutes: String
    }

    struct Row: Encodable, Sendable {
        var number: Int
        var cells: [Cell]
    }

    struct Cell: Encodable, Sendable {
        /// False when the procedure has no stage with this number.
        var present: Bool
        /// True when the procedure lists its stages and has none with this number; false
        /// when it does not list them (the cell is then left empty, not guessed at).
        var absent: Bool
        var number: Int
        var title: Maybe<String>
        var who: Maybe<String>
        var timescale: Maybe<String>
    }

    /// One row of the completeness audit: a check, with each procedure's result.
    struct AuditRow: Encodable, Sendable {
        var id: String
        var question: String
        var cells: [AuditCell]
    }

    struct AuditCell: Encodable, Sendable {
        /// `pass`, `fail` or `not-applicable`, for a class name.
        var result: String
        /// "Pass", "Fail", "Not applicable": the result in words, never colour alone.
        var resultWords: String
        var reason: String
    }

    var root: String
    var nav: NavContext
    var site: SiteContext
    var procedures: [ProcedureColumn]
    var rows: [Row]
    /// Empty when the site was built without an audit date.
    var audit: [AuditRow]
    var hasAudit: Bool
    /// "23 November 2026", or false.
    var auditDate: Maybe<String>
}
