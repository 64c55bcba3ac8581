import TextTools
import Diagnostics
import Model

/// Checks that need the whole procedure: stage numbering, cumulative timescales,
/// contacts behind notification duties, calendars, review dates.
struct ProcedureChecks {
    let procedure: Procedure
    let frontMatter: FrontMatter
    let body: BodyParts
    let file: String
    let knownCalendars: Set<String>?
    let today: PolicyDate?

    func run() -> [Diagnostic] {
        var out: [Diagnostic] = []
        stageListing(&out)
        numbering(&out)
        timescales(&out)
        subProcedureLimits(&out)
        contacts(&out)
        paths(&out)
        calendar(&out)
        dates(&out)
        if let title = body.title, let location = body.titleLocation, Self.plain(title) != Self.plain(procedure.title) {
            out.append(.warning(.titleMismatch, at: location,
                "the heading '\(Self.short(title))' differs from the front-matter title '\(Self.short(procedure.title))'",
                help: "make them the same, or remove the '# ' heading: the title comes from the front matter"))
        }
        return out
    }

    /// cmark's smart punctuation curls quotes and dashes in the body but not in YAML.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
            .replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{2014}", with: "-")
    }

    private var top: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    private func stageListing(_ out: inout [Diagnostic]) {
        switch procedure.stageListing {
        case .listed:
            if body.stages.isEmpty {
                out.append(.error(.noStages, at: frontMatter.locations["stages"] ?? top, "the procedure lists no stages",
                    help: "add '## Stage 1: …' headings with their facts; if the source document really does not list its stages, put 'stages: not-listed' and a 'stages-note' in the front matter"))
            }
        case .notListed:
            if let first = body.stages.first {
                out.append(.error(.stagesNotListed, at: first.heading,
                    "the front matter says 'stages: not-listed' but the body has stage headings",
                    help: "remove 'stages: not-listed' from the front matter, or turn the headings into prose"))
            }
            if procedure.stagesNote == nil {
                out.append(.error(.missingKey, at: frontMatter.locations["stages"] ?? top,
                    "'stages: not-listed' needs a 'stages-note' saying what readers should do instead",
                    help: "add 'stages-note: …' to the front matter; it is shown where the stages would be"))
            }
        }
    }

    private func numbering(_ out: inout [Diagnostic]) {
        let all = Set(body.stages.map(\.stage.number))
        var previous = 0
        var seen: Set<Int> = []
        for located in body.stages {
            let n = located.stage.number
            if n < 1 {
                out.append(.error(.stageNumber, at: located.heading, "stage numbers start at 1, not \(n)",
                                  help: "number the stages 1, 2, 3, …"))
                continue
            }
            if seen.contains(n) {
                out.append(.error(.stageNumber, at: located.heading, "Stage \(n) appears more than once",
                                  help: "number the stages 1, 2, 3, … once each"))
            } else if n < previous {
                out.append(.error(.stageNumber, at: located.heading, "Stage \(n) comes after Stage \(previous)",
                                  help: "put the stages in order, 1, 2, 3, …"))
            } else if n > previous + 1 {
                // A number that only comes later is reported there, as out of order, not here as missing.
                let missing = ((previous + 1)..<n).filter { !all.contains($0) }
                if !missing.isEmpty {
                    out.append(.error(.stageNumber, at: located.heading,
                        "Stage \(n) follows \(previous == 0 ? "the start" : "Stage \(previous)"): " + (missing.count == 1
                            ? "Stage \(missing[0]) is missing"
                            : "Stages \(Self.ranges(missing)) are missing"),
                        help: "add the missing stage or renumber the stages 1, 2, 3, …"))
                }
            }
            seen.insert(n)
            previous = max(previous, n)
        }
    }

    /// Deadlines may not go backwards: a stage counted from the date raised cannot end before the
    /// earliest the stages before it can end, whether they count from the date raised (cumulative,
    /// 3, 6, 10, 12) or from the end of the stage before.
    private func timescales(_ out: inout [Diagnostic]) {
        // The latest end so far, in days or hours since the date raised, and the stage that sets it.
        var reach: (value: Int, unit: Timescale.Unit, stage: Int)?
        for (index, located) in body.stages.enumerated() where located.complete {
            let t = located.stage.timescale
            if t.kind == .afterPrevious && index == 0 {
                out.append(.error(.timescale, at: located.timescale,
                    "Stage \(located.stage.number) is the first stage, so there is no previous stage to count from",
                    help: "count the first stage 'from the date raised'"))
            }
            switch t.kind {
            case .none, .event:
                reach = nil
            case .fromRaised:
                guard let value = t.value, let unit = t.unit else { continue }
                if let r = reach, r.unit == unit, value < r.value {
                    let words = unit.words(r.value)
                    out.append(.error(.timescaleDecreasing, at: located.timescale,
                        "Stage \(located.stage.number) allows \(t.summary), but Stage \(r.stage) can take until \(r.value) \(words) from the date raised",
                        help: "timescales 'from the date raised' are cumulative and cannot go down; check the numbers against the source, or count this stage 'after the previous stage'"))
                }
                reach = (value, unit, located.stage.number)
            case .afterPrevious:
                guard let value = t.value, let unit = t.unit, let r = reach, r.unit == unit else { reach = nil; continue }
                reach = (r.value + value, unit, located.stage.number)
            }
        }
        for (index, located) in body.stages.enumerated() where index < body.stages.count - 1 && !located.hadUnknownFacts {
            if located.stage.escalatesTo == nil {
                out.append(.warning(.missingEscalatesTo, at: located.heading,
                    "Stage \(located.stage.number) does not say who it escalates to",
                    help: "add '- **Escalates to:** …' (the people who take Stage \(located.stage.number + 1))"))
            }
        }
    }

    /// A sub-procedure's limit on the whole process should leave room for its steps.
    private func subProcedureLimits(_ out: inout [Diagnostic]) {
        for sub in procedure.subProcedures {
            guard let limit = sub.timescale, limit.kind == .fromRaised, let max = limit.value, let unit = limit.unit else { continue }
            var reach: Int? = 0
            for step in sub.steps {
                let t = step.timescale
                switch t.kind {
                case .none, .event: continue
                case .fromRaised: reach = t.unit == unit ? t.value : nil
                case .afterPrevious: reach = (t.unit == unit ? t.value : nil).flatMap { v in reach.map { $0 + v } }
                }
                if let r = reach, r > max {
                    let words = unit.words(r)
                    out.append(.warning(.subProcedureLimit, at: procedureHeading(sub),
                        "in '\(sub.title)', Step \(step.number) can take until \(r) \(words) from the date raised, beyond the whole process's \(limit.summary)",
                        help: "check the steps' timescales and the sub-procedure's 'Timescale' against the source"))
                    break
                }
            }
        }
    }

    private func procedureHeading(_ sub: SubProcedure) -> SourceLocation {
        body.subProcedureHeadings[sub.anchor] ?? top
    }

    private func contacts(_ out: inout [Diagnostic]) {
        let ids = procedure.contacts.map(\.id)
        var seen: Set<String> = []
        for contact in procedure.contacts {
            let at = frontMatter.locations["contact:\(contact.id)"] ?? top
            if !seen.insert(contact.id).inserted {
                out.append(.error(.duplicateId, at: at, "the contact id '\(contact.id)' is used twice", help: "give each contact its own id"))
            }
            if let p = contact.partnership, !procedure.partnerships.contains(where: { $0.id == p }) {
                out.append(.error(.unknownPartnership, at: at, "contact '\(contact.id)' belongs to '\(p)', which is not a partnership of this procedure",
                                  help: Suggestion.help(for: p, in: procedure.partnerships.map(\.id), kind: "partnership ids")))
            }
        }
        var partnershipIds: Set<String> = []
        for partnership in procedure.partnerships {
            let at = frontMatter.locations["partnership:\(partnership.id)"] ?? top
            if !partnershipIds.insert(partnership.id).inserted {
                out.append(.error(.duplicateId, at: at, "the partnership id '\(partnership.id)' is used twice", help: "list each partnership once"))
            }
            if let c = partnership.contact, !ids.contains(c) {
                out.append(.error(.unknownContact, at: at, "partnership '\(partnership.id)' names contact '\(c)', which is not in 'contacts'",
                                  help: Suggestion.help(for: c, in: ids, kind: "contact ids")))
            }
        }
        var duties: [(String, NotificationDuty, SourceLocation)] = []
        for located in body.stages {
            duties += zip(located.stage.notifications, located.notifications).map { ("Stage \(located.stage.number)", $0, $1) }
        }
        for (sub, located) in zip(procedure.subProcedures, body.locatedSubProcedures) {
            for step in sub.steps {
                let at = located.steps.first { $0.number == step.number }?.notifications ?? []
                duties += zip(step.notifications, at).map { ("Step \(step.number) of '\(sub.title)'", $0, $1) }
            }
        }
        duties += zip(procedure.duties.notifications, body.dutyNotifications).map { ("'At every stage'", $0, $1) }
        for (context, notification, at) in duties {
            guard let to = notification.to, !to.isEmpty else { continue }
            if to == NotificationDuty.eachPartnership {
                for p in procedure.partnerships where p.contact == nil {
                    out.append(.error(.notifyContact, at: at,
                        "\(context) notifies each partnership, but '\(p.id)' has no contact",
                        help: "add 'contact: <contact id>' to partnership '\(p.id)' in the front matter"))
                }
            } else if !ids.contains(to) {
                out.append(.error(.notifyContact, at: at,
                    "\(context) notifies '\(to)', which is not a contact of this procedure",
                    help: Suggestion.help(for: to, in: ids + [NotificationDuty.eachPartnership], kind: "possible values")
                        + "; a recipient that is a role is written in words ('the conference chair')"))
            }
        }
    }

    /// Every path through the stages must reach an end: an outcome that ends the procedure,
    /// leaves it (a sub-procedure, a body outside) or takes a route. Stages whose outcomes only
    /// lead round among themselves would leave a reader with nowhere to go.
    private func paths(_ out: inout [Diagnostic]) {
        let stages = Dictionary(procedure.stages.map { ($0.anchor, $0) }, uniquingKeysWith: { a, _ in a })
        var ends: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for stage in procedure.stages where !ends.contains(stage.anchor) {
                let reaches = stage.outcomes.contains { o in
                    o.next.kind != .stage || (o.next.ref.map { ends.contains($0) } ?? false)
                }
                if reaches { ends.insert(stage.anchor); changed = true }
            }
        }
        for located in body.stages where located.complete && !ends.contains(located.stage.anchor) && !located.stage.outcomes.isEmpty {
            let loop = located.stage.outcomes.compactMap { $0.next.ref.flatMap { stages[$0]?.number } }.map { "Stage \($0)" }
            out.append(.error(.deadEnd, at: located.outcomes.first?.location ?? located.heading,
                "no path from Stage \(located.stage.number) reaches an end: its outcomes lead only to \(loop.joined(separator: " and ")), and on round again",
                help: "give one of these stages an outcome that ends the procedure ('-> end'), refers outside ('-> external: …') or leads to a sub-procedure or route"))
        }
    }

    private func calendar(_ out: inout [Diagnostic]) {
        guard let known = knownCalendars, !known.contains(procedure.calendar) else { return }
        out.append(.error(.unknownCalendar, at: frontMatter.locations["calendar"] ?? top,
            "there is no working-day calendar '\(procedure.calendar)'",
            help: known.isEmpty ? "add the calendar to content/calendars/ (GOV.UK bank-holidays.json shape)"
                : Suggestion.help(for: procedure.calendar, in: known.sorted(), kind: "calendars")))
    }

    private func dates(_ out: inout [Diagnostic]) {
        // Whether the review date has passed is the audit's `review-date` check, not a diagnostic.
        if let next = procedure.nextReview, let updated = procedure.lastUpdated, next < updated {
            out.append(.error(.invalidDate, at: frontMatter.locations["next-review"] ?? top,
                "the next review date \(next) is before the last update \(updated)",
                help: "check both dates against the source document"))
        }
    }

    /// `[4, 5, 6, 9]` → "4 to 6 and 9": a list of numbers that stays short however many there are.
    static func ranges(_ numbers: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for n in numbers.sorted() {
            if let last = runs.last, last.1 + 1 == n { runs[runs.count - 1].1 = n } else { runs.append((n, n)) }
        }
        let parts = runs.map { $0.0 == $0.1 ? "\($0.0)" : $0.1 == $0.0 + 1 ? "\($0.0), \($0.1)" : "\($0.0) to \($0.1)" }
        return parts.joinedAsProse
    }

    /// Text from content quoted in a message, cut so the message stays on a line or two.
    static func short(_ text: String, limit: Int = 80) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
