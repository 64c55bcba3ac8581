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
        var number: Int
        var title: Maybe<String>
        var who: Maybe<String>
        var timescale: Maybe<String>
    }

    var root: String
    var nav: NavContext
    var site: SiteContext
    var procedures: [ProcedureColumn]
    var rows: [Row]
}
