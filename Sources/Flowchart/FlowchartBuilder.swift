import Model
import TextTools

/// Draws a procedure as DOT: the way in, the urgent routes first, one box per stage with a
/// "resolved?" decision after it, notification duties beside their stage, and the way out.
public struct FlowchartBuilder: Sendable {
    /// Where the site is published, for the printed footer's web address.
    public var site: SiteSettings?

    public init(site: SiteSettings? = nil) {
        self.site = site
    }

    private func finished(_ chart: Chart, _ p: Procedure, footerBelow anchor: String) -> Chart {
        var chart = chart
        chart.footerAnchor = anchor
        chart.print = p.print
        chart.footer = PrintedCopy.footer(for: p, webAddress: PrintedCopy.webAddress(of: p, baseURL: site?.baseURL),
                                          publishedAt: site?.publishedAt)
        return chart
    }

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

    /// The whole chart, for the web and for print when it fits; split into pages for print when
    /// it would otherwise print too small (`Chart.printPages`).
    func main(_ p: Procedure) -> Chart {
        var chart = Chart(name: "flowchart", procedureID: p.id, title: "Flowchart: \(p.title)", description: description(p),
                          dot: page(p, of: [p.stages.indices], number: 0))
        chart.printPages = Self.splits(p.stages.count, routesPage: !p.routes.isEmpty).map { ranges in
            ranges.indices.map { i in
                // A page of routes alone has no end box: its footer goes below the last route.
                Chart.PrintPage(dot: page(p, of: ranges, number: i),
                                footerBelow: ranges[i].isEmpty ? (p.urgentRoutes + p.otherRoutes).last.map(\.anchor) ?? "continued" : "resolved")
            }
        }
        return finished(chart, p, footerBelow: "resolved")
    }

    /// The ways to cut `n` stages into 2, 3, … pages, fewest pages first. The first page also
    /// carries the routes, so it may take fewer stages than the rest (none, when `routesPage`),
    /// and the others share the remainder evenly.
    static func splits(_ n: Int, routesPage: Bool = false) -> [[Range<Int>]] {
        guard n >= 2 || routesPage else { return [] }
        var out: [[Range<Int>]] = []
        for pages in 2...max(2, min(n + (routesPage ? 1 : 0), maxPages)) {
            // The first page takes fewer stages than its share, or none beside the routes; a few
            // choices a page count, so a long procedure cannot make hundreds of layouts.
            let even = n / pages
            var firsts = [1, max(1, even - 1), max(1, even)]
            if routesPage { firsts.insert(0, at: 0) }
            var tried: Set<Int> = []
            for first in firsts where first <= n - pages + 1 && tried.insert(first).inserted {
                let rest = n - first, others = pages - 1
                out.append([0..<first] + (0..<others).map { i in (first + i * rest / others)..<(first + (i + 1) * rest / others) })
            }
        }
        return out
    }

    static let maxPages = 8
    /// Characters per line in a route's box: narrow beside the stages, wider on a page of its own.
    static let routeWidth = (besideStages: 34, alone: 44)

    private func description(_ p: Procedure) -> String {
        let urgent = p.urgentRoutes, others = p.otherRoutes
        let kinds = Set(p.stages.map(\.timescale.kind))
        var description = "\(p.stages.count) stages, from \(p.stages.first!.title) to \(p.stages.last!.title)."
        if !urgent.isEmpty {
            description += urgent.count == 1 ? " 1 urgent route bypasses the stages." : " \(urgent.count) urgent routes bypass the stages."
        }
        if !others.isEmpty {
            let instead = others.filter { $0.relation == .instead }.count, alongside = others.count - instead
            let uses = [instead > 0 ? "\(instead) used instead of them" : nil, alongside > 0 ? "\(alongside) used as well as them" : nil].compactMap { $0 }
            description += (others.count == 1 ? " 1 other route, " : " \(others.count) other routes, ") + uses.joined(separator: " and ") + "."
        }
        if kinds == [.fromRaised] {
            description += " Timescales count from the date the matter was raised."
        } else if kinds == [.none] {
            description += " No fixed timescales."
        }
        return description
    }

    /// One page: the stages of `pages[number]`. The first page has the way in, the duties and
    /// the routes; a later page starts from where the one before left off, and every page but
    /// the last ends in a "continued" marker.
    private func page(_ p: Procedure, of pages: [Range<Int>], number: Int) -> String {
        let range = pages[number]
        let pageOf = { (anchor: String) -> Int? in
            p.stages.firstIndex { $0.anchor == anchor }.flatMap { i in pages.firstIndex { $0.contains(i) } }
        }
        let continued = number > 0
        var g = header(name: p.id, title: p.title + (continued ? " (continued)" : ""),
                       subtitle: p.partnerships.map(\.name).joined(separator: " · "))

        var start = Label()
        if continued && range.lowerBound == 0 {
            start.add("Continued from page \(number): when it is not urgent, the stages start here", width: 38)
        } else if continued {
            let before = p.stages[range.lowerBound - 1]
            start.add("Continued from page \(number): Stage \(before.number) did not resolve the matter", width: 38)
        } else {
            start.add("A practitioner is concerned about a decision or practice affecting a child", width: 38)
        }
        g.comment("The way in")
        g.node("start", endStyle(start) + ["group": "stages"])

        let urgent = continued ? [] : p.urgentRoutes
        let others = continued ? [] : p.otherRoutes
        if !continued {
            if !p.duties.isEmpty {
                g.comment("Duties at every stage: written once, beside the way in")
                g.node("every-stage", noteStyle(dutiesLabel(p.duties, procedure: p)))
                g.edge("every-stage", "start", ["style": "dotted", "arrowhead": "none", "color": Palette.noteLine])
                g.sameRank(["every-stage", "start"])
            }
            if !urgent.isEmpty || !others.isEmpty {
                // One box of routes in a column on the left, urgent first, read before the stages.
                // One box, not two: Graphviz 2.42 orders two clusters' drawing by memory address when
                // it lays out several charts in one run, and the bytes would change from build to build.
                g.comment("Routes: the urgent ones bypass the stages; the others run alongside them or instead")
                let title = others.isEmpty ? "URGENT: do not wait for the stages"
                    : urgent.isEmpty ? TimescaleWording.otherRoutesHeading(others)
                    : "URGENT ROUTES FIRST, THEN OTHER ROUTES"
                routeCluster(&g, urgent + others, in: p, title: title, urgent: !urgent.isEmpty,
                             width: range.isEmpty ? Self.routeWidth.alone : Self.routeWidth.besideStages)
            }
        }

        /// A box for a stage drawn on another page, made once.
        func exitToStage(_ anchor: String, page: Int?) -> String {
            let id = "goto-\(anchor)"
            if !g.nodeIDs.contains(id) {
                let stage = p.stages.first { $0.anchor == anchor }
                var label = Label()
                label.add("Go to Stage \(stage?.number ?? 0): \(stage?.title ?? anchor)" + (page.map { " (page \($0 + 1))" } ?? ""), width: 30)
                g.node(id, endStyle(label) + ["style": "rounded,filled,dashed"])
            }
            return id
        }

        // Where a route joins the procedure ("go straight to Stage 3"): an arrow, not a dead end.
        for route in urgent + others {
            guard let next = route.leadsTo, next.kind == .stage || next.kind == .route, let ref = next.ref else { continue }
            let colour = route.isUrgent ? Palette.urgentLine : Palette.noteLine
            let onPage = next.kind == .route || pageOf(ref) == number
            let target = onPage ? ref : exitToStage(ref, page: pageOf(ref))
            // A box for a stage on a later page hangs below the route; an arrow into the stages
            // on this page must not pull the route column out of place.
            g.edge(route.anchor, target, ["style": "dashed,bold", "color": colour, "label": Label(["then"]).dot()]
                   + (onPage ? ["constraint": "false"] : [:]))
        }
        if range.isEmpty {
            // A page of routes only: the stages begin on the next page.
            var label = Label()
            label.add("Continued on page \(number + 2): Stage 1", width: 30)
            g.node("continued", endStyle(label) + ["style": "rounded,filled,dashed", "group": "stages"])
            g.edge("start", "continued", ["weight": "100", "label": Label(["not urgent"]).dot()])
            return g.text
        }

        g.comment("The stages: each row is a stage, its duties to notify on the left, the decision on the right")
        var previous = "start"
        var previousStage = "start"
        var lastNote: String?
        var rail: [String] = []
        var outside: Set<String> = []
        var incomingLabel = Label(["No"]).dot()
        for index in range {
            let stage = p.stages[index]
            let id = stage.anchor
            let isLast = index == p.stages.count - 1
            let lastOnPage = index == range.upperBound - 1
            g.node(id, stageStyle(stageLabel(stage), setting: stage.setting) + ["group": "stages"])
            if index == range.lowerBound {
                g.edge(previous, id, ["weight": "100", "label": Label(urgent.isEmpty ? [] : ["not urgent"]).dot()])
            } else {
                // The "No" arrow leaves the decision; an invisible heavy edge keeps the stages in one column.
                g.edge(previousStage, id, ["style": "invis", "weight": "100"])
                if !previous.isEmpty {
                    g.edge(previous, id, ["label": incomingLabel, "constraint": "false"])
                }
                incomingLabel = Label(["No"]).dot()
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
            let stated = stage.outcomes.contains(where: \.stated)
            if !stated && isLast {
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
            } else if !stated {
                let decision = "decision-\(stage.number)"
                let yes = "yes-\(stage.number)"
                g.node(decision, decisionStyle("Resolved?"))
                g.node(yes, railPoint)
                g.edge(id, decision)
                g.edge(decision, yes, ["label": Label(["Yes"]).dot(), "color": Palette.endLine, "arrowhead": "none"])
                rail.append(yes)
                g.sameRank(row + [decision, yes])
                previous = decision
            } else {
                // Stated outcomes: one arrow per destination from the stage's decision.
                let decision = "decision-\(stage.number)"
                g.node(decision, decisionStyle("Outcome?"))
                g.edge(id, decision)
                var rank = row + [decision]
                previous = ""
                let nextAnchor = isLast ? nil : p.stages[index + 1].anchor
                for (next, whens) in Self.grouped(stage.outcomes) {
                    let label = Label.wrapped(whens.joined(separator: " / ").capitalizedFirst, width: 18)
                    switch next.kind {
                    case .end:
                        let yes = "end-\(stage.number)"
                        g.node(yes, railPoint)
                        g.edge(decision, yes, ["label": label, "color": Palette.endLine, "arrowhead": "none"])
                        rail.append(yes)
                        rank.append(yes)
                    case .stage where next.ref == nextAnchor && !lastOnPage:
                        // Drawn as the next stage's incoming arrow, like a "No".
                        previous = decision
                        incomingLabel = label
                    case .stage:
                        let target = next.ref.flatMap { pageOf($0) } == number ? (next.ref ?? "") : exitToStage(next.ref ?? "", page: next.ref.flatMap(pageOf))
                        g.edge(decision, target, ["label": label, "constraint": "false"])
                    case .route:
                        // Routes are drawn on the first page only.
                        if number == 0 { g.edge(decision, next.ref ?? "", ["label": label, "constraint": "false"]) }
                        else {
                            let exit = "exit-\(next.ref ?? "")"
                            if !g.nodeIDs.contains(exit) {
                                var l = Label()
                                l.add("Take the route: \(p.routes.first { $0.anchor == next.ref }?.title ?? "") (page 1)", width: 30)
                                g.node(exit, endStyle(l) + ["style": "rounded,filled,dashed"])
                            }
                            g.edge(decision, exit, ["label": label])
                        }
                    case .step:
                        continue
                    case .subProcedure, .external:
                        let exit = exitID(next)
                        if outside.insert(exit).inserted {
                            g.node(exit, exitStyle(next, procedure: p))
                        }
                        g.edge(decision, exit, ["label": label])
                    }
                }
                g.sameRank(rank)
            }
            previousStage = id
            if lastOnPage && !isLast && !previous.isEmpty {
                // The page ends here: the way on is a marker naming the next page (when the last
                // stage's outcomes lead on at all; otherwise its "go to" boxes say where).
                var label = Label()
                label.add("Continued on page \(number + 2): Stage \(p.stages[index + 1].number)", width: 30)
                g.node("continued", endStyle(label) + ["style": "rounded,filled,dashed", "group": "stages"])
                if !previous.isEmpty { g.edge(previous, "continued", ["label": incomingLabel]) }
                previous = ""
            }
        }

        var resolved = Label()
        resolved.add(Self.resolvedText, width: 38)
        g.comment("The way out: every end joins the rail on the right down to the outcome")
        g.node("resolved", endStyle(resolved) + ["group": "stages"])
        if !previous.isEmpty {
            g.edge(previous, "resolved", p.stages.last?.outcome == nil && !(p.stages.last?.outcomes.contains(where: \.stated) ?? false)
                   ? ["weight": "100", "label": Label(["Outcome"]).dot()] : ["weight": "100"])
        } else {
            g.edge(g.nodeIDs.contains("continued") ? "continued" : previousStage, "resolved", ["style": "invis", "weight": "100"])
        }
        for (a, b) in zip(rail, rail.dropFirst() + ["resolved"]) {
            g.edge(a, b, ["color": Palette.endLine, "arrowhead": b == "resolved" ? "normal" : "none"])
        }

        return g.text
    }

    /// Outcomes that lead to the same place share one arrow, labelled with each condition.
    static func grouped(_ outcomes: [Outcome]) -> [(Outcome.Next, [String])] {
        var out: [(Outcome.Next, [String])] = []
        for o in outcomes {
            if let i = out.firstIndex(where: { $0.0 == o.next }) { out[i].1.append(o.when) } else { out.append((o.next, [o.when])) }
        }
        return out
    }

    private func routeCluster(_ g: inout DOTGraph, _ routes: [Route], in p: Procedure, title: String, urgent: Bool,
                              width: Int = Self.routeWidth.besideStages) {
        var ids: [String] = []
        var cluster: [String] = []
        for route in routes {
            let id = route.anchor  // "urgent-…" or "route-…", never a stage's id
            ids.append(id)
            var label = Label()
            label.add(route.title.uppercased(), width: width)
            label.add(route.when, prefix: "If ", width: width)
            for contact in route.contacts { label.add(contact.capitalizedFirst, prefix: "→ ", width: width) }
            if let t = route.timescale { label.add(TimescaleWording.urgent(t), width: width) }
            if let relation = TimescaleWording.relationInChart(route.relation) { label.add(relation, width: width) }
            let style: DOTGraph.Attributes = route.isUrgent
                ? ["shape": "box", "style": "filled,bold", "peripheries": "2", "fillcolor": Palette.urgentFill, "color": Palette.urgentLine]
                : ["shape": "box", "style": "filled,dashed", "fillcolor": Palette.noteFill, "color": Palette.noteLine]
            cluster.append(DOTGraph.nodeLine(id, style + ["label": label.dot(justify: "l")]))
        }
        var heading = Label()
        heading.add(title)
        let colour = urgent ? Palette.urgentLine : Palette.noteLine
        g.cluster("cluster_routes", ["label": heading.dot(), "style": "dashed,bold", "color": colour,
                                     "fontsize": "\(Palette.fontSize)", "margin": "10"], cluster)
        g.edge("start", ids[0], ["style": "dashed,bold", "color": colour, "label": Label([urgent ? "urgent" : "other route"]).dot()])
        for (a, b) in zip(ids, ids.dropFirst()) { g.edge(a, b, ["style": "invis"]) }
    }

    private var railPoint: DOTGraph.Attributes {
        ["shape": "point", "width": "0.06", "color": Palette.endLine, "group": "rail"]
    }

    private func decisionStyle(_ text: String) -> DOTGraph.Attributes {
        ["shape": "diamond", "style": "filled", "fillcolor": Palette.decisionFill,
         "color": Palette.decisionLine, "label": Label([text]).dot(),
         "width": "1.1", "height": "0.55", "fixedsize": "true", "group": "decisions"]
    }

    private func exitID(_ next: Outcome.Next) -> String {
        (next.kind == .subProcedure ? "sub-" : "external-") + Slug.make(next.ref ?? "")
    }

    /// An explicit end of this chart where a path leaves it: a sub-procedure (drawn on its own
    /// chart) or a body outside the partnership.
    private func exitStyle(_ next: Outcome.Next, procedure p: Procedure) -> DOTGraph.Attributes {
        var label = Label()
        if next.kind == .subProcedure {
            let title = p.subProcedures.first { $0.anchor == next.ref }?.title ?? next.ref ?? ""
            label.add("Continue with: \(title) (its own chart)", width: 30)
        } else {
            label.add("Referred outside the partnership: \(next.ref ?? "")", width: 30)
        }
        return endStyle(label) + ["peripheries": "2"]
    }

    func subProcedure(_ sub: SubProcedure, of p: Procedure) -> Chart {
        var subtitle = "Part of \(p.title) · " + p.partnerships.map(\.name).joined(separator: " · ")
        if let t = sub.timescale { subtitle += " · whole process: " + TimescaleWording.text(t).lowercased() }
        var g = header(name: "\(p.id)-\(sub.anchor)", title: sub.title, subtitle: subtitle)
        var start = Label()
        start.add(sub.appliesWhen.map { "When " + $0 } ?? sub.title, width: 38)
        g.node("start", endStyle(start))
        var end = Label()
        end.add("End of \(sub.title)", width: 38)
        var previous: String? = "start"
        var previousLabel: String?
        var outside: Set<String> = []
        for (index, step) in sub.steps.enumerated() {
            let id = "step-\(step.number)"
            g.node(id, stageStyle(stepLabel(step), setting: step.setting))
            if let previous { g.edge(previous, id, previousLabel.map { ["label": $0] } ?? [:]) }
            previous = nil
            previousLabel = nil
            let nextAnchor = index + 1 < sub.steps.count ? sub.steps[index + 1].anchor : nil
            guard step.outcomes.contains(where: \.stated) else {
                if nextAnchor != nil { previous = id } else { g.node("end", endStyle(end)); g.edge(id, "end") }
                continue
            }
            if !step.notifications.isEmpty {
                let noteID = "\(id)-notify"
                g.node(noteID, noteStyle(notifyLabel(step.notifications, procedure: p)))
                g.edge(noteID, id, ["style": "dotted", "arrowhead": "none", "color": Palette.noteLine])
                g.sameRank([noteID, id])
            }
            let decision = "decision-\(step.number)"
            g.node(decision, decisionStyle("Outcome?"))
            g.edge(id, decision)
            for (next, whens) in Self.grouped(step.outcomes) {
                let label = Label.wrapped(whens.joined(separator: " / ").capitalizedFirst, width: 18)
                switch next.kind {
                case .end:
                    if !outside.contains("end") { g.node("end", endStyle(end)); outside.insert("end") }
                    g.edge(decision, "end", ["label": label])
                case .step where next.ref == nextAnchor:
                    previous = decision
                    previousLabel = label
                case .step:
                    let target = sub.steps.first { $0.anchor == next.ref }.map { "step-\($0.number)" } ?? "end"
                    g.edge(decision, target, ["label": label, "constraint": "false"])
                case .stage, .route, .subProcedure, .external:
                    let exit = next.kind == .stage ? "main-\(next.ref ?? "")" : exitID(next)
                    if outside.insert(exit).inserted {
                        if next.kind == .stage || next.kind == .route {
                            var l = Label()
                            let name = next.kind == .stage
                                ? p.stages.first { $0.anchor == next.ref }.map { "Stage \($0.number): \($0.title)" }
                                : p.routes.first { $0.anchor == next.ref }?.title
                            l.add("Continue with \(name ?? next.ref ?? "") of \(p.title)", width: 30)
                            g.node(exit, endStyle(l) + ["peripheries": "2"])
                        } else {
                            g.node(exit, exitStyle(next, procedure: p))
                        }
                    }
                    g.edge(decision, exit, ["label": label])
                }
            }
        }
        if let previous, !outside.contains("end") {
            g.node("end", endStyle(end))
            g.edge(previous, "end", previousLabel.map { ["label": $0] } ?? [:])
        }
        let description = "\(sub.steps.count) steps, from \(sub.steps.first!.title) to \(sub.steps.last!.title)."
            + (sub.timescale.map { " The whole process: \(TimescaleWording.text($0).lowercased())." } ?? "")
        return finished(Chart(name: sub.anchor, procedureID: p.id, title: "Flowchart: \(sub.title)", description: description, dot: g.text), p,
                        footerBelow: g.nodeIDs.contains("end") ? "end" : "step-\(sub.steps.last!.number)")
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
        label.add("STAGE \(stage.number): \(stage.title)\(Self.settingWords(stage.settings))", width: 38)
        if let starts = stage.startsWhen { label.add(starts, prefix: "Starts when ", width: 38) }
        label.add(stage.participants.joined(separator: "; ").capitalizedFirst, prefix: "Who: ", width: 38)
        timescaleLines(&label, stage.timescale, previous: "stage")
        if let outcome = stage.outcome, stage.outcomes.contains(where: \.stated) { label.add(outcome.capitalizedFirst, prefix: "Outcome: ", width: 38) }
        return label
    }

    private func stepLabel(_ step: SubProcedure.Step) -> Label {
        var label = Label()
        label.add("STEP \(step.number): \(step.title)\(Self.settingWords(step.settings))", width: 38)
        if let starts = step.startsWhen { label.add(starts, prefix: "Starts when ", width: 38) }
        label.add(step.participants.joined(separator: "; ").capitalizedFirst, prefix: "Who: ", width: 38)
        timescaleLines(&label, step.timescale, previous: "step")
        if let outcome = step.outcome { label.add(outcome.capitalizedFirst, prefix: "Outcome: ", width: 38) }
        return label
    }

    /// The main timescale, then each conditional one with its condition.
    private func timescaleLines(_ label: inout Label, _ t: Timescale, previous: String) {
        label.add(TimescaleWording.text(t, previous: previous), prefix: "Time: ", width: 38)
        for alternative in t.alternatives {
            label.add("\(TimescaleWording.phrase(alternative.timescale, previous: previous)) \(alternative.condition)", prefix: "Or: ", width: 38)
        }
    }

    /// " (inside your own agency, then inter-agency)"; nothing for the usual inter-agency stage.
    static func settingWords(_ settings: [Stage.Setting]) -> String {
        guard settings != [.interAgency] else { return "" }
        let words = settings.map { TimescaleWording.setting($0)?.lowercased() ?? "between agencies" }
        return " (" + words.joined(separator: ", then ") + ")"
    }

    /// All of a stage's duties to notify, in one note beside it; each says what is sent, so two
    /// duties to the same recipient can be told apart.
    private func notifyLabel(_ duties: [NotificationDuty], procedure: Procedure) -> Label {
        var label = Label()
        for (n, duty) in duties.enumerated() {
            if n > 0 { label.blank() }
            label.add(Self.recipient(duty, in: procedure), prefix: "NOTIFY ", width: 28)
            if !duty.what.isEmpty { label.add(duty.what, prefix: "What: ", width: 28) }
            if let how = duty.how { label.add(how, prefix: "How: ", width: 28) }
            if let by = duty.by { label.add(by, prefix: "By: ", width: 28) }
            if let when = duty.when { label.add(when, prefix: "When: ", width: 28) }
        }
        return label
    }

    private func dutiesLabel(_ duties: StandingDuties, procedure: Procedure) -> Label {
        var label = Label()
        label.add("AT EVERY STAGE", width: 28)
        for record in duties.records { label.add(record, prefix: "Record: ", width: 28) }
        for duty in duties.notifications {
            label.add(Self.recipient(duty, in: procedure) + (duty.what.isEmpty ? "" : ": " + duty.what), prefix: "Notify ", width: 28)
        }
        return label
    }

    static func recipient(_ duty: NotificationDuty, in procedure: Procedure) -> String {
        if let role = duty.role { return role }
        guard let to = duty.to else { return "" }
        if to == NotificationDuty.eachPartnership { return "your own partnership" }
        return procedure.contact(id: to).map { c in c.email.map { "\(c.name) (\($0))" } ?? c.name } ?? to
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
