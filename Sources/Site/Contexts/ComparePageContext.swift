/// The `compare` template: the procedures side by side.
struct ComparePageContext: Encodable, Sendable {
    struct ProcedureColumn: Encodable, Sendable {
        /// The procedure's id, for the ids of its card on a phone.
        var id: String
        var href: String
        var title: String
        var partnershipNames: String
        var stageCount: String
        var timescaleKinds: String
        var finalStage: String
        var urgentRoutes: String
        var hasUrgentRoutes: Bool
        /// The immediate-risk block of the procedure's page, for a procedure with no urgent route.
        var immediateRiskHref: String
        /// False for `stages: not-listed`: the column then says so in words, once, over every
        /// row about stages, rather than leaving them blank.
        var stagesListed: Bool
        /// The stages section of the procedure's page, where a procedure without stages says why.
        var stagesHref: String
        /// The procedure's own stages, for its card on a phone.
        var stages: [Cell]
        /// Its column of the completeness audit, for its card on a phone; empty without an audit.
        var audit: [AuditCard]
    }

    /// One check of one procedure, as a line of that procedure's audit card.
    struct AuditCard: Encodable, Sendable {
        var id: String
        var question: String
        var result: String
        var resultWords: String
        var reason: String
    }

    struct Row: Encodable, Sendable {
        var number: Int
        var cells: [Cell]
    }

    struct Cell: Encodable, Sendable {
        /// False when the procedure has no stage with this number.
        var present: Bool
        /// True when the procedure lists its stages and has none with this number; false
        /// when it does not list them.
        var absent: Bool
        /// False when the procedure does not list its stages: its column has one cell saying so
        /// over all the stage rows, so this row has no cell of its own for it.
        var listed: Bool
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
    /// The rows a procedure without stages has one cell over: the number of stages, how
    /// timescales count, each stage and the final stage.
    var stageRowSpan: Int
    /// More procedures than fit side by side on a wide screen: the hint to scroll is shown at
    /// every width, not only on narrower screens.
    var manyProcedures: Bool
    /// Empty when the site was built without an audit date.
    var audit: [AuditRow]
    var hasAudit: Bool
    /// "23 November 2026", or false.
    var auditDate: Maybe<String>
    /// Where a printed copy came from, as at the end of a printed procedure.
    var printedCopy: [String] = []
}
