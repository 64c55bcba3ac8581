import Model
import TextTools

/// Draws a procedure as DOT: the way in, the urgent routes first, one box per stage with a
/// "resolved?" decision after it, notification duties beside their stage, and the way out.
public struct FlowchartBuilder: Sendable {
    public init() {}

    /// The main chart (when the procedure lists stages) and one chart per sub-procedure with steps.
    public func charts(for procedure: Procedure) -> [Chart] {
        var out: [Chart] = []
        if procedure.stageListing == .listed, !procedure.stages.isEmpty {
            out.append(main(procedure))
        }
        for sub in procedure.subProcedures where !sub.steps.isEmpty {
            out.append(subProcedure(sub, of: procedure))
        }
        return out
    }

    static let resolvedText = "Record the outcome and the actions agreed; tell the practitioner who raised the concern"

    func main(_ p: Procedure) -> Chart {
        var g = header(name: p.id, title: p.title, subtitle: p.partnerships.map(\.name).joined(separator: " · "))

        var start = Label()
        start.add("A practitioner is concerned about a decision or practice affecting a child", width: 38)
        g.comment("The way in")
        g.node("start", endStyle(start) + ["group": "stages"])

        if !p.urgentRoutes.isEmpty {
            g.comment("Urgent routes: they bypass the stages; a column on the left, read first")
            var ids: [String] = []
            var cluster: [String] = []
            for (index, route) in p.urgentRoutes.enumerated() {
                let id = "urgent-\(index + 1)"
                ids.append(id)
                var label = Label()
                label.add(route.title.uppercased(), width: 34)
                label.add(route.when, prefix: "If ", width: 34)
                for contact in route.contacts { label.add(contact.capitalizedFirst, prefix: "→ ", width: 34) }
                if let t = route.timescale { label.add(TimescaleWording.urgent(t), width: 34) }
                cluster.append(DOTGraph.nodeLine(id, [
                    "shape": "box", "style": "filled,bold", "peripheries": "2",
                    "fillcolor": Palette.urgentFill, "color": Palette.urgentLine, "label": label.dot(justify: "l"),
                ]))
            }
            var title = Label()
            title.add("URGENT: do not wait for the stages")
            g.cluster("cluster_urgent", ["label": title.dot(), "style": "dashed,bold", "color": Palette.urgentLine,
                                         "fontsize": "\(Palette.fontSize)", "margin": "10"], cluster)
            g.edge("start", ids[0], ["style": "dashed,bold", "color": Palette.urgentLine, "label": Label(["urgent"]).dot()])
            for (a, b) in zip(ids, ids.dropFirst()) { g.edge(a, b, ["style": "invis"]) }
        }

        g.comment("The stages: each row is a stage, its duties to notify on the left, the decision on the right")
        var previous = "start"
        var previousStage = "start"
        var lastNote: String?
        var rail: [String] = []
        for (index, stage) in p.stages.enumerated() {
            let id = stage.anchor
            g.node(id, stageStyle(stageLabel(stage), setting: stage.setting) + ["group": "stages"])
            if index == 0 {
                g.edge(previous, id, ["weight": "100", "label": Label(p.urgentRoutes.isEmpty ? [] : ["not urgent"]).dot()])
            } else {
                // The "No" arrow leaves the decision; an invisible heavy edge keeps the stages in one column.
                g.edge(previousStage, id, ["style": "invis", "weight": "100"])
                g.edge(previous, id, ["label": Label(["No"]).dot(), "constraint": "false"])
            }
            var row: [String] = []
            if !stage.notifications.isEmpty {
                let noteID = "\(id)-notify"
                row.append(noteID)
                g.node(noteID, noteStyle(notifyLabel(stage.notifications, procedure: p)) + ["group": "notes"])
                g.edge(noteID, id, ["style": "dotted", "arrowhead": "none", "color": Palette.noteLine])
                // Notes form one column on the left, so the chart stays narrow enough for A4.
                if let above = lastNote { g.edge(above, noteID, ["style": "invis", "weight": "4"]) }
                lastNote = noteID
            }
            row.append(id)
            if index == p.stages.count - 1 {
                g.sameRank(row)
                if let outcome = stage.outcome {
                    var label = Label()
                    label.add(outcome.capitalizedFirst, width: 38)
                    g.node("final-outcome", endStyle(label) + ["group": "stages"])
                    g.edge(id, "final-outcome", ["weight": "100"])
                    previous = "final-outcome"
                } else {
                    previous = id
                }
            } else {
                let decision = "decision-\(stage.number)"
                let yes = "yes-\(stage.number)"
                g.node(decision, [
                    "shape": "diamond", "style": "filled", "fillcolor": Palette.decisionFill,
                    "color": Palette.decisionLine, "label": Label(["Resolved?"]).dot(),
                    "width": "1.1", "height": "0.55", "fixedsize": "true",
                    "group": "decisions",
                ])
                g.node(yes, ["shape": "point", "width": "0.06", "color": Palette.endLine, "group": "rail"])
                g.edge(id, decision)
                g.edge(decision, yes, ["label": Label(["Yes"]).dot(), "color": Palette.endLine, "arrowhead": "none"])
                rail.append(yes)
                g.sameRank(row + [decision, yes])
                previous = decision
            }
            previousStage = id
        }

        var resolved = Label()
        resolved.add(Self.resolvedText, width: 38)
        g.comment("The way out: every Yes joins the rail on the right down to the outcome")
        g.node("resolved", endStyle(resolved) + ["group": "stages"])
        g.edge(previous, "resolved", p.stages.last?.outcome == nil ? ["weight": "100", "label": Label(["Outcome"]).dot()] : ["weight": "100"])
        for (a, b) in zip(rail, rail.dropFirst() + ["resolved"]) {
            g.edge(a, b, ["color": Palette.endLine, "arrowhead": b == "resolved" ? "normal" : "none"])
        }

        let kinds = Set(p.stages.map(\.timescale.kind))
        var description = "\(p.stages.count) stages, from \(p.stages.first!.title) to \(p.stages.last!.title)."
        if !p.urgentRoutes.isEmpty {
            description += p.urgentRoutes.count == 1 ? " 1 urgent route bypasses the stages." : " \(p.urgentRoutes.count) urgent routes bypass the stages."
        }
        if kinds == [.fromRaised] {
            description += " Timescales count from the date the matter was raised."
        } else if kinds == [.none] {
            description += " No fixed timescales."
        }
        return Chart(name: "flowchart", procedureID: p.id, title: "Flowchart: \(p.title)", description: description, dot: g.text)
    }

    func subProcedure(_ sub: SubProcedure, of p: Procedure) -> Chart {
        var subtitle = p.title
        if let t = sub.timescale { subtitle = "Whole process: " + TimescaleWording.text(t).lowercased() }
        var g = header(name: "\(p.id)-\(sub.anchor)", title: sub.title, subtitle: subtitle)
        var start = Label()
        start.add(sub.appliesWhen.map { "When " + $0 } ?? sub.title)
        g.node("start", endStyle(start))
        var previous = "start"
        for step in sub.steps {
            let id = "step-\(step.number)"
            var label = Label()
            label.add("STEP \(step.number): \(step.title)", width: 38)
            label.add(step.participants.joined(separator: "; ").capitalizedFirst, prefix: "Who: ", width: 38)
            label.add(TimescaleWording.text(step.timescale, previous: "step"), prefix: "Time: ", width: 38)
            g.node(id, stageStyle(label))
            g.edge(previous, id)
            previous = id
        }
        let description = "\(sub.steps.count) steps, from \(sub.steps.first!.title) to \(sub.steps.last!.title)."
            + (sub.timescale.map { " The whole process: \(TimescaleWording.text($0).lowercased())." } ?? "")
        return Chart(name: sub.anchor, procedureID: p.id, title: "Flowchart: \(sub.title)", description: description, dot: g.text)
    }

    private func header(name: String, title: String, subtitle: String) -> DOTGraph {
        var g = DOTGraph(name: name)
        var label = Label()
        label.add(title, width: 90)
        label.add(subtitle, width: 90)
        g.defaults("graph", [
            "label": label.dot(), "labelloc": "t", "fontname": Palette.font, "fontsize": "\(Palette.titleFontSize)",
            "fontcolor": Palette.ink, "rankdir": "TB", "nodesep": "0.18", "ranksep": "0.2", "pad": "0.2",
            "newrank": "true",
        ])
        g.defaults("node", [
            "fontname": Palette.font, "fontsize": "\(Palette.fontSize)", "fontcolor": Palette.ink,
            "margin": "0.15,0.08", "penwidth": "1.4",
        ])
        g.defaults("edge", [
            "fontname": Palette.font, "fontsize": "\(Palette.edgeFontSize)", "fontcolor": Palette.ink,
            "color": Palette.ink, "penwidth": "1.2", "arrowsize": "0.8",
        ])
        return g
    }

    private func stageLabel(_ stage: Stage) -> Label {
        var label = Label()
        let setting = TimescaleWording.setting(stage.setting).map { " (\($0.lowercased()))" } ?? ""
        label.add("STAGE \(stage.number): \(stage.title)\(setting)", width: 38)
        label.add(stage.participants.joined(separator: "; ").capitalizedFirst, prefix: "Who: ", width: 38)
        label.add(TimescaleWording.text(stage.timescale), prefix: "Time: ", width: 38)
        return label
    }

    /// All of a stage's duties to notify, in one note beside it.
    private func notifyLabel(_ duties: [NotificationDuty], procedure: Procedure) -> Label {
        var label = Label()
        for (n, duty) in duties.enumerated() {
            if n > 0 { label.blank() }
            let to: String
            if duty.to == NotificationDuty.eachPartnership {
                to = "your own partnership"
            } else {
                to = procedure.contact(id: duty.to).map { c in c.email.map { "\(c.name) (\($0))" } ?? c.name } ?? duty.to
            }
            label.add(to, prefix: "NOTIFY ", width: 28)
            if let how = duty.how { label.add(how, prefix: "How: ", width: 28) }
            if let by = duty.by { label.add(by, prefix: "By: ", width: 28) }
            if let when = duty.when { label.add(when, prefix: "When: ", width: 28) }
        }
        return label
    }

    /// Internal stages have a dashed border, partnership stages a heavy one, referrals outside a
    /// double one: the setting shows in greyscale too.
    private func stageStyle(_ label: Label, setting: Stage.Setting = .interAgency) -> DOTGraph.Attributes {
        var attributes: DOTGraph.Attributes = ["shape": "box", "fillcolor": Palette.stageFill, "color": Palette.stageLine, "label": label.dot(justify: "l")]
        switch setting {
        case .internal: attributes = attributes + ["style": "filled,dashed"]
        case .interAgency: attributes = attributes + ["style": "filled"]
        case .partnership: attributes = attributes + ["style": "filled", "penwidth": "3"]
        case .external: attributes = attributes + ["style": "filled", "peripheries": "2"]
        }
        return attributes
    }

    private func noteStyle(_ label: Label) -> DOTGraph.Attributes {
        ["shape": "note", "style": "filled,dashed", "fillcolor": Palette.noteFill, "color": Palette.noteLine, "label": label.dot(justify: "l")]
    }

    private func endStyle(_ label: Label) -> DOTGraph.Attributes {
        ["shape": "box", "style": "rounded,filled", "fillcolor": Palette.endFill, "color": Palette.endLine, "label": label.dot()]
    }
}
