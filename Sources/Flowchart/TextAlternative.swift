import Model
import TextTools

/// The same steps as a chart, as an ordered list for people who cannot see the chart
/// (screen readers, plain-text email, a printed handout). Built from the model, not the chart.
public struct TextAlternative: Sendable, Hashable {
    public struct Item: Sendable, Hashable {
        public var text: String
        public var details: [String]

        public init(_ text: String, details: [String] = []) {
            self.text = text
            self.details = details
        }
    }

    public var title: String
    public var items: [Item]

    public static func main(_ p: Procedure) -> TextAlternative {
        var items: [Item] = [Item("A practitioner is concerned about a decision or practice affecting a child.")]
        if !p.duties.isEmpty {
            items.append(Item("At every stage:", details: duties(p.duties, in: p)))
        }
        for route in p.routes {
            // What to do, in a sentence, rather than the format's word for the relation.
            let contacts = route.contacts.joined(separator: "; then ")
            let text: String
            switch route.relation {
            case .bypasses: text = "Urgent, without waiting for the stages — \(route.title): if \(route.when), contact \(contacts)."
            case .alongside: text = "\(route.title): if \(route.when), contact \(contacts), and carry on with the stages as well."
            case .instead: text = "\(route.title): if \(route.when), use this route instead of the stages: contact \(contacts)."
            }
            var details = route.timescale.map { [TimescaleWording.urgent($0) + "."] } ?? []
            if let next = route.leadsTo { details.append("Then: \(destination(next, in: p, steps: []))" + ".") }
            items.append(Item(text, details: details))
        }
        for (index, stage) in p.stages.enumerated() {
            var details: [String] = []
            if let starts = stage.startsWhen { details.append("Starts when \(starts).") }
            details.append("Who: " + stage.participants.joined(separator: "; ") + ".")
            details += timescale(stage.timescale, previous: "stage")
            for record in stage.records { details.append("Record: \(record).") }
            details += stage.notifications.map { notification($0, in: p) }
            if !stage.members.isEmpty { details.append("Members: " + stage.members.joined(separator: "; ") + ".") }
            items.append(Item("Stage \(stage.number): \(stage.title)\(FlowchartBuilder.settingWords(stage.settings)).", details: details))
            if stage.outcomes.contains(where: \.stated) {
                if let outcome = stage.outcome { items.append(Item(outcome.capitalizedFirst + ".")) }
                items.append(Item("Outcomes of Stage \(stage.number):", details: stage.outcomes.map {
                    "If \($0.when): \(destination($0.next, in: p, steps: []))."
                }))
            } else if index < p.stages.count - 1 {
                items.append(Item("If Stage \(stage.number) resolves the matter, go to the last step. If not, escalate to Stage \(stage.number + 1)"
                                  + (stage.escalatesTo.map { " (\($0))" } ?? "") + "."))
            } else if let outcome = stage.outcome {
                items.append(Item(outcome.capitalizedFirst + "."))
            }
        }
        items.append(Item(FlowchartBuilder.resolvedText + "."))
        return TextAlternative(title: "Flowchart: \(p.title)", items: items)
    }

    public static func subProcedure(_ sub: SubProcedure, of p: Procedure) -> TextAlternative {
        var items: [Item] = [Item("Part of \(p.title) (\(p.partnerships.map(\.name).joined(separator: "; "))).")]
        if let when = sub.appliesWhen { items.append(Item("When \(when).")) }
        for step in sub.steps {
            var details: [String] = []
            if let starts = step.startsWhen { details.append("Starts when \(starts).") }
            details.append("Who: " + step.participants.joined(separator: "; ") + ".")
            details += timescale(step.timescale, previous: "step")
            for record in step.records { details.append("Record: \(record).") }
            details += step.notifications.map { notification($0, in: p) }
            if !step.members.isEmpty { details.append("Members: " + step.members.joined(separator: "; ") + ".") }
            if let outcome = step.outcome { details.append("Outcome: \(outcome).") }
            if step.outcomes.contains(where: \.stated) {
                details += step.outcomes.map { "If \($0.when): \(destination($0.next, in: p, steps: sub.steps))." }
            }
            items.append(Item("Step \(step.number): \(step.title)\(FlowchartBuilder.settingWords(step.settings)).", details: details))
        }
        if let t = sub.timescale { items.append(Item("The whole process: \(TimescaleWording.phrase(t)).")) }
        items.append(Item("End of \(sub.title)."))
        return TextAlternative(title: "Flowchart: \(sub.title)", items: items)
    }

    static func timescale(_ t: Timescale, previous: String) -> [String] {
        var out = ["Timescale: " + TimescaleWording.phrase(t, previous: previous) + "."]
        for alternative in t.alternatives {
            out.append("Or \(TimescaleWording.phrase(alternative.timescale, previous: previous)) \(alternative.condition).")
        }
        if let note = t.note { out.append("Note: \(note).") }
        return out
    }

    /// "Notify the HSCP administration team (AdminHSCP@…) by email, done by the manager: what is sent."
    static func notification(_ duty: NotificationDuty, in p: Procedure) -> String {
        var text = "Notify \(recipient(duty, in: p))"
        if let how = duty.how { text += " by \(how)" }
        if let by = duty.by { text += ", done by \(by)" }
        if let when = duty.when { text += ", \(when)" }
        return text + (duty.what.isEmpty ? "." : ": \(duty.what).")
    }

    static func duties(_ duties: StandingDuties, in p: Procedure) -> [String] {
        duties.records.map { "Record: \($0)." } + duties.notifications.map { notification($0, in: p) }
    }

    /// Where an outcome leads, in words.
    static func destination(_ next: Outcome.Next, in p: Procedure, steps: [SubProcedure.Step]) -> String {
        switch next.kind {
        case .end:
            // A step's end is its sub-procedure's, not the whole procedure's.
            return steps.isEmpty ? "the procedure ends; " + FlowchartBuilder.resolvedText.lowercased() : "this sub-procedure ends"
        case .stage:
            return p.stages.first { $0.anchor == next.ref }.map { "go to Stage \($0.number) (\($0.title))" } ?? "go to \(next.ref ?? "")"
        case .step:
            return steps.first { $0.anchor == next.ref }.map { "go to Step \($0.number) (\($0.title))" } ?? "go to \(next.ref ?? "")"
        case .subProcedure:
            return "continue with \(p.subProcedures.first { $0.anchor == next.ref }?.title ?? next.ref ?? "")"
        case .route:
            return "take the route: \(p.routes.first { $0.anchor == next.ref }?.title ?? next.ref ?? "")"
        case .external:
            return "refer outside the partnership, to \(next.ref ?? "")"
        }
    }

    /// A numbered plain-text list.
    public var plainText: String {
        var out = title + "\n\n"
        for (n, item) in items.enumerated() {
            out += "\(n + 1). \(item.text)\n"
            for detail in item.details { out += "   - \(detail)\n" }
        }
        return out
    }

    /// In a sentence: "the HSCP administration team (email)", "your own partnership (…)", a role as written.
    static func recipient(_ duty: NotificationDuty, in p: Procedure) -> String {
        if let role = duty.role { return inSentence(role) }
        guard let to = duty.to else { return "" }
        if to == NotificationDuty.eachPartnership {
            let contacts = p.partnerships.compactMap { partnership in
                partnership.contact.flatMap(p.contact(id:)).map { c in c.email.map { "\(partnership.name): \($0)" } ?? partnership.name }
            }
            return "your own partnership (" + contacts.joined(separator: "; ") + ")"
        }
        guard let c = p.contact(id: to) else { return to }
        return c.email.map { "\(Self.inSentence(c.name)) (\($0))" } ?? Self.inSentence(c.name)
    }

    /// A name or role as it reads after "Notify": "The practitioners involved" → "the practitioners
    /// involved"; proper names ("Hertfordshire County Council") are left as they are.
    static func inSentence(_ name: String) -> String {
        name.hasPrefix("The ") ? "the " + name.dropFirst(4) : name
    }
}
