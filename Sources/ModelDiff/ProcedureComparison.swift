import Foundation
import Model

/// The changes between two versions of one procedure, part by part, in the order a reader
/// meets them on the page: the document's facts, partnerships, routes, duties at every stage,
/// stages, sub-procedures, categories, the concern template, contacts.
struct ProcedureComparison {
    var old: Procedure
    var new: Procedure

    var changes: [Change] {
        var out: [Change] = []
        document(&out)
        partnerships(&out)
        routes(&out)
        everyStage(&out)
        stages(&out)
        subProcedures(&out)
        lists(old.categories, new.categories, part: "category", subject: "Categories of disagreement", field: "category", into: &out)
        lists(old.concernTemplate, new.concernTemplate, part: "concern-template", subject: "Concern template", field: "question", into: &out)
        contacts(&out)
        return out
    }

    // MARK: the parts

    private func document(_ out: inout [Change]) {
        let subject = "Procedure"
        func fact(_ field: String, _ a: String?, _ b: String?) {
            if a != b { out.append(Change(part: "procedure", subject: subject, kind: .changed, field: field, before: a, after: b)) }
        }
        fact("title", old.title, new.title)
        fact("version", old.version, new.version)
        fact("last-updated", old.lastUpdated?.description, new.lastUpdated?.description)
        fact("next-review", old.nextReview?.description, new.nextReview?.description)
        fact("calendar", old.calendar, new.calendar)
        fact("stages", old.stageListing.rawValue, new.stageListing.rawValue)
        fact("timescale-note", old.timescaleNote, new.timescaleNote)
        let before = Set(old.amendments.map(Self.amendment))
        for a in new.amendments.map(Self.amendment) where !before.contains(a) {
            out.append(Change(part: "procedure", subject: subject, kind: .added, field: "amendment", after: a))
        }
    }

    private func partnerships(_ out: inout [Change]) {
        for p in new.partnerships {
            let subject = "Partnership: \(p.name)"
            guard let was = old.partnerships.first(where: { $0.id == p.id }) else {
                out.append(Change(part: "partnership", subject: subject, kind: .added))
                continue
            }
            if was.name != p.name { out.append(Change(part: "partnership", subject: subject, kind: .renamed, before: was.name, after: p.name)) }
            if was.contact != p.contact {
                out.append(Change(part: "partnership", subject: subject, kind: .changed, field: "contact", before: was.contact, after: p.contact))
            }
        }
        for p in old.partnerships where !new.partnerships.contains(where: { $0.id == p.id }) {
            out.append(Change(part: "partnership", subject: "Partnership: \(p.name)", kind: .removed))
        }
    }

    private func routes(_ out: inout [Change]) {
        func subject(_ r: Route) -> String { (r.isUrgent ? "Urgent: " : "Route: ") + r.title }
        let matched = Matching.pair(old.routes, new.routes, key: { Matching.normalised($0.title) }, fallback: { $0.kind.rawValue })
        for (a, b) in matched.pairs {
            let s = subject(b)
            if Matching.normalised(a.title) != Matching.normalised(b.title) {
                out.append(Change(part: "route", subject: s, kind: .renamed, before: a.title, after: b.title))
            }
            if a.kind != b.kind { out.append(Change(part: "route", subject: s, kind: .changed, field: "kind", before: a.kind.rawValue, after: b.kind.rawValue)) }
            if a.relation != b.relation {
                out.append(Change(part: "route", subject: s, kind: .changed, field: "relation", before: Self.relation(a.relation), after: Self.relation(b.relation)))
            }
            if a.when != b.when { out.append(Change(part: "route", subject: s, kind: .changed, field: "when", before: a.when, after: b.when)) }
            lists(a.contacts, b.contacts, part: "route", subject: s, field: "contact", into: &out)
            timescale(a.timescale, b.timescale, part: "route", subject: s, into: &out)
            if a.leadsTo != b.leadsTo {
                out.append(Change(part: "route", subject: s, kind: .changed, field: "leads-to", before: a.leadsTo.map(Self.next), after: b.leadsTo.map(Self.next)))
            }
        }
        for r in matched.added { out.append(Change(part: "route", subject: subject(r), kind: .added, after: Self.routeSummary(r))) }
        for r in matched.removed { out.append(Change(part: "route", subject: subject(r), kind: .removed, before: Self.routeSummary(r))) }
    }

    private func everyStage(_ out: inout [Change]) {
        let s = "At every stage"
        lists(old.duties.records, new.duties.records, part: "every-stage", subject: s, field: "record", into: &out)
        notifications(old.duties.notifications, new.duties.notifications, part: "every-stage", subject: s, into: &out)
    }

    private func stages(_ out: inout [Change]) {
        steps(old.stages.map(StepFacts.init), new.stages.map(StepFacts.init), part: "stage", prefix: "", into: &out)
    }

    private func subProcedures(_ out: inout [Change]) {
        let matched = Matching.pair(old.subProcedures, new.subProcedures, key: { Matching.normalised($0.title) }, fallback: { $0.anchor })
        for (a, b) in matched.pairs {
            let s = "Sub-procedure: \(b.title)"
            if Matching.normalised(a.title) != Matching.normalised(b.title) {
                out.append(Change(part: "sub-procedure", subject: s, kind: .renamed, before: a.title, after: b.title))
            }
            if a.appliesWhen != b.appliesWhen {
                out.append(Change(part: "sub-procedure", subject: s, kind: .changed, field: "applies-when", before: a.appliesWhen, after: b.appliesWhen))
            }
            if a.coveredBy != b.coveredBy {
                out.append(Change(part: "sub-procedure", subject: s, kind: .changed, field: "covered-by", before: a.coveredBy, after: b.coveredBy))
            }
            timescale(a.timescale, b.timescale, part: "sub-procedure", subject: s, into: &out)
            steps(a.steps.map(StepFacts.init), b.steps.map(StepFacts.init), part: "step", prefix: b.title + ", ", into: &out)
        }
        for p in matched.added { out.append(Change(part: "sub-procedure", subject: "Sub-procedure: \(p.title)", kind: .added)) }
        for p in matched.removed { out.append(Change(part: "sub-procedure", subject: "Sub-procedure: \(p.title)", kind: .removed)) }
    }

    private func contacts(_ out: inout [Change]) {
        for c in new.contacts {
            let s = "Contact: \(c.name)"
            guard let was = old.contacts.first(where: { $0.id == c.id }) else {
                out.append(Change(part: "contact", subject: s, kind: .added, after: Self.contactSummary(c)))
                continue
            }
            if was.name != c.name { out.append(Change(part: "contact", subject: s, kind: .renamed, before: was.name, after: c.name)) }
            let fields: [(String, String?, String?)] = [("email", was.email, c.email), ("phone", was.phone, c.phone), ("url", was.url, c.url),
                                                       ("address", was.address, c.address), ("note", was.note, c.note)]
            for (field, a, b) in fields where a != b {
                out.append(Change(part: "contact", subject: s, kind: .changed, field: field, before: a, after: b))
            }
        }
        for c in old.contacts where !new.contacts.contains(where: { $0.id == c.id }) {
            out.append(Change(part: "contact", subject: "Contact: \(c.name)", kind: .removed, before: Self.contactSummary(c)))
        }
    }

    // MARK: shared comparisons

    /// Stages (or a sub-procedure's steps): matched by title, then by number, so an inserted
    /// stage shows as one added stage and the later ones as renumbered, not as every stage changed.
    private func steps(_ a: [StepFacts], _ b: [StepFacts], part: String, prefix: String, into out: inout [Change]) {
        let word = part == "stage" ? "Stage" : "Step"
        func subject(_ s: StepFacts) -> String { "\(prefix)\(word) \(s.number): \(s.title)" }
        let matched = Matching.pair(a, b, key: { Matching.normalised($0.title) }, fallback: { String($0.number) })
        for (x, y) in matched.pairs {
            let s = subject(y)
            if Matching.normalised(x.title) != Matching.normalised(y.title) {
                out.append(Change(part: part, subject: s, kind: .renamed, before: x.title, after: y.title))
            }
            if x.number != y.number {
                out.append(Change(part: part, subject: s, kind: .renumbered, before: "\(word) \(x.number)", after: "\(word) \(y.number)"))
            }
            if x.settings != y.settings {
                out.append(Change(part: part, subject: s, kind: .changed, field: "type", before: x.settings, after: y.settings))
            }
            if x.startsWhen != y.startsWhen {
                out.append(Change(part: part, subject: s, kind: .changed, field: "starts-when", before: x.startsWhen, after: y.startsWhen))
            }
            lists(x.participants, y.participants, part: part, subject: s, field: "who", into: &out)
            if x.escalatesTo != y.escalatesTo {
                out.append(Change(part: part, subject: s, kind: .changed, field: "escalates-to", before: x.escalatesTo, after: y.escalatesTo))
            }
            timescale(x.timescale, y.timescale, part: part, subject: s, previous: word.lowercased(), into: &out)
            lists(x.records, y.records, part: part, subject: s, field: "record", into: &out)
            notifications(x.notifications, y.notifications, part: part, subject: s, into: &out)
            lists(x.members, y.members, part: part, subject: s, field: "members", into: &out)
            if x.outcome != y.outcome {
                out.append(Change(part: part, subject: s, kind: .changed, field: "outcome", before: x.outcome, after: y.outcome))
            }
            lists(x.outcomes, y.outcomes, part: part, subject: s, field: "outcomes", into: &out)
        }
        for s in matched.added {
            out.append(Change(part: part, subject: subject(s), kind: .added, after: Self.describe(s.timescale, previous: word.lowercased())))
        }
        for s in matched.removed {
            out.append(Change(part: part, subject: subject(s), kind: .removed, before: Self.describe(s.timescale, previous: word.lowercased())))
        }
    }

    private func timescale(_ a: Timescale?, _ b: Timescale?, part: String, subject: String, previous: String = "stage", into out: inout [Change]) {
        guard a != b else { return }
        out.append(Change(part: part, subject: subject, kind: .changed, field: "timescale",
                          before: a.map { Self.describe($0, previous: previous) }, after: b.map { Self.describe($0, previous: previous) },
                          beforeKind: a?.kind.rawValue, afterKind: b?.kind.rawValue))
    }

    /// Items added and removed, in the order written; a reordering alone is not a change.
    private func lists(_ a: [String], _ b: [String], part: String, subject: String, field: String, into out: inout [Change]) {
        let before = Set(a), after = Set(b)
        for item in b where !before.contains(item) { out.append(Change(part: part, subject: subject, kind: .added, field: field, after: item)) }
        for item in a where !after.contains(item) { out.append(Change(part: part, subject: subject, kind: .removed, field: field, before: item)) }
    }

    /// Duties matched by who is told: a changed duty to the same recipient is one change.
    private func notifications(_ a: [NotificationDuty], _ b: [NotificationDuty], part: String, subject: String, into out: inout [Change]) {
        func recipient(_ d: NotificationDuty) -> String { d.to ?? d.role ?? "" }
        let matched = Matching.pair(a.filter { !b.contains($0) }, b.filter { !a.contains($0) }, key: recipient, fallback: { _ in "" }, useFallback: false)
        for (x, y) in matched.pairs {
            out.append(Change(part: part, subject: subject, kind: .changed, field: "notify", before: Self.duty(x), after: Self.duty(y)))
        }
        for d in matched.added { out.append(Change(part: part, subject: subject, kind: .added, field: "notify", after: Self.duty(d))) }
        for d in matched.removed { out.append(Change(part: part, subject: subject, kind: .removed, field: "notify", before: Self.duty(d))) }
    }

    // MARK: wording

    static func describe(_ t: Timescale, previous: String = "stage") -> String {
        var text = TimescaleWording.phrase(t, previous: previous)
        for alternative in t.alternatives {
            text += ", or " + TimescaleWording.phrase(alternative.timescale, previous: previous) + " " + alternative.condition
        }
        if let note = t.note, !note.isEmpty { text += "; " + note }
        return text
    }

    static func duty(_ d: NotificationDuty) -> String {
        var text = "to \(d.to ?? d.role ?? "?"): \(d.what)"
        let details = [d.by.map { "by \($0)" }, d.how.map { "how: \($0)" }, d.when.map { "when: \($0)" }].compactMap { $0 }
        if !details.isEmpty { text += " (\(details.joined(separator: "; ")))" }
        return text
    }

    static func relation(_ r: Route.Relation) -> String {
        switch r {
        case .bypasses: return "urgent (bypasses the stages)"
        case .alongside: return "alongside the stages"
        case .instead: return "instead of the stages"
        }
    }

    static func next(_ n: Outcome.Next) -> String {
        n.kind == .end ? "end" : "\(n.kind.rawValue): \(n.ref ?? "")"
    }

    static func routeSummary(_ r: Route) -> String {
        "when \(r.when); contact \(r.contacts.joined(separator: ", "))"
    }

    static func contactSummary(_ c: Contact) -> String {
        [c.email, c.phone, c.url].compactMap { $0 }.joined(separator: ", ")
    }

    static func amendment(_ a: Amendment) -> String {
        "\(a.date.description): \(a.change)"
    }
}

/// What a stage and a sub-procedure's step share, so both are compared the same way.
struct StepFacts {
    var number: Int
    var title: String
    var settings: String
    var startsWhen: String?
    var participants: [String]
    var escalatesTo: String?
    var timescale: Timescale
    var records: [String]
    var notifications: [NotificationDuty]
    var members: [String]
    var outcome: String?
    /// Only the outcomes the author stated: the implied ones follow from the stage count.
    var outcomes: [String]

    init(_ s: Stage) {
        self.init(number: s.number, title: s.title, settings: s.settings, startsWhen: s.startsWhen, participants: s.participants,
                  escalatesTo: s.escalatesTo, timescale: s.timescale, records: s.records, notifications: s.notifications,
                  members: s.members, outcome: s.outcome, outcomes: s.outcomes)
    }

    init(_ s: SubProcedure.Step) {
        self.init(number: s.number, title: s.title, settings: s.settings, startsWhen: s.startsWhen, participants: s.participants,
                  escalatesTo: nil, timescale: s.timescale, records: s.records, notifications: s.notifications,
                  members: s.members, outcome: s.outcome, outcomes: s.outcomes)
    }

    private init(number: Int, title: String, settings: [Stage.Setting], startsWhen: String?, participants: [String], escalatesTo: String?,
                 timescale: Timescale, records: [String], notifications: [NotificationDuty], members: [String], outcome: String?,
                 outcomes: [Outcome]) {
        self.number = number
        self.title = title
        self.settings = settings.map(\.rawValue).joined(separator: "; ")
        self.startsWhen = startsWhen
        self.participants = participants
        self.escalatesTo = escalatesTo
        self.timescale = timescale
        self.records = records
        self.notifications = notifications
        self.members = members
        self.outcome = outcome
        self.outcomes = outcomes.filter(\.stated).map { "\($0.when) -> \(ProcedureComparison.next($0.next))" }
    }
}

/// Pairs the items of two versions: first by a key (a title), then what is left by a fallback
/// (a number, a kind), in the newer version's order.
enum Matching {
    static func pair<T>(_ a: [T], _ b: [T], key: (T) -> String, fallback: (T) -> String, useFallback: Bool = true)
        -> (pairs: [(T, T)], added: [T], removed: [T]) {
        var usedA = Set<Int>(), pairedB: [Int: Int] = [:]
        for (j, y) in b.enumerated() {
            if let i = a.indices.first(where: { !usedA.contains($0) && key(a[$0]) == key(y) }) {
                usedA.insert(i)
                pairedB[j] = i
            }
        }
        if useFallback {
            for (j, y) in b.enumerated() where pairedB[j] == nil {
                if let i = a.indices.first(where: { !usedA.contains($0) && fallback(a[$0]) == fallback(y) }) {
                    usedA.insert(i)
                    pairedB[j] = i
                }
            }
        }
        let pairs = b.indices.compactMap { j in pairedB[j].map { (a[$0], b[j]) } }
        let added = b.indices.filter { pairedB[$0] == nil }.map { b[$0] }
        let removed = a.indices.filter { !usedA.contains($0) }.map { a[$0] }
        return (pairs, added, removed)
    }

    /// Titles compared without case, spacing or smart punctuation, so retyping one is no rename.
    static func normalised(_ title: String) -> String {
        title.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
