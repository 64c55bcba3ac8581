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
        for route in p.urgentRoutes {
            items.append(Item("Urgent, without waiting for the stages — \(route.title): if \(route.when), contact \(route.contacts.joined(separator: "; then ")).",
                              details: route.timescale.map { [TimescaleWording.urgent($0) + "."] } ?? []))
        }
        for (index, stage) in p.stages.enumerated() {
            var details = ["Who: " + stage.participants.joined(separator: "; ") + ".",
                           "Timescale: " + TimescaleWording.phrase(stage.timescale) + "."]
            if let note = stage.timescale.note { details.append("Note: \(note).") }
            for record in stage.records { details.append("Record: \(record).") }
            for duty in stage.notifications {
                var text = "Notify \(recipient(duty, in: p))"
                if let how = duty.how { text += " by \(how)" }
                if let by = duty.by { text += ", done by \(by)" }
                if let when = duty.when { text += ", \(when)" }
                details.append(text + ": \(duty.what).")
            }
            if !stage.members.isEmpty { details.append("Members: " + stage.members.joined(separator: "; ") + ".") }
            let setting = TimescaleWording.setting(stage.setting).map { " (\($0.lowercased()))" } ?? ""
            items.append(Item("Stage \(stage.number): \(stage.title)\(setting).", details: details))
            if index < p.stages.count - 1 {
                items.append(Item("If Stage \(stage.number) resolves the matter, go to the last step. If not, escalate to Stage \(stage.number + 1)"
                                  + (stage.escalatesTo.map { " (\($0))" } ?? "") + "."))
            } else if let outcome = stage.outcome {
                items.append(Item(outcome.capitalizedFirst + "."))
            }
        }
        items.append(Item(FlowchartBuilder.resolvedText + "."))
        return TextAlternative(title: "Flowchart: \(p.title)", items: items)
    }

    public static func subProcedure(_ sub: SubProcedure) -> TextAlternative {
        var items: [Item] = []
        if let when = sub.appliesWhen { items.append(Item("When \(when).")) }
        for step in sub.steps {
            var details = ["Who: " + step.participants.joined(separator: "; ") + ".",
                           "Timescale: " + TimescaleWording.phrase(step.timescale, previous: "step") + "."]
            if let note = step.timescale.note { details.append("Note: \(note).") }
            for record in step.records { details.append("Record: \(record).") }
            items.append(Item("Step \(step.number): \(step.title).", details: details))
        }
        if let t = sub.timescale { items.append(Item("The whole process: \(TimescaleWording.phrase(t)).")) }
        return TextAlternative(title: "Flowchart: \(sub.title)", items: items)
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

    static func recipient(_ duty: NotificationDuty, in p: Procedure) -> String {
        if duty.to == NotificationDuty.eachPartnership {
            let contacts = p.partnerships.compactMap { partnership in
                partnership.contact.flatMap(p.contact(id:)).map { c in c.email.map { "\(partnership.name): \($0)" } ?? partnership.name }
            }
            return "your own partnership (" + contacts.joined(separator: "; ") + ")"
        }
        guard let c = p.contact(id: duty.to) else { return duty.to }
        return c.email.map { "\(c.name) (\($0))" } ?? c.name
    }
}
