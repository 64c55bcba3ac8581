/// The `index` template: every procedure with its stages at a glance, and the partnerships.
struct IndexPageContext: Encodable, Sendable {
    struct ProcedureItem: Encodable, Sendable {
        var href: String
        var title: String
        var summary: String
        var updated: Bool
        var updatedOn: Maybe<String>
        var partnershipNames: String
        var stagesListed: Bool
        var stages: [StageItem]
        var stagesNote: Maybe<String>
    }

    struct StageItem: Encodable, Sendable {
        var number: Int
        var title: String
        var timescale: String
    }

    struct PartnershipItem: Encodable, Sendable {
        var name: String
        var procedures: [Link]
    }

    struct Link: Encodable, Sendable {
        var href: String
        var title: String
        /// The last in its list, so the template knows not to add a separator.
        var last: Bool
    }

    var root: String
    var nav: NavContext
    var site: SiteContext
    /// What to do if a child is at immediate risk of harm, before anything else on the page.
    var immediateRisk: ImmediateRiskContext
    var procedures: [ProcedureItem]
    var partnerships: [PartnershipItem]
    /// "Choose your area": a link to each partnership's page, when the site serves several.
    var areas: [AreaItem] = []
    var hasAreas = false

    struct AreaItem: Encodable, Sendable {
        var href: String
        var name: String
        var procedureCount: Int
        var oneProcedure: Bool
    }
}
