import Foundation
import Model
import TextTools

/// The site's search index, built from the model: one entry per part of a page a reader may
/// want (a stage, a route, a sub-procedure and its steps, a guidance section, the contacts, a
/// glossary term). Published as `search-index.js`, a script that assigns one global, because
/// pages opened from disk (`file://`) may not fetch a JSON file.
struct SearchIndex {
    struct Entry: Equatable {
        /// The procedure's title with its partnerships ("Resolving professional disagreements:
        /// Nottingham City and Nottinghamshire County"), since titles repeat across
        /// partnerships; or "Glossary".
        var page: String
        /// The section's heading ("Stage 2: Second-tier managers").
        var heading: String
        /// From the site's root: `herts/index.html#stage-2`.
        var url: String
        /// The start of the section's text, for the result's summary.
        var text: String
        /// Every word of the section (its heading and all its text), lowercased, once each,
        /// so a word further down a long section is still found.
        var words: [String]
    }

    /// About this much of each section's text is shown under its result.
    static let textLength = 300
    /// Words shorter than this are not indexed (the script matches a query word as a prefix).
    static let shortestWord = 2

    var entries: [Entry] = []

    /// Words a reader types for the immediate-risk block that its wording may not hold; only
    /// matched, never shown.
    static let immediateRiskSearchWords = ["emergency", "danger", "urgent"]

    /// `immediateRisk` is the site's block (`immediate-risk` in site.yml); each procedure page
    /// opens with it, so each page has an entry for it, found by "999" or "police".
    init(procedures: [Procedure], glossary: [GlossaryTerm], immediateRisk: ImmediateRisk? = nil) {
        for p in procedures {
            let page = PagePath.procedure(id: p.id).file
            let pageName = p.title + ": " + p.partnerships.map(\.name).joinedAsProse
            func add(_ heading: String, _ anchor: String?, _ parts: [String]) {
                let text = PlainText.collapse(parts.filter { !$0.isEmpty }.joined(separator: " "))
                entries.append(Entry(page: pageName, heading: heading, url: page + (anchor.map { "#" + $0 } ?? ""),
                                     text: Self.cut(text), words: Self.words(heading + " " + text)))
            }
            add(p.title, nil, [p.summary, p.partnerships.map(\.name).joined(separator: ", "), PlainText.from(html: p.introduction.html)])
            if let immediateRisk {
                // The same facts the page's block is made from, so the result says what the block says.
                let block = ImmediateRiskContext(immediateRisk, partnerships: p.partnerships)
                var parts = [immediateRisk.police + ".", immediateRisk.socialCare]
                for area in block.areas {
                    let doors = area.contacts.map { d in
                        var door = d.name + (d.hours.value.map { " (\($0))" } ?? "")
                        let reach = [d.phone.value, d.email.value].compactMap { $0 }
                        if !reach.isEmpty { door += ": " + reach.joined(separator: ", ") } else if let at = d.findAt.value { door += ": the number is at " + at }
                        return door
                    }
                    parts.append(area.partnership + ": " + doors.joined(separator: "; ") + ".")
                }
                let text = PlainText.collapse(parts.joined(separator: " "))
                entries.append(Entry(page: pageName, heading: immediateRisk.heading, url: page + "#" + ProcedureAnchor.immediateRisk, text: Self.cut(text),
                                     words: Self.words(([immediateRisk.heading, text] + Self.immediateRiskSearchWords).joined(separator: " "))))
            }
            for r in p.routes {
                var facts: [String] = ["When: " + r.when + ".", "Contact: " + r.contacts.joined(separator: "; ") + "."]
                if let t = r.timescale { facts.append("Timescale: " + TimescaleWording.urgent(t) + ".") }
                facts.append(PlainText.from(html: r.guidance.html))
                add(r.title, r.anchor, facts)
            }
            if !p.duties.isEmpty {
                add("At every stage", "at-every-stage", p.duties.records.map { "Record: " + $0 + "." } + [PlainText.from(html: p.duties.guidance.html)])
            }
            for s in p.stages {
                var facts = stageFacts(participants: s.participants, timescale: s.timescale, previous: "stage", records: s.records, outcome: s.outcome)
                if let next = s.escalatesTo { facts.append("If not resolved: escalate to " + next + ".") }
                facts.append(PlainText.from(html: s.guidance.html))
                add("Stage \(s.number): \(s.title)", s.anchor, facts)
            }
            for sub in p.subProcedures {
                var about: [String] = []
                if let when = sub.appliesWhen { about.append("Applies when " + when + ".") }
                if let t = sub.timescale { about.append("Timescale: " + TimescaleWording.text(t, previous: "step") + ".") }
                if let covered = sub.coveredBy { about.append("Set out in " + covered + ".") }
                about.append(PlainText.from(html: sub.guidance.html))
                add(sub.title, sub.anchor, about)
                for step in sub.steps {
                    var facts = stageFacts(participants: step.participants, timescale: step.timescale, previous: "step", records: step.records, outcome: step.outcome)
                    facts.append(PlainText.from(html: step.guidance.html))
                    add("\(sub.title): Step \(step.number): \(step.title)", step.anchor, facts)
                }
            }
            if !p.categories.isEmpty {
                add("What disagreements are about", "categories", [PlainText.from(html: p.categoriesNote.html), p.categories.joined(separator: "; "),
                                                                   PlainText.from(html: p.categoriesAfter.html)])
            }
            for section in p.sections {
                add(section.title, section.anchor, [PlainText.from(html: section.body.html)])
            }
            if !p.concernTemplate.isEmpty {
                add("Structuring your concern", "concern-template", [PlainText.from(html: p.concernTemplateNote.html)] + p.concernTemplate)
            }
            let reachable = p.contacts.filter { $0.isReachable || $0.url != nil }
            if !reachable.isEmpty {
                let lines: [String] = reachable.map { c in
                    let parts: [String] = [c.name] + [c.email, c.phone, c.note].compactMap { $0 }
                    return parts.joined(separator: ", ") + "."
                }
                add("Contacts", "contacts", lines)
            }
        }
        for term in glossary {
            let heading = term.term + (term.expansion.map { " (\($0))" } ?? "")
            entries.append(Entry(page: "Glossary", heading: heading, url: PagePath.glossary.file + "#" + term.anchor,
                                 text: Self.cut(term.definition), words: Self.words(([heading] + term.aliases + [term.definition]).joined(separator: " "))))
        }
    }

    private func stageFacts(participants: [String], timescale: Timescale, previous: String, records: [String], outcome: String?) -> [String] {
        var out: [String] = ["Who: " + participants.joined(separator: "; ") + "."]
        out.append("Timescale: " + TimescaleWording.text(timescale, previous: previous) + ".")
        for record in records { out.append("Record: " + record + ".") }
        if let outcome { out.append("Outcome: " + outcome + ".") }
        return out
    }

    /// The first `textLength` characters or so, ending at a word.
    static func cut(_ text: String) -> String {
        guard text.count > textLength else { return text }
        let head = text.prefix(textLength)
        let end = head.lastIndex(of: " ") ?? head.endIndex
        return head[..<end].trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    /// Words as the script splits a query: letters and digits, lowercased, accents kept. An
    /// apostrophe, straight or curly, is neither, so it splits words as the query does. Read as
    /// scalars; a combining mark stays with the letter before it, as in the reader's text.
    static func words(_ text: String) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        var word: [UInt8] = []
        func finish() {
            guard !word.isEmpty else { return }
            let w = String(decoding: word, as: UTF8.self)
            word.removeAll(keepingCapacity: true)
            if w.count >= shortestWord, seen.insert(w).inserted { out.append(w) }
        }
        for c in text.lowercased().unicodeScalars {
            let p = c.properties
            if p.isAlphabetic || p.numericType != nil || (!word.isEmpty && Self.continuesCluster(p)) {
                UTF8.encode(c) { word.append($0) }
            } else {
                finish()
            }
        }
        finish()
        return out
    }

    /// A mark or joiner belongs to the letter before it.
    private static func continuesCluster(_ p: Unicode.Scalar.Properties) -> Bool {
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return p.isJoinControl || p.isVariationSelector
        }
    }

    /// The index as the script reads it: `window.escalateSearch = {...};`. Keys are short, as the
    /// file is loaded by every search.
    func script() -> String {
        let items: [[String: Any]] = entries.map { ["p": $0.page, "h": $0.heading, "u": $0.url, "t": $0.text, "w": $0.words.joined(separator: " ")] }
        let json = JSONText.scriptSafe(JSONText.encode(["entries": items, "version": 1]), lineSeparators: true)
        return "/* escalate's search index, made by the build from the procedures: do not edit. */\nwindow.escalateSearch = " + json + ";\n"
    }
}
