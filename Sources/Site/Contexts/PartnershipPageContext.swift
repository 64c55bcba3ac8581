/// The `partnership` template: one partnership's procedures and contacts, reached from the
/// home page's "choose your area" when the site serves several partnerships.
struct PartnershipPageContext: Encodable, Sendable {
    struct ProcedureLink: Encodable, Sendable {
        var href: String
        var title: String
        var summary: String
    }

    struct Contact: Encodable, Sendable {
        var name: String
        var links: ContactContext
        var note: Maybe<String>
    }

    var root: String
    var nav: NavContext
    var site: SiteContext
    /// What to do if a child is at immediate risk of harm, with this partnership's front door.
    var immediateRisk: ImmediateRiskContext
    var name: String
    var procedures: [ProcedureLink]
    var contacts: [Contact]
    var hasContacts: Bool
}
