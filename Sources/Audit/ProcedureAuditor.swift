import TextTools
import Foundation
import Model

/// The eight checks on one procedure, each judged from the model alone: what the partnership's
/// document says, not what the site adds around it (the immediate-risk block every page shows
/// is not the procedure's own route).
struct ProcedureAuditor {
    var procedure: Procedure
    var today: PolicyDate

    func check(_ id: AuditCheck.ID) -> AuditCheck {
        if id.isAboutStages, procedure.stageListing == .notListed {
            return AuditCheck(id, .notApplicable, "The procedure does not list its stages (stages: not-listed), so there are no stages to check.",
                              reader: "The procedure does not set out stages, so there are none to check.",
                              subject: .frontMatter("stages"))
        }
        switch id {
        case .immediateRiskRoute: return immediateRiskRoute()
        case .ladoRoute: return ladoRoute()
        case .recordingDuty: return recordingDuty()
        case .finalDecision: return finalDecision()
        case .timescales: return timescales()
        case .reviewDate: return reviewDate()
        case .reachableContact: return reachableContact()
        case .version: return version()
        }
    }

    // MARK: routes

    private func immediateRiskRoute() -> AuditCheck {
        let routes = procedure.routes.filter { $0.kind == .immediateRisk }
        guard !routes.isEmpty else {
            // The site's block on every page is not the document's route (the docs' "as its
            // partnership wrote it"); saying so keeps this from reading as a contradiction.
            return AuditCheck(.immediateRiskRoute, .fail,
                              "The procedure names no route for a child at immediate risk (a route of kind immediate-risk saying how to reach the police and children's social care). The immediate-risk block of site.yml that opens every page does not count: it is not the partnership's document.",
                              reader: "The partnership's document gives no route for a child at immediate risk: it does not say to contact the police and children's social care.")
        }
        // Each route with what its contacts reach; the one that reaches most is reported.
        let found = routes.map { route -> (route: Route, missing: [String]) in
            let words = Wording(contactText(route))
            let police = words.mentions(any: ["police"]) || words.hasNumber("999")
            let socialCare = words.mentions(any: ["social care", "mash", "multi-agency safeguarding hub", "front door"])
            return (route, [police ? nil : "the police", socialCare ? nil : "children's social care"].compactMap { $0 })
        }
        if let complete = found.first(where: { $0.missing.isEmpty }) {
            return AuditCheck(.immediateRiskRoute, .pass,
                              "'\(complete.route.title)' says to contact the police and children's social care.",
                              subject: .route(anchor: complete.route.anchor))
        }
        let nearest = found.min { $0.missing.count < $1.missing.count }!
        let missing = nearest.missing.joined(separator: " or ")
        let reason = routes.count == 1
            ? "'\(nearest.route.title)', the immediate-risk route, does not say how to reach \(missing) in its contacts."
            : "None of the \(routes.count) immediate-risk routes says how to reach both the police and children's social care; the nearest, '\(nearest.route.title)', does not name \(missing)."
        let reader = routes.count == 1
            ? "'\(nearest.route.title)', the document's route for a child at immediate risk, does not say how to reach \(missing)."
            : "None of the document's \(routes.count) routes for a child at immediate risk says how to reach both the police and children's social care; the nearest, '\(nearest.route.title)', does not name \(missing)."
        return AuditCheck(.immediateRiskRoute, .fail, reason, reader: reader, subject: .route(anchor: nearest.route.anchor))
    }

    private func ladoRoute() -> AuditCheck {
        let routes = procedure.routes.filter { $0.kind == .professionalConcern }
        guard !routes.isEmpty else {
            return AuditCheck(.ladoRoute, .fail,
                              "The procedure names no route for a concern about a professional (a route of kind professional-concern to the LADO).",
                              reader: "The partnership's document gives no route for a concern about a professional: it does not say to go to the LADO (Local Authority Designated Officer).")
        }
        for route in routes where Wording([route.title, route.when, contactText(route), route.guidance.markdown].joined(separator: "\n")).namesLADO {
            return AuditCheck(.ladoRoute, .pass, "'\(route.title)' leads to the LADO.", subject: .route(anchor: route.anchor))
        }
        let route = routes[0]
        return AuditCheck(.ladoRoute, .fail,
                          "'\(route.title)' is about a concern with a professional but does not name the LADO (Local Authority Designated Officer).",
                          subject: .route(anchor: route.anchor))
    }

    /// The route's contacts as words: free text as written, and a contact id's entry in full.
    private func contactText(_ route: Route) -> String {
        route.contacts.map { name in
            guard let contact = procedure.contact(id: name) else { return name }
            return [contact.name, contact.phone, contact.note].compactMap { $0 }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    // MARK: stages

    private func recordingDuty() -> AuditCheck {
        if !procedure.duties.records.isEmpty {
            return AuditCheck(.recordingDuty, .pass, "What to record is set out once for every stage.", subject: .first([.stage(1), .file]))
        }
        let missing = procedure.stages.filter { $0.records.isEmpty }
        guard let first = missing.first else {
            return AuditCheck(.recordingDuty, .pass, "Every stage says what to record.")
        }
        return AuditCheck(.recordingDuty, .fail,
                          "\(stages(missing.map(\.number))) \(missing.count == 1 ? "does" : "do") not say what to record, and no record is set for every stage.",
                          subject: .stage(first.number))
    }

    private func finalDecision() -> AuditCheck {
        guard let last = procedure.stages.last else {
            return AuditCheck(.finalDecision, .fail, "The procedure lists no stages.", subject: .frontMatter("stages"))
        }
        // The last stage, then any stage whose stated outcome ends the procedure.
        let ending = [last] + procedure.stages.dropLast().filter { $0.outcomes.contains { $0.stated && $0.next.kind == .end } }
        for stage in ending {
            if let who = decisionMaker(stage) {
                let which = stage.number == last.number ? "the last stage" : "which can end the procedure"
                return AuditCheck(.finalDecision, .pass, "Stage \(stage.number) (\(stage.title)), \(which), names who decides: \(who).",
                                  subject: .stage(stage.number))
            }
        }
        return AuditCheck(.finalDecision, .fail,
                          "Stage \(last.number) (\(last.title)), the last stage, names no decision-maker: it has no Who, Members or Outcome.",
                          reader: "Stage \(last.number) (\(last.title)), the last stage, names no decision-maker: it does not say who takes part, who sits on it or what it decides.",
                          subject: .stage(last.number))
    }

    private func decisionMaker(_ stage: Stage) -> String? {
        if !stage.members.isEmpty { return "a panel of \(stage.members.count)" }
        if let first = stage.participants.first { return stage.participants.count == 1 ? first : "\(first) and others" }
        if let outcome = stage.outcome, !outcome.isEmpty { return outcome }
        return nil
    }

    private func timescales() -> AuditCheck {
        let unfixed = procedure.stages.filter { !$0.timescale.isFixed }
        guard let first = unfixed.first else {
            return AuditCheck(.timescales, .pass, "Every stage has a fixed timescale.")
        }
        let finding = unfixed.count == procedure.stages.count ? "No stage has a fixed timescale"
            : "\(stages(unfixed.map(\.number))) \(unfixed.count == 1 ? "has" : "have") no fixed timescale"
        if let note = procedure.timescaleNote, !note.isEmpty {
            return AuditCheck(.timescales, .pass, "\(finding); the procedure's timescale note says why.",
                              reader: "\(finding); the procedure says why.", subject: .frontMatter("timescale-note"))
        }
        return AuditCheck(.timescales, .fail, "\(finding), and no timescale note says why.",
                          reader: "\(finding), and the procedure does not say why.", subject: .stage(first.number))
    }

    /// "Stage 2", "Stages 2, 3 and 4".
    private func stages(_ numbers: [Int]) -> String {
        let list = numbers.map(String.init)
        guard list.count > 1 else { return "Stage \(list.joined())" }
        return "Stages " + list.joinedAsProse
    }

    // MARK: front matter

    private func reviewDate() -> AuditCheck {
        guard let next = procedure.nextReview else {
            return AuditCheck(.reviewDate, .fail, "The procedure gives no next review date.",
                              subject: .first([.frontMatter("last-updated"), .frontMatter("reviewed"), .frontMatter("approved"), .file]))
        }
        let at = AuditSubject.frontMatter("next-review")
        // A month-only date is due in that month: passed only once the month is over.
        if next.latestDay < today {
            return AuditCheck(.reviewDate, .fail, "The next review date, \(next.readable), has passed (audited on \(today.readable)).", subject: at)
        }
        guard let updated = procedure.lastUpdated else {
            return AuditCheck(.reviewDate, .fail, "The next review is \(next.readable), but with no last-updated date there is nothing to measure three years from.",
                              reader: "The next review is \(next.readable), but the procedure does not say when it was last updated, so there is nothing to measure three years from.", subject: at)
        }
        let limit = updated.threeYearsOn
        if next.earliestDay > limit.latestDay {
            return AuditCheck(.reviewDate, .fail,
                              "The next review, \(next.readable), is more than three years after the last update (\(updated.readable)).", subject: at)
        }
        return AuditCheck(.reviewDate, .pass, "The next review, \(next.readable), has not passed and is within three years of the last update (\(updated.readable)).", subject: at)
    }

    private func reachableContact() -> AuditCheck {
        var unreachable: [String] = []
        for partnership in procedure.partnerships {
            guard let id = partnership.contact, let contact = procedure.contact(id: id) else {
                unreachable.append("\(partnership.name) names no contact")
                continue
            }
            if contact.email == nil && contact.phone == nil {
                unreachable.append("\(partnership.name)'s contact (\(contact.name)) has no email or phone")
            }
        }
        let at = AuditSubject.first([.frontMatter("partnerships"), .file])
        guard unreachable.isEmpty else {
            return AuditCheck(.reachableContact, .fail, unreachable.joined(separator: "; ") + ".", subject: at)
        }
        let each = procedure.partnerships.count == 1 ? "The partnership has" : "Each of the \(procedure.partnerships.count) partnerships has"
        return AuditCheck(.reachableContact, .pass, "\(each) a contact with an email or phone.", subject: at)
    }

    private func version() -> AuditCheck {
        guard let version = procedure.version, !version.trimmingCharacters(in: .whitespaces).isEmpty else {
            return AuditCheck(.version, .fail, "The procedure does not state its version.", subject: .first([.frontMatter("title"), .file]))
        }
        return AuditCheck(.version, .pass, "Version \(version).", subject: .frontMatter("version"))
    }
}

/// Text searched for words, case and apostrophes aside.
private struct Wording {
    let text: String

    init(_ text: String) {
        self.text = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    func mentions(any phrases: [String]) -> Bool {
        phrases.contains { hasWord($0) }
    }

    /// `999` as a number of its own, not inside `01999 …`.
    func hasNumber(_ digits: String) -> Bool { hasWord(digits) }

    var namesLADO: Bool { mentions(any: ["lado", "local authority designated officer", "designated officer"]) }

    /// The phrase with no letter or digit either side ("mash" is not in "smash").
    private func hasWord(_ phrase: String) -> Bool {
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: phrase, range: search) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false) && !(after?.isNumber ?? false) {
                return true
            }
            search = r.upperBound..<text.endIndex
        }
        return false
    }
}

extension PolicyDate {
    /// The last day a date can mean: itself, or a month's last day.
    var latestDay: PolicyDate { PolicyDate(year: year, month: month, day: day ?? PolicyDate.daysIn(month: month, year: year)) }
    var earliestDay: PolicyDate { PolicyDate(year: year, month: month, day: day ?? 1) }

    /// The same date three years on (29 February becomes 28 February).
    var threeYearsOn: PolicyDate {
        let y = year + 3
        return PolicyDate(year: y, month: month, day: day.map { min($0, PolicyDate.daysIn(month: month, year: y)) })
    }
}
