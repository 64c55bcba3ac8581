import Flowchart
import Foundation
import Model
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

    func site() -> [String: Any] {
        let s = input.settings
        var out: [String: Any] = ["title": s.title, "language": s.language, "example": !input.procedures.isEmpty && input.procedures.allSatisfy(\.example)]
        if s.baseURL != nil { out["feed"] = true }
        out["footer"] = Self.optional(s.theme.footer)
        if let logo = s.theme.logo {
            out["logo"] = Theme.logoPath(logo)
            out["logoAlt"] = s.theme.logoAlt ?? ""
        }
        out["themeCSS"] = true
        return out
    }

    func isUpdated(_ p: Procedure) -> Bool {
        guard let asOf, let updated = p.lastUpdated.flatMap(Day.init) else { return false }
        let age = asOf.number - updated.number
        return age >= 0 && age <= input.settings.updatedWithinDays
    }

    /// Mustache looks a missing key up in the enclosing context, so a stage without a note would
    /// show the procedure's note. Every optional value is therefore set, to `false` when absent.
    static func optional(_ value: Any?) -> Any { value ?? false }

    func timescaleText(_ t: Timescale, previous: String = "stage") -> String {
        TimescaleWording.text(t, previous: previous)
    }

    func partnershipNames(_ p: Procedure) -> String {
        p.partnerships.map(\.name).joined(separator: ", ")
    }

    // MARK: index

    func index() -> [String: Any] {
        let procedures: [[String: Any]] = input.procedures.map { p in
            var item: [String: Any] = [
                "href": "\(p.id)/index.html", "title": p.title, "summary": p.summary, "updated": false,
                "partnershipNames": partnershipNames(p), "stagesListed": p.stageListing == .listed,
                "stages": p.stages.map { ["number": $0.number, "title": $0.title, "timescale": timescaleText($0.timescale)] },
            ]
            item["stagesNote"] = Self.optional(p.stagesNote)
            if isUpdated(p), let d = p.lastUpdated { item["updated"] = true; item["updatedOn"] = DayFormat.short(d) }
            return item
        }
        var partnerships: [(String, String, [Procedure])] = []
        for p in input.procedures {
            for partnership in p.partnerships {
                if let i = partnerships.firstIndex(where: { $0.0 == partnership.id }) {
                    partnerships[i].2.append(p)
                } else {
                    partnerships.append((partnership.id, partnership.name, [p]))
                }
            }
        }
        let partnershipItems: [[String: Any]] = partnerships.sorted { $0.1 < $1.1 }.map { (_, name, list) in
            ["name": name, "procedures": list.enumerated().map { (i, p) in
                ["href": "\(p.id)/index.html", "title": p.title, "last": i == list.count - 1] as [String: Any]
            }]
        }
        return ["root": "", "nav": ["home": true], "site": site(), "procedures": procedures, "partnerships": partnershipItems]
    }

    // MARK: compare

    func compare() -> [String: Any] {
        let maxStages = input.procedures.map(\.stages.count).max() ?? 0
        let procedures: [[String: Any]] = input.procedures.map { p in
            let kinds = Set(p.stages.map(\.timescale.kind))
            var kindText: String
            if p.stageListing == .notListed { kindText = "Stages not listed in the source" }
            else if kinds == [.fromRaised] { kindText = "Cumulative, from the date the matter was raised" }
            else if kinds == [.none] { kindText = "No fixed timescales" }
            else { kindText = Self.kindRuns(p.stages) }
            let final: String
            if let last = p.stages.last { final = "Stage \(last.number): \(last.title)" + (last.outcome.map { ". \($0.capitalizedFirst)" } ?? "") }
            else { final = "Not listed" }
            return ["href": "\(p.id)/index.html", "title": p.title, "partnershipNames": partnershipNames(p),
                    "stageCount": p.stageListing == .listed ? "\(p.stages.count)" : "Not listed",
                    "timescaleKinds": kindText, "finalStage": final,
                    "urgentRoutes": p.urgentRoutes.isEmpty ? "None named" : p.urgentRoutes.map(\.title).joined(separator: "; ")]
        }
        let rows: [[String: Any]] = (0..<maxStages).map { i in
            ["number": i + 1, "cells": input.procedures.map { p -> [String: Any] in
                guard i < p.stages.count else { return ["present": false, "number": i + 1] }
                let s = p.stages[i]
                return ["present": true, "title": s.title, "who": s.participants.joined(separator: "; ").capitalizedFirst,
                        "timescale": timescaleText(s.timescale)]
            }]
        }
        return ["root": "", "nav": ["compare": true], "site": site(), "procedures": procedures, "rows": rows]
    }

    /// "Stage 1 from the date raised; Stages 2–5 after the previous stage".
    static func kindRuns(_ stages: [Stage]) -> String {
        func words(_ k: Timescale.Kind) -> String {
            switch k {
            case .fromRaised: return "from the date raised"
            case .afterPrevious: return "after the previous stage"
            case .none: return "no fixed time"
            }
        }
        var runs: [(first: Int, last: Int, kind: Timescale.Kind)] = []
        for s in stages {
            if let last = runs.last, last.kind == s.timescale.kind { runs[runs.count - 1].last = s.number } else { runs.append((s.number, s.number, s.timescale.kind)) }
        }
        return runs.map { r in (r.first == r.last ? "Stage \(r.first)" : "Stages \(r.first)–\(r.last)") + " " + words(r.kind) }
            .joined(separator: "; ")
    }

    func simple(_ nav: String) -> [String: Any] {
        ["root": "", "nav": [nav: true], "site": site()]
    }

    // MARK: procedure

    func procedure(_ p: Procedure, prose: inout ProseRenderer) -> [String: Any] {
        var c: [String: Any] = [
            "root": "../", "nav": [String: Bool](), "site": site(), "id": p.id, "title": p.title, "summary": p.summary,
            "partnershipNames": partnershipNames(p), "example": p.example, "updated": isUpdated(p),
            "stagesListed": p.stageListing == .listed,
        ]
        c["version"] = Self.optional(p.version)
        c["lastUpdated"] = Self.optional(p.lastUpdated.map { d in DayFormat.short(d) })
        c["nextReview"] = Self.optional(p.nextReview.map { d in DayFormat.short(d) })
        c["approved"] = Self.optional(p.approved.map { a in DayFormat.short(a.date) + (a.by.map { " by \($0)" } ?? "") })
        if !p.reviewed.isEmpty { c["reviewed"] = p.reviewed.map(DayFormat.short).joined(separator: ", ") }
        c["timescaleNote"] = Self.optional(p.timescaleNote)
        c["stagesNote"] = Self.optional(p.stagesNote)
        c["hasAmendments"] = !p.amendments.isEmpty
        c["amendments"] = p.amendments.map { ["date": DayFormat.short($0.date), "change": $0.change] }

        c["hasUrgent"] = !p.urgentRoutes.isEmpty
        c["urgent"] = p.urgentRoutes.map { r -> [String: Any] in
            var item: [String: Any] = ["anchor": r.anchor, "title": r.title, "when": r.when, "contacts": r.contacts,
                                       "guidanceHtml": prose.render(r.guidance)]
            item["timescale"] = Self.optional(r.timescale.map(TimescaleWording.urgent))
            return item
        }
        c["introductionHtml"] = prose.render(p.introduction)
        c["stages"] = p.stages.map { s -> [String: Any] in
            var item: [String: Any] = [
                "number": s.number, "title": s.title, "anchor": s.anchor, "setting": s.setting.rawValue,
                "settingText": Self.optional(TimescaleWording.setting(s.setting)),
                "oneParticipant": s.participants.count == 1, "participant": s.participants.first?.capitalizedFirst ?? "",
                "participants": s.participants.map(\.capitalizedFirst),
                "timescale": timescaleText(s.timescale), "hasRecords": !s.records.isEmpty, "records": s.records.map(\.capitalizedFirst),
                "hasMembers": !s.members.isEmpty, "members": s.members.map(\.capitalizedFirst),
                "notifications": s.notifications.map { notification($0, in: p) },
                "guidanceHtml": prose.render(s.guidance),
            ]
            item["timescaleNote"] = Self.optional(s.timescale.note)
            item["escalatesTo"] = Self.optional(s.escalatesTo)
            item["outcome"] = Self.optional(s.outcome.map { o in o.capitalizedFirst })
            return item
        }
        let calculator = calculator(p)
        c["calculator"] = Self.optional(calculator)

        let charts = input.charts.filter { $0.chart.procedureID == p.id }
        func chartContext(_ files: SiteInput.ChartFiles, index: Int) -> [String: Any] {
            var item: [String: Any] = [
                "title": files.chart.title, "paper": input.paperName, "svg": false, "svgHref": false,
                "pdfHref": "\(files.chart.name).pdf", "dotHref": "\(files.chart.name).dot",
                "alternative": files.alternative.items.map { ["text": $0.text, "details": $0.details, "hasDetails": !$0.details.isEmpty] },
            ]
            if let svg = files.svg {
                item["svg"] = InlineSVG.prepare(svg, prefix: "c\(index)-")
                item["svgHref"] = "\(files.chart.name).svg"
            }
            if !files.hasPDF { item["pdfHref"] = false }
            return item
        }
        let main = charts.filter { $0.chart.name == "flowchart" }
        c["hasFlowcharts"] = !main.isEmpty
        c["flowcharts"] = main.enumerated().map { chartContext($1, index: $0) }
        c["subProcedures"] = p.subProcedures.enumerated().map { (i, sub) -> [String: Any] in
            let chart = charts.first { $0.chart.name == sub.anchor }
            var item: [String: Any] = [
                "title": sub.title, "anchor": sub.anchor, "hasSteps": !sub.steps.isEmpty,
                "chart": Self.optional(chart.map { chartContext($0, index: main.count + i) }),
                "guidanceHtml": prose.render(sub.guidance),
                "steps": sub.steps.map { step -> [String: Any] in
                    var s: [String: Any] = ["number": step.number, "title": step.title, "anchor": step.anchor,
                                            "participants": step.participants.joined(separator: "; ").capitalizedFirst,
                                            "timescale": timescaleText(step.timescale, previous: "step"),
                                            "hasRecords": !step.records.isEmpty, "records": step.records.map(\.capitalizedFirst),
                                            "guidanceHtml": prose.render(step.guidance)]
                    s["timescaleNote"] = Self.optional(step.timescale.note)
                    return s
                },
            ]
            item["appliesWhen"] = Self.optional(sub.appliesWhen)
            item["timescale"] = Self.optional(sub.timescale.map { t in timescaleText(t).lowercasedFirstWord })
            item["coveredBy"] = Self.optional(sub.coveredBy)
            return item
        }
        c["hasCategories"] = !p.categories.isEmpty
        c["categories"] = p.categories
        c["categoriesNoteHtml"] = prose.render(p.categoriesNote)
        c["sections"] = p.sections.map { ["title": $0.title, "titleHtml": $0.titleHtml ?? MarkupEscaping.escape($0.title), "anchor": $0.anchor, "bodyHtml": prose.render($0.body)] }
        let footnotes = prose.render(p.footnotes)
        c["footnotesHtml"] = Self.optional(footnotes.isEmpty ? nil : footnotes)
        c["hasTemplate"] = !p.concernTemplate.isEmpty
        c["template"] = p.concernTemplate.map { ["question": $0] }
        c["templateNoteHtml"] = prose.render(p.concernTemplateNote)
        c["hasContacts"] = !p.contacts.isEmpty
        c["contacts"] = p.contacts.map { contact -> [String: Any] in
            var item: [String: Any] = ["name": contact.name, "partnership": false]
            item["email"] = Self.optional(contact.email)
            item["phone"] = Self.optional(contact.phone)
            item["url"] = Self.optional(contact.url.flatMap { u in u.hasPrefix("https://") || u.hasPrefix("http://") ? u : nil })
            item["note"] = Self.optional(contact.note)
            if let pid = contact.partnership, let partnership = p.partnerships.first(where: { $0.id == pid }), partnership.name != contact.name {
                item["partnership"] = partnership.name
            }
            return item
        }
        c["contents"] = contents(p, hasCalculator: calculator != nil, hasCharts: !main.isEmpty)
        return c
    }

    func notification(_ n: NotificationDuty, in p: Procedure) -> [String: Any] {
        var item: [String: Any] = ["what": n.what, "email": false]
        if n.to == NotificationDuty.eachPartnership {
            item["recipient"] = "Your own partnership: " + p.partnerships.compactMap { partnership in
                partnership.contact.flatMap(p.contact(id:)).map { c in c.email.map { "\(partnership.name), \($0)" } ?? partnership.name }
            }.joined(separator: "; ")
        } else if let c = p.contact(id: n.to) {
            item["recipient"] = c.name
            item["email"] = Self.optional(c.email)
        }
        item["how"] = Self.optional(n.how)
        item["by"] = Self.optional(n.by)
        item["when"] = Self.optional(n.when)
        return item
    }

    func contents(_ p: Procedure, hasCalculator: Bool, hasCharts: Bool) -> [[String: String]] {
        var out = [["anchor": "urgent-routes", "text": "Urgent: do not wait for the stages"], ["anchor": "stages", "text": "The stages"]]
        if hasCalculator { out.append(["anchor": "deadlines", "text": "Work out the dates"]) }
        if hasCharts { out.append(["anchor": "flowchart", "text": "Flowchart"]) }
        out += p.subProcedures.map { ["anchor": $0.anchor, "text": $0.title] }
        if !p.categories.isEmpty { out.append(["anchor": "categories", "text": "What disagreements are about"]) }
        out += p.sections.map { ["anchor": $0.anchor, "text": $0.title] }
        if !p.concernTemplate.isEmpty { out.append(["anchor": "concern-template", "text": "Structuring your concern"]) }
        out.append(["anchor": "contacts", "text": "Contacts"])
        out.append(["anchor": "history", "text": "Version and history"])
        return out
    }

    /// "england-and-wales" → "England and Wales".
    static func calendarName(_ id: String) -> String {
        id.split(separator: "-").enumerated().map { i, word in
            i > 0 && ["and", "of", "the"].contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// The calculator appears when at least one stage has a counted timescale.
    func calculator(_ p: Procedure) -> [String: Any]? {
        guard p.stages.contains(where: { $0.timescale.kind != .none }),
              let calendar = input.calendars.calendar(p.calendar) else { return nil }
        let stages: [[String: Any]] = p.stages.map { s in
            var item: [String: Any] = ["label": "Stage \(s.number)", "title": s.title, "kind": s.timescale.kind.rawValue]
            if let v = s.timescale.value { item["value"] = v }
            if let u = s.timescale.unit { item["unit"] = u.rawValue }
            if let w = s.timescale.wording { item["wording"] = w }
            return item
        }
        let calendarObject: [String: Any] = ["name": calendar.name, "first": calendar.firstYear, "last": calendar.lastYear,
                                             "closures": calendar.closures.sorted().map(\.description)]
        return [
            "id": p.id, "calendarName": Self.calendarName(p.calendar),
            "hasHours": p.stages.contains { $0.timescale.unit == .hours },
            "stagesJSON": JSONText.encode(stages), "calendarJSON": JSONText.scriptSafe(JSONText.encode(calendarObject)),
            "firstDate": "\(calendar.firstYear)-01-01", "lastDate": "\(calendar.lastYear)-12-31",
        ]
    }
}

enum JSONText {
    static func encode(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// JSON inside a `<script>` element must not contain `</script>` or `<!--`.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}

extension String {
    var lowercasedFirstWord: String {
        guard let first, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}
