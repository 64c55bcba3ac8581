import Foundation
import Model
import Statistics
import TextTools
import WorkingDays

/// The values each template is rendered with. Plain text stays plain (the templates escape it);
/// only keys ending in `Html`, `svg` and `calendarJSON` carry markup escalate made itself.
struct PageContexts {
    let input: SiteInput
    let asOf: Day?

    init(input: SiteInput) {
        self.input = input
        // "Updated" is measured from the content's own newest date, never the build clock.
        var dates = input.procedures.compactMap(\.lastUpdated) + input.procedures.flatMap { $0.amendments.map(\.date) }
        if let fixed = input.settings.asOf { dates = [fixed] }
        asOf = dates.compactMap(Day.init).max()
    }

    /// The date the compare page's audit is measured against: the one the site was given, else
    /// the content's own newest date.
    var auditDate: PolicyDate? { input.auditDate ?? asOf?.date }

    func site() -> SiteContext {
        let s = input.settings
        return SiteContext(
            title: s.title, language: s.language,
            example: !input.procedures.isEmpty && input.procedures.allSatisfy(\.example),
            feed: s.baseURL != nil, footer: Maybe(s.theme.footer),
            logo: Maybe(s.theme.logo.map { _ in Theme.logoPath(format: s.theme.logoFormat) }), logoAlt: Maybe(s.theme.logo.map { _ in s.theme.logoAlt ?? "" }),
            themeCSS: true,
            owner: Maybe(s.owner.name), feedback: feedbackLinks, hasFeedback: !feedbackLinks.isEmpty, statistics: input.statistics != nil,
            glossary: !input.glossary.isEmpty)
    }

    func isUpdated(_ p: Procedure) -> Bool {
        guard let asOf, let updated = p.lastUpdated.flatMap(Day.init) else { return false }
        let age = asOf.number - updated.number
        return age >= 0 && age <= input.settings.updatedWithinDays
    }

    func timescaleText(_ t: Timescale, previous: String = "stage") -> String {
        TimescaleWording.text(t, previous: previous)
    }

    func partnershipNames(_ p: Procedure) -> String {
        p.partnerships.map(\.name).joined(separator: ", ")
    }

    // MARK: index

    func index() -> IndexPageContext {
        let page = PagePath.index
        let procedures = input.procedures.map { p in
            IndexPageContext.ProcedureItem(
                href: page.link(to: .procedure(id: p.id)), title: p.title, summary: p.summary,
                updated: isUpdated(p) && p.lastUpdated != nil, updatedOn: Maybe(isUpdated(p) ? p.lastUpdated.map { DayFormat.short($0) } : nil),
                partnershipNames: partnershipNames(p), stagesListed: p.stageListing == .listed,
                stages: p.stages.map { .init(number: $0.number, title: $0.title, timescale: timescaleText($0.timescale)) },
                stagesNote: Maybe(p.stagesNote))
        }
        let partnershipItems = partnershipGroups.map { (_, name, list) in
            IndexPageContext.PartnershipItem(name: name, procedures: list.enumerated().map { (i, p) in
                .init(href: page.link(to: .procedure(id: p.id)), title: p.title, last: i == list.count - 1)
            })
        }
        let areas = areaPages.map { area in
            IndexPageContext.AreaItem(href: page.link(to: .partnership(id: area.id)), name: area.name,
                                      procedureCount: area.procedures.count, oneProcedure: area.procedures.count == 1)
        }
        // A worried reader may land here first: what to do now, with every partnership's front door.
        let full = ImmediateRiskContext(input.settings.immediateRisk, partnerships: partnershipGroups.map { Partnership(id: $0.id, name: $0.name) })
        // With partnership pages, each front door is one tap away on its area's page.
        let risk = areas.isEmpty ? full : full.compact(pointingTo: "#areas-heading")
        return IndexPageContext(root: page.root, nav: NavContext(home: true), site: site(), immediateRisk: risk, procedures: procedures,
                                partnerships: partnershipItems, areas: areas, hasAreas: !areas.isEmpty)
    }

    // MARK: compare

    func compare() -> ComparePageContext {
        let page = PagePath.compare
        let maxStages = input.procedures.map(\.stages.count).max() ?? 0
        let audit = auditRows()
        let procedures = input.procedures.enumerated().map { (column, p) in
            let kinds = Set(p.stages.map(\.timescale.kind))
            var kindText: String
            // Readers see a fact or nothing: what the source leaves out is the audit's to say.
            if p.stageListing == .notListed { kindText = "" }
            else if kinds == [.fromRaised] { kindText = "Timescales run from the date the disagreement was first raised" }
            else if kinds == [.none] { kindText = "No fixed timescales" }
            else { kindText = Self.kindRuns(p.stages) }
            let final: String
            if let last = p.stages.last { final = "Stage \(last.number): \(last.title)" + (last.outcome.map { ". \($0.capitalizedFirst)" } ?? "") }
            else { final = "" }
            let href = page.link(to: .procedure(id: p.id))
            return ComparePageContext.ProcedureColumn(
                id: p.id, href: href, title: p.title, partnershipNames: partnershipNames(p),
                stageCount: p.stageListing == .listed ? "\(p.stages.count)" : "",
                timescaleKinds: kindText, finalStage: final,
                urgentRoutes: p.urgentRoutes.map(\.title).joined(separator: "; "), hasUrgentRoutes: !p.urgentRoutes.isEmpty,
                immediateRiskHref: href + "#" + ProcedureAnchor.immediateRisk,
                stagesListed: p.stageListing == .listed, stagesHref: href + "#" + ProcedureAnchor.stages,
                stages: p.stages.map(compareCell),
                audit: audit.map { row in
                    let cell = row.cells[column]
                    return .init(id: row.id, question: row.question, result: cell.result, resultWords: cell.resultWords, reason: cell.reason)
                })
        }
        let rows = (0..<maxStages).map { i in
            ComparePageContext.Row(number: i + 1, cells: input.procedures.map { p in
                guard i < p.stages.count else {
                    return .init(present: false, absent: p.stageListing == .listed, listed: p.stageListing == .listed, number: i + 1,
                                 title: .none, who: .none, timescale: .none)
                }
                return compareCell(p.stages[i])
            })
        }
        return ComparePageContext(root: page.root, nav: NavContext(compare: true), site: site(), procedures: procedures, rows: rows,
                                  stageRowSpan: maxStages + 3, manyProcedures: procedures.count > 4,
                                  audit: audit, hasAudit: !audit.isEmpty, auditDate: Maybe(auditDate?.readable),
                                  printedCopy: PrintedCopy.footer(page: "Compare the procedures", siteTitle: input.settings.title,
                                                                  webAddress: PrintedCopy.webAddress(ofFile: page.file, baseURL: input.settings.baseURL),
                                                                  publishedAt: input.settings.publishedAt))
    }

    private func compareCell(_ s: Stage) -> ComparePageContext.Cell {
        let who = s.participants.joined(separator: "; ").capitalizedFirst
        return .init(present: true, absent: false, listed: true, number: s.number, title: Maybe(s.title), who: Maybe(who.isEmpty ? nil : who),
                     timescale: Maybe(timescaleText(s.timescale)))
    }

    /// "Stage 1 counts from the date the disagreement was first raised; Stages 2 to 5 each count
    /// from the end of the stage before": how to count the days, in a practitioner's words.
    static func kindRuns(_ stages: [Stage]) -> String {
        func words(_ k: Timescale.Kind, one: Bool) -> String {
            switch k {
            case .fromRaised: return (one ? "counts" : "count") + " from the date the disagreement was first raised"
            case .afterPrevious: return (one ? "counts" : "each count") + " from the end of the stage before"
            case .none: return (one ? "has" : "have") + " no fixed time"
            case .event: return one ? "is timed by an event the procedure names" : "are timed by events the procedure names"
            }
        }
        var runs: [(first: Int, last: Int, kind: Timescale.Kind)] = []
        for s in stages {
            if let last = runs.last, last.kind == s.timescale.kind { runs[runs.count - 1].last = s.number } else { runs.append((s.number, s.number, s.timescale.kind)) }
        }
        return runs.map { r in
            let one = r.first == r.last
            return (one ? "Stage \(r.first)" : "Stages \(r.first) to \(r.last)") + " " + words(r.kind, one: one)
        }.joined(separator: "; ")
    }

    /// The all-partnerships page (`partnership` nil) or one partnership's.
    func statistics(partnership: String? = nil) -> StatisticsPageContext {
        let page = partnership.map { PagePath.partnershipStatistics(id: $0) } ?? .statistics
        guard let stats = input.statistics, let section = stats.sections.first(where: { $0.id == partnership }) else {
            return StatisticsPageContext(root: page.root, nav: NavContext(statistics: true), site: site(), hasStatistics: false,
                                         heading: "Escalation statistics", overview: .none, synthetic: false, period: "", periodMonths: "",
                                         summary: [], partnerships: [], hasPartnerships: false, tables: [], methods: [], downloads: [])
        }
        let data = page.root + "statistics/"
        let tables = section.tables.compactMap(stats.table).map { t in
            StatisticsPageContext.Table(
                anchor: "table-" + t.kind, title: t.title, period: t.period, caption: t.caption, dimension: t.dimension, columns: t.columns.map(\.header),
                rows: t.rows.map { r in
                    .init(label: r.label, isTotal: r.isTotal, cells: r.cells.map { c in
                        if case .symbol(let s) = c { return .init(text: s.rawValue, isSymbol: true, symbolMeaning: Maybe(s.meaning)) }
                        return .init(text: c.text, isSymbol: false, symbolMeaning: .none)
                    })
                },
                notes: t.notes, svg: Maybe(StatisticsChart.svg(t, id: "chart-" + t.kind)),
                csvHref: data + StatisticsFiles.csvPath(t),
                chartHref: Maybe(t.chart == .none ? nil : data + StatisticsFiles.chartPath(t)))
        }
        let links = partnership == nil
            ? stats.sections.compactMap { s in
                s.id.map { StatisticsPageContext.Link(href: page.link(to: .partnershipStatistics(id: $0)), text: s.name, summary: Maybe(s.summary.first)) }
            }
            : []
        var context = StatisticsPageContext(
            root: page.root, nav: NavContext(statistics: true), site: site(), hasStatistics: true,
            heading: partnership == nil ? "Escalation statistics" : "Escalation statistics: \(section.name)",
            overview: partnership == nil ? .none : Maybe(.init(href: page.link(to: .statistics), text: "All partnerships")),
            synthetic: stats.synthetic, period: stats.period, periodMonths: stats.periodMonths, summary: section.summary,
            partnerships: links, hasPartnerships: !links.isEmpty, tables: tables, methods: stats.methods,
            downloads: [.init(href: data + "statistics.json", text: "Every table with its notes (JSON)"),
                        .init(href: data + "methods.txt", text: "How these figures were made (text)")])
        let withheld = tables.contains { $0.rows.contains { $0.cells.contains { $0.isSymbol && $0.text == "[c]" } } }
        if partnership == nil, !links.isEmpty, withheld { context.withheldNote = Maybe(Self.withheldNote) }
        return context
    }

    /// Suppression is never weakened to explain itself: the note says why, in plain words.
    static let withheldNote = "Why a figure here can be [c] when a partnership's own page shows a number for the same thing: "
        + "each figure on this page adds up several partnerships. Where one partnership had only a few escalations of a kind, its figure is withheld ([c]) "
        + "to protect the people involved, and a total on this page that includes it is withheld too, since taking the other partnerships' published "
        + "figures away from the total would reveal it. So [c] here does not always mean the figure itself is small."

    func notFound() -> SimplePageContext {
        SimplePageContext(root: notFoundRoot, nav: NavContext(), site: site())
    }

    // MARK: procedure

    func procedure(_ p: Procedure, prose: inout ProseRenderer) -> ProcedurePageContext {
        let page = PagePath.procedure(id: p.id)
        let links = ContactLinks(procedure: p)
        let route = { (r: Route) in
            ProcedurePageContext.UrgentRoute(anchor: r.anchor, title: r.title, when: r.when, contacts: r.contacts,
                                             contactLines: r.contacts.map { .init(contactHtml: HTMLFragment(links.html($0))) },
                                             timescale: Maybe(r.timescale.map(TimescaleWording.urgent)), guidanceHtml: HTMLFragment(prose.render(r.guidance)),
                                             kindText: TimescaleWording.routeKind(r.kind), relationText: Maybe(TimescaleWording.relation(r.relation)),
                                             leadsTo: Maybe(r.leadsTo.map { destination($0, in: p, steps: []) }))
        }
        let urgent = p.urgentRoutes.map(route)
        let ownRisk = p.urgentRoutes.filter { $0.kind == .immediateRisk }.map(route)
        let otherUrgent = p.urgentRoutes.filter { $0.kind != .immediateRisk }.map(route)
        var immediateRisk = ImmediateRiskContext(input.settings.immediateRisk, partnerships: p.partnerships)
        immediateRisk.procedureRoutes = ownRisk
        immediateRisk.hasProcedureRoutes = !ownRisk.isEmpty
        let otherRoutes = p.otherRoutes.map(route)
        let introduction = prose.render(p.introduction)
        let stages = p.stages.map { s in
            ProcedurePageContext.Stage(
                number: s.number, title: s.title, anchor: s.anchor, setting: s.setting.rawValue,
                settingText: Maybe(Self.settingText(s.settings)),
                oneParticipant: s.participants.count == 1, participant: s.participants.first?.capitalizedFirst ?? "",
                participants: s.participants.map(\.capitalizedFirst),
                timescale: timescaleText(s.timescale), timescaleNote: Maybe(s.timescale.note), escalatesTo: Maybe(s.escalatesTo),
                hasRecords: !s.records.isEmpty, records: s.records.map(\.capitalizedFirst),
                hasMembers: !s.members.isEmpty, members: s.members.map(\.capitalizedFirst),
                notifications: s.notifications.map { notification($0, in: p) },
                outcome: Maybe(s.outcome.map(\.capitalizedFirst)), guidanceHtml: HTMLFragment(prose.render(s.guidance)),
                startsWhen: Maybe(s.startsWhen), hasAlternatives: !s.timescale.alternatives.isEmpty,
                alternatives: alternatives(s.timescale, previous: "stage"),
                hasOutcomes: s.outcomes.contains(where: \.stated),
                outcomes: s.outcomes.filter(\.stated).map { .init(when: $0.when.capitalizedFirst, next: destination($0.next, in: p, steps: [])) })
        }
        let calculator = calculator(p)

        let charts = input.charts.filter { $0.id.procedure == p.id }
        let main = charts.filter(\.id.isMain)
        let subProcedures = p.subProcedures.enumerated().map { (i, sub) in
            let chart = charts.first { $0.id.name == sub.anchor }
            return ProcedurePageContext.SubProcedure(
                title: sub.title, anchor: sub.anchor, appliesWhen: Maybe(sub.appliesWhen),
                timescale: Maybe(sub.timescale.map { timescaleText($0).lowercasedFirstWord }), coveredBy: Maybe(sub.coveredBy),
                guidanceHtml: HTMLFragment(prose.render(sub.guidance)),
                chart: Maybe(chart.map { chartContext($0, index: main.count + i, links: links) }),
                hasSteps: !sub.steps.isEmpty,
                steps: sub.steps.map { step in
                    .init(number: step.number, title: step.title, anchor: step.anchor,
                          participants: step.participants.joined(separator: "; ").capitalizedFirst,
                          timescale: timescaleText(step.timescale, previous: "step"), timescaleNote: Maybe(step.timescale.note),
                          hasRecords: !step.records.isEmpty, records: step.records.map(\.capitalizedFirst),
                          guidanceHtml: HTMLFragment(prose.render(step.guidance)),
                          setting: step.setting.rawValue, settingText: Maybe(Self.settingText(step.settings)),
                          oneParticipant: step.participants.count == 1, participant: step.participants.first?.capitalizedFirst ?? "",
                          participantList: step.participants.map(\.capitalizedFirst), startsWhen: Maybe(step.startsWhen),
                          hasAlternatives: !step.timescale.alternatives.isEmpty, alternatives: alternatives(step.timescale, previous: "step"),
                          notifications: step.notifications.map { notification($0, in: p) },
                          hasMembers: !step.members.isEmpty, members: step.members.map(\.capitalizedFirst),
                          outcome: Maybe(step.outcome.map(\.capitalizedFirst)), hasOutcomes: step.outcomes.contains(where: \.stated),
                          outcomes: step.outcomes.filter(\.stated).map { .init(when: $0.when.capitalizedFirst, next: destination($0.next, in: p, steps: sub.steps)) })
                })
        }
        let categoriesNote = prose.render(p.categoriesNote)
        let sections = p.sections.map {
            ProcedurePageContext.Section(title: $0.title, titleHtml: HTMLFragment($0.titleHtml ?? MarkupEscaping.escape($0.title)), anchor: $0.anchor,
                                         bodyHtml: HTMLFragment(prose.render($0.body)))
        }
        let footnotes = prose.render(p.footnotes)
        let templateNote = prose.render(p.concernTemplateNote)
        // Only people and mailboxes someone can reach; a role is named where the duty is.
        let contacts = p.contacts.filter { $0.isReachable || $0.url != nil }.map { contact in
            ProcedurePageContext.Contact(
                name: contact.name,
                partnership: Maybe(contact.partnership.flatMap { pid in p.partnerships.first { $0.id == pid } }
                    .flatMap { $0.name != contact.name ? $0.name : nil }),
                email: Maybe(contact.email), phone: Maybe(contact.phone),
                phoneHref: Maybe(contact.phone.flatMap { ImmediateRisk.isTelephoneNumber($0) ? ImmediateRisk.telephoneLink($0) : nil }),
                url: Maybe(contact.url.flatMap { u in u.hasPrefix("https://") || u.hasPrefix("http://") ? u : nil }),
                note: Maybe(contact.note), address: Maybe(contact.address))
        }
        return ProcedurePageContext(
            root: page.root, nav: NavContext(), site: site(), id: p.id, title: p.title, summary: p.summary,
            partnershipNames: partnershipNames(p), example: p.example, updated: isUpdated(p),
            stagesListed: p.stageListing == .listed,
            version: Maybe(p.version), lastUpdated: Maybe(p.lastUpdated.map { DayFormat.short($0) }),
            nextReview: Maybe(p.nextReview.map { DayFormat.short($0) }),
            approved: Maybe(p.approved.map { a in DayFormat.short(a.date) + (a.by.map { " by \($0)" } ?? "") }),
            reviewed: Maybe(p.reviewed.isEmpty ? nil : p.reviewed.map(DayFormat.short).joined(separator: ", ")),
            timescaleNote: Maybe(p.timescaleNote), stagesNote: Maybe(p.stagesNote),
            hasAmendments: !p.amendments.isEmpty, amendments: p.amendments.map { .init(date: DayFormat.short($0.date), change: $0.change) },
            hasUrgent: !p.urgentRoutes.isEmpty, urgent: urgent, hasOtherUrgent: !otherUrgent.isEmpty, otherUrgent: otherUrgent, hasOtherRoutes: !otherRoutes.isEmpty, otherRoutes: otherRoutes,
            duties: Maybe(p.duties.isEmpty ? nil : ProcedurePageContext.Duties(
                hasRecords: !p.duties.records.isEmpty, records: p.duties.records.map(\.capitalizedFirst),
                notifications: p.duties.notifications.map { notification($0, in: p) },
                guidanceHtml: HTMLFragment(prose.render(p.duties.guidance)))),
            introductionHtml: HTMLFragment(introduction), stages: stages,
            calculator: Maybe(calculator), hasFlowcharts: !main.isEmpty,
            flowcharts: main.enumerated().map { chartContext($1, index: $0, links: links) }, subProcedures: subProcedures,
            hasCategories: !p.categories.isEmpty, categories: p.categories, categoriesNoteHtml: HTMLFragment(categoriesNote),
            categoriesAfterHtml: HTMLFragment(prose.render(p.categoriesAfter)),
            sections: sections, footnotesHtml: HTMLFragment(footnotes),
            hasTemplate: !p.concernTemplate.isEmpty, template: p.concernTemplate.map { .init(question: $0) },
            templateNoteHtml: HTMLFragment(templateNote), templateAfterHtml: HTMLFragment(prose.render(p.concernTemplateAfter)),
            hasContacts: !contacts.isEmpty, contacts: contacts,
            contents: contents(p, hasCalculator: calculator != nil, hasCharts: !main.isEmpty, hasContacts: !contacts.isEmpty),
            immediateRisk: immediateRisk,
            printedCopy: PrintedCopy.footer(for: p, webAddress: PrintedCopy.webAddress(of: p, baseURL: input.settings.baseURL),
                                            publishedAt: input.settings.publishedAt),
            hasHistory: Self.hasHistory(p))
    }

    func chartContext(_ chart: SiteChart, index: Int, links: ContactLinks = ContactLinks()) -> ChartContext {
        ChartContext(
            title: chart.title, paper: chart.paper,
            svg: Maybe(chart.svg.map { InlineSVG.prepare($0, prefix: "c\(index)-") }),
            svgHref: Maybe(chart.svg.map { _ in chart.id.fileOnPage("svg") }),
            pdfHref: Maybe(chart.hasPDF ? chart.id.fileOnPage("pdf") : nil), dotHref: chart.id.fileOnPage("dot"),
            alternative: chart.alternative.map {
                .init(text: $0.text, details: $0.details, hasDetails: !$0.details.isEmpty, textHtml: HTMLFragment(links.html($0.text)),
                      detailLines: $0.details.map { .init(detailHtml: HTMLFragment(links.html($0))) })
            })
    }

    func notification(_ n: NotificationDuty, in p: Procedure) -> ProcedurePageContext.Notification {
        var recipient = ""
        var email: String?
        var recipients: [ProcedurePageContext.Recipient] = []
        if n.to == NotificationDuty.eachPartnership {
            recipient = "Your own partnership: " + p.partnerships.compactMap { partnership in
                partnership.contact.flatMap(p.contact(id:)).map { c in c.email.map { "\(partnership.name), \($0)" } ?? partnership.name }
            }.joined(separator: "; ")
            recipients = p.partnerships.compactMap { partnership in
                partnership.contact.flatMap(p.contact(id:)).map { .init(name: partnership.name, email: Maybe($0.email)) }
            }
        } else if let to = n.to, let c = p.contact(id: to) {
            recipient = c.name
            email = c.email
        } else if let role = n.role {
            recipient = role.capitalizedFirst
        }
        return .init(what: n.what, recipient: recipient, email: Maybe(email), hasRecipients: !recipients.isEmpty, recipients: recipients, how: Maybe(n.how), by: Maybe(n.by), when: Maybe(n.when))
    }

    func alternatives(_ t: Timescale, previous: String) -> [ProcedurePageContext.Alternative] {
        t.alternatives.map { .init(condition: $0.condition, timescale: TimescaleWording.phrase($0.timescale, previous: previous)) }
    }

    /// "Internal, then inter-agency"; nil for the usual inter-agency stage.
    static func settingText(_ settings: [Stage.Setting]) -> String? {
        guard settings != [.interAgency] else { return nil }
        return settings.map { TimescaleWording.setting($0) ?? "Between agencies" }.enumerated()
            .map { $0 == 0 ? $1 : $1.lowercasedFirstWord }.joined(separator: ", then ")
    }

    /// Where an outcome leads, with a link to the part of the page it names.
    func destination(_ next: Outcome.Next, in p: Procedure, steps: [SubProcedure.Step]) -> ProcedurePageContext.Destination {
        switch next.kind {
        case .end:
            return .init(text: "The procedure ends: record the outcome and tell the practitioner who raised the concern", href: .none)
        case .stage:
            let stage = p.stages.first { $0.anchor == next.ref }
            return .init(text: stage.map { "Go to Stage \($0.number): \($0.title)" } ?? "Go to the next stage", href: Maybe(next.ref.map { "#" + $0 }))
        case .step:
            let step = steps.first { $0.anchor == next.ref }
            return .init(text: step.map { "Go to Step \($0.number): \($0.title)" } ?? "Go to the next step", href: Maybe(next.ref.map { "#" + $0 }))
        case .subProcedure:
            return .init(text: "Continue with " + (p.subProcedures.first { $0.anchor == next.ref }?.title ?? ""), href: Maybe(next.ref.map { "#" + $0 }))
        case .route:
            return .init(text: "Take the route: " + (p.routes.first { $0.anchor == next.ref }?.title ?? ""), href: Maybe(next.ref.map { "#" + $0 }))
        case .external:
            return .init(text: "Refer it outside the partnership, to \(next.ref ?? "")", href: .none)
        }
    }

    func contents(_ p: Procedure, hasCalculator: Bool, hasCharts: Bool, hasContacts: Bool) -> [ProcedurePageContext.ContentsEntry] {
        var out: [(String, String)] = [(ProcedureAnchor.immediateRisk, input.settings.immediateRisk.heading)]
        // The procedure's own immediate-risk routes are inside the immediate-risk block.
        if p.urgentRoutes.contains(where: { $0.kind != .immediateRisk }) { out.append((ProcedureAnchor.urgentRoutes, "Urgent: do not wait for the stages")) }
        if !p.otherRoutes.isEmpty { out.append((ProcedureAnchor.otherRoutes, "Other routes")) }
        out.append((ProcedureAnchor.stages, "The stages"))
        if hasCalculator { out.append((ProcedureAnchor.deadlines, "Work out the dates")) }
        if hasCharts { out.append((ProcedureAnchor.flowchart, "Flowchart")) }
        out += p.subProcedures.map { ($0.anchor, $0.title) }
        if !p.categories.isEmpty { out.append((ProcedureAnchor.categories, "What disagreements are about")) }
        out += p.sections.map { ($0.anchor, $0.title) }
        if !p.concernTemplate.isEmpty { out.append((ProcedureAnchor.concernTemplate, "Structuring your concern")) }
        if hasContacts { out.append((ProcedureAnchor.contacts, "Contacts")) }
        if Self.hasHistory(p) { out.append((ProcedureAnchor.history, "Version and history")) }
        return out.map { .init(anchor: $0.0, text: $0.1) }
    }

    static func hasHistory(_ p: Procedure) -> Bool {
        p.version != nil || p.approved != nil || !p.reviewed.isEmpty || p.lastUpdated != nil || p.nextReview != nil || !p.amendments.isEmpty
    }

    /// "england-and-wales" → "England and Wales".
    static func calendarName(_ id: String) -> String {
        id.split(separator: "-").enumerated().map { i, word in
            i > 0 && ["and", "of", "the"].contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// The calculator appears when at least one stage has a counted timescale.
    func calculator(_ p: Procedure) -> ProcedurePageContext.Calculator? {
        guard p.stages.contains(where: { $0.timescale.isFixed || $0.timescale.alternatives.contains { $0.timescale.isFixed } }),
              let calendar = input.calendars.calendar(p.calendar) else { return nil }
        func timescale(_ t: Timescale) -> [String: Any] {
            var item: [String: Any] = ["kind": t.kind.rawValue]
            if let v = t.value { item["value"] = v }
            if let u = t.unit { item["unit"] = u.rawValue }
            if let w = t.wording { item["wording"] = w }
            return item
        }
        let stages: [[String: Any]] = p.stages.map { s in
            var item = timescale(s.timescale).merging(["label": "Stage \(s.number)", "title": s.title]) { a, _ in a }
            // What the date is the deadline for, when the source says (it may not be the stage's end).
            if let note = s.timescale.note { item["note"] = note }
            if !s.timescale.alternatives.isEmpty {
                item["alternatives"] = s.timescale.alternatives.map { timescale($0.timescale).merging(["condition": $0.condition]) { a, _ in a } }
            }
            return item
        }
        let calendarObject: [String: Any] = ["name": calendar.name, "first": calendar.firstYear, "last": calendar.lastYear,
                                             "closures": calendar.closures.sorted().map(\.description)]
        return .init(
            id: p.id, calendarName: Self.calendarName(p.calendar),
            hasHours: p.stages.contains { $0.timescale.unit == .hours },
            stagesJSON: JSONText.encode(stages), calendarJSON: JSONText.scriptSafe(JSONText.encode(calendarObject)),
            firstDate: "\(calendar.firstYear)-01-01", lastDate: "\(calendar.lastYear)-12-31")
    }
}

enum JSONText {
    static func encode(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// JSON inside a `<script>` element must not contain `</script>` or `<!--`; with
    /// `lineSeparators`, U+2028 and U+2029 are escaped too (older JavaScript ends a string at
    /// them). One pass over the text, which may be the whole site's search index.
    static func scriptSafe(_ json: String, lineSeparators: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count + 64)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c".utf8
            case ">": out += "\\u003e".utf8
            case "&": out += "\\u0026".utf8
            case "\u{2028}" where lineSeparators: out += "\\u2028".utf8
            case "\u{2029}" where lineSeparators: out += "\\u2029".utf8
            default: UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    var lowercasedFirstWord: String {
        guard let first, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}
