import Model
import TextTools

/// The block every procedure page opens with: call 999, then children's social care for the
/// child's area, with each of the procedure's partnerships' front doors.
struct ImmediateRiskContext: Encodable, Sendable {
    struct Area: Encodable, Sendable {
        var partnership: String
        var contacts: [FrontDoor]
    }

    struct FrontDoor: Encodable, Sendable {
        var name: String
        var hours: Maybe<String>
        var phone: Maybe<String>
        var phoneHref: Maybe<String>
        var email: Maybe<String>
        /// Where the reader finds the number when none is published.
        var findAt: Maybe<String>
    }

    var heading: String
    /// The link text of `tel:999`.
    var police: String
    var policeHref: String
    var socialCare: String
    var hasAreas: Bool
    var areas: [Area]
    /// Where to find the numbers that are not published on the page, each address once.
    var findAtPages: [String]
    /// The home page of a site with several partnerships: 999 first, then a pointer to the
    /// areas below, each area's front door on its own page. Listing every front door here
    /// pushed "Choose your area" to the third phone screen with nine partnerships.
    var compact: Bool = false
    /// The "Choose your area" list the compact block points to.
    var areasHref: Maybe<String> = .none
    /// On a procedure page, the procedure's own immediate-risk routes, as what the procedure adds
    /// to the site's block (Cambridgeshire's read as a second, duplicate block below it).
    var hasProcedureRoutes = false
    var procedureRoutes: [ProcedurePageContext.UrgentRoute] = []

    init(_ risk: ImmediateRisk, partnerships: [Partnership]) {
        heading = risk.heading
        police = risk.police
        policeHref = "tel:999"
        socialCare = risk.socialCare
        areas = partnerships.compactMap { p in
            guard let doors = risk.frontDoors[p.id], !doors.isEmpty else { return nil }
            return Area(partnership: p.name, contacts: doors.map { d in
                FrontDoor(name: d.name, hours: Maybe(d.hours), phone: Maybe(d.phone), phoneHref: Maybe(d.phone.map(ImmediateRisk.telephoneLink)),
                          email: Maybe(PlaceholderAddress.real(d.email)), findAt: Maybe(PlaceholderAddress.real(d.findAt)))
            })
        }
        hasAreas = !areas.isEmpty
        var pages: [String] = []
        for area in areas {
            for door in area.contacts where door.phone.value == nil {
                if let page = door.findAt.value, !pages.contains(page) { pages.append(page) }
            }
        }
        findAtPages = pages
    }

    /// The block pointing to the list of areas at `areasHref` instead of listing each front door.
    func compact(pointingTo areasHref: String) -> ImmediateRiskContext {
        var out = self
        out.compact = true
        out.areasHref = Maybe(areasHref)
        out.hasAreas = false
        out.areas = []
        out.findAtPages = []
        return out
    }
}
