import Foundation
import Model
import TextTools
import WorkingDays

/// The site's own pages beside the procedures: updates, the accessibility and privacy
/// statements, and a page per partnership. Every sentence they hold is a fact from site.yml, the
/// content or escalate's own output; a fact that is missing leaves its sentence out.
extension PageContexts {
    /// The site pages that exist, in the order the sitemap lists them.
    var sitePages: [PagePath] {
        PagePath.sitePages.filter { $0 != .statistics || input.statistics != nil }
            + (input.statistics?.sections.compactMap(\.id).map { PagePath.partnershipStatistics(id: $0) } ?? [])
            + areaPages.map { .partnership(id: $0.id) }
    }

    var feedbackLinks: ContactContext {
        let o = input.settings.owner
        return ContactContext(email: o.email, phone: o.phone, url: o.feedbackURL, urlText: "the feedback form")
    }

    /// Each partnership with its procedures, by name.
    var partnershipGroups: [(id: String, name: String, procedures: [Procedure])] {
        var out: [(id: String, name: String, procedures: [Procedure])] = []
        for p in input.procedures {
            for partnership in p.partnerships {
                if let i = out.firstIndex(where: { $0.id == partnership.id }) { out[i].procedures.append(p) }
                else { out.append((partnership.id, partnership.name, [p])) }
            }
        }
        return out.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The partnerships that get a page of their own: none when the site serves only one, whose
    /// procedures are the home page's.
    var areaPages: [(id: String, name: String, procedures: [Procedure])] {
        let groups = partnershipGroups
        return groups.count > 1 ? groups : []
    }

    /// The 404 page is served at whatever address was missing (`/herts/missing`), so its links
    /// cannot be relative: they start from the path of `base-url` (`/escalation/`). Without a
    /// base address they stay relative, which works for a 404 at the top of the site only.
    var notFoundRoot: String {
        SiteBuilder.sitePath(input.settings) ?? PagePath.notFound.root
    }

    func updates() -> UpdatesPageContext {
        let page = PagePath.updates
        let entries = AmendmentFeed.entries(input.procedures).map { e in
            UpdatesPageContext.Entry(date: DayFormat.short(e.amendment.date), isoDate: e.amendment.date.description, procedure: e.procedure.title,
                                     partnershipNames: e.procedure.partnerships.map(\.name).joinedAsProse,
                                     href: page.link(to: .procedure(id: e.procedure.id), fragment: ProcedureAnchor.history), change: e.amendment.change)
        }
        // Superseded versions are what changed too: each is listed with its own page, newest
        // replacement first (a version with no known date last), so none is reachable only
        // from its procedure's version history.
        let superseded = input.archive.sorted { a, b in
            let (x, y) = (a.supersededOn?.description ?? "", b.supersededOn?.description ?? "")
            return x != y ? x > y : (a.procedure.title, a.version) < (b.procedure.title, b.version)
        }.map { v in
            UpdatesPageContext.SupersededVersion(procedure: v.procedure.title, partnershipNames: v.procedure.partnerships.map(\.name).joinedAsProse,
                                                 version: v.version,
                                                 href: page.link(to: .archivedVersion(id: v.procedure.id, version: v.version)),
                                                 supersededOn: Maybe(v.supersededOn.map { DayFormat.short($0) }), isoDate: Maybe(v.supersededOn?.description),
                                                 supersededBy: Maybe(v.supersededBy))
        }
        return UpdatesPageContext(root: page.root, nav: NavContext(updates: true), site: site(), entries: entries, hasEntries: !entries.isEmpty,
                                  feedHref: Maybe(input.settings.baseURL == nil ? nil : page.root + "feed.xml"),
                                  superseded: superseded, hasSuperseded: !superseded.isEmpty)
    }

    /// The standard the pages are built and tested to.
    static let accessibilityStandard = "the Web Content Accessibility Guidelines (WCAG) version 2.2, level AA"

    /// What scripts/check_site.py and the build check on every page escalate makes. Keep in step
    /// with that script's checks.
    static let accessibilityChecks = [
        "every page and image is checked with the Nu HTML Checker, and must have no errors",
        "every page is tested in the Chromium browser with axe-core's WCAG 2.2 A and AA rules, and must have no failures",
        "at 320 pixels wide (a 1280-pixel screen zoomed to 400%) no page may scroll sideways",
        "with the keyboard alone, the first key press reaches a link to skip to the content, and every link, button and field shows clearly when it has focus",
        "without JavaScript every stage of a procedure is still shown",
        "procedure pages are printed to A4 paper and looked at",
        "the colours a partnership chooses must give text a contrast of at least 4.5 to 1",
    ]

    func accessibility() -> AccessibilityPageContext {
        let page = PagePath.accessibility
        let facts = input.settings.accessibility ?? AccessibilityFacts()
        let standard = Self.accessibilityStandard
        let compliance: String? = facts.compliance.map {
            switch $0 {
            case .full: return "This site is fully compliant with \(standard)."
            case .partial: return "This site is partially compliant with \(standard), because of the problems listed below."
            case .not: return "This site is not compliant with \(standard). The problems are listed below."
            }
        }
        // Limits escalate knows of in its own output come first; the owner's follow.
        var limits: [String] = []
        if input.charts.contains(where: \.hasPDF) {
            limits.append("The printable PDF copies of the flowcharts are not tagged PDFs, so a screen reader cannot read them in order (WCAG 2.2 success criterion 1.3.1, info and relationships). Each flowchart is also on its page as a list of steps, and as an SVG image with a title and description.")
        }
        limits += facts.knownLimits
        let contact = ContactContext(email: facts.email, phone: facts.phone, url: facts.url, urlText: "the accessibility contact form")
        return AccessibilityPageContext(
            root: page.root, nav: NavContext(accessibility: true), site: site(),
            siteAddress: Maybe(PlaceholderAddress.real(input.settings.baseURL)), owner: Maybe(input.settings.owner.name),
            complianceText: Maybe(compliance), limits: limits, hasLimits: !limits.isEmpty,
            contact: contact, hasContact: !contact.isEmpty, replyWorkingDays: Maybe(facts.replyWorkingDays),
            standard: standard, checks: Self.accessibilityChecks,
            lastTested: Maybe(facts.lastTested.map { DayFormat.short($0) }), testedBy: Maybe(facts.testedBy),
            prepared: Maybe(facts.prepared.map { DayFormat.short($0) }))
    }

    /// The scripts the built-in pages carry, each with what it does. (Search and the print
    /// button join this list when they are added.)
    static let siteScripts = [
        "The deadline calculator on procedure pages works out dates in your browser. The date you enter is not sent anywhere or kept.",
        "The search box looks words up in an index that is part of the site, in your browser. What you search for is not sent anywhere or kept.",
        "The print button on procedure pages opens your browser's own print dialogue.",
    ]

    func privacy() -> PrivacyPageContext {
        let page = PagePath.privacy
        let s = input.settings
        return PrivacyPageContext(root: page.root, nav: NavContext(privacy: true), site: site(), owner: Maybe(s.owner.name),
                                  scripts: Self.siteScripts, hosting: Maybe(s.privacy.hosting),
                                  email: Maybe(PlaceholderAddress.real(s.privacy.email) ?? PlaceholderAddress.real(s.owner.email)),
                                  noticeURL: Maybe(PlaceholderAddress.real(s.privacy.noticeURL)))
    }

    func partnership(_ area: (id: String, name: String, procedures: [Procedure])) -> PartnershipPageContext {
        let page = PagePath.partnership(id: area.id)
        var contacts: [PartnershipPageContext.Contact] = []
        var seen: Set<String> = []
        for p in area.procedures {
            let own = p.partnerships.first { $0.id == area.id }?.contact
            for c in p.contacts where c.partnership == area.id || c.id == own {
                let links = ContactContext(email: c.email, phone: c.phone, url: c.url, urlText: c.url ?? "")
                guard !links.isEmpty, seen.insert([c.name, c.email ?? "", c.phone ?? "", c.url ?? ""].joined(separator: "\u{0}")).inserted else { continue }
                contacts.append(.init(name: c.name, links: links, note: Maybe(c.note)))
            }
        }
        return PartnershipPageContext(
            root: page.root, nav: NavContext(), site: site(),
            immediateRisk: ImmediateRiskContext(input.settings.immediateRisk, partnerships: [Partnership(id: area.id, name: area.name)]), name: area.name,
            procedures: area.procedures.map { .init(href: page.link(to: .procedure(id: $0.id)), title: $0.title, summary: $0.summary) },
            contacts: contacts, hasContacts: !contacts.isEmpty)
    }
}
