import Foundation
import Diagnostics
import CmarkGFM
import Model
import TextTools

/// Reads the Markdown body: the headings that carry structure (stages, urgent routes,
/// sub-procedures, categories, concern template) and the prose between them.
struct BodyReader {
    let text: SourceText
    /// File line of the body's first line.
    let firstLine: Int
    let frontMatter: FrontMatter
    let options: MarkdownOptions
    private var slugs: [Int: String] = [:]

    init(text: SourceText, firstLine: Int, frontMatter: FrontMatter, options: MarkdownOptions = MarkdownOptions()) {
        self.text = text
        self.firstLine = firstLine
        self.frontMatter = frontMatter
        self.options = options
    }

    /// cmark counts columns in bytes; people and editors count characters, and policy text is
    /// full of curly quotes and dashes, so the column is converted.
    func location(_ line: Int, _ column: Int) -> SourceLocation {
        let fileLine = line + firstLine - 1
        return text.location(line: fileLine, column: text.characterColumn(line: fileLine, byteColumn: column))
    }

    private func location(of node: MarkdownNode) -> SourceLocation {
        location(node.startLine, node.startColumn)
    }

    mutating func read(_ body: String, into diagnostics: inout [Diagnostic]) -> BodyParts {
        let parsed = MarkdownParser(options: options).parseDocument(body)
        let document = parsed.root
        diagnostics += swallowingHTML(in: document)
        diagnostics += droppedHTML(in: document)
        if let deep = parsed.tooDeep {
            diagnostics.append(.error(.markdownDepth, at: location(deep.line, deep.column),
                "blocks are nested more than \(MarkdownParser.maximumDepth) levels deep here; escalate reads no deeper",
                help: "remove the extra '>' or list markers so the text is nested only as far as it needs"))
        }
        if let table = parsed.tableExcess {
            let (what, help): (String, String)
            switch table.kind {
            case .filledCells(let columns, let cells, let limit):
                what = "this table's rows would need \(cells) empty cells to match its \(columns) columns, more than escalate fills (\(limit))"
                help = "give the table only the columns it uses, or write out every cell of each row"
            case .cellsInLine(let cells):
                what = "this line of a table has \(cells) cells, more than escalate reads in one line (\(TableCost.cellsPerLine))"
                help = "give the table only the columns it uses; write a '|' that is not a column break as '\\|'"
            case .rereading:
                what = "lines like a table's delimiter row ('|---|---|') follow each other in one paragraph without making a table"
                help = "put a blank line before each table, and give its header row as many cells as its delimiter row"
            }
            diagnostics.append(.error(.markdownTable, at: location(table.line, 1), what + "; the file's tables are read as text", help: help))
        }
        var parts = BodyParts()
        let all = document.descendants()
        let headings = all.filter { $0.kind == .heading }
        for (heading, slug) in zip(headings, Slug.unique(headings.map(githubText))) {
            slugs[heading.startLine] = slug
            // A stage is linked to as #stage-N, the id the pages give it, not by its heading's slug.
            if case .stage = HeadingKind.classify(heading.plainText), heading.headingLevel == 2 { continue }
            parts.anchors.insert(slug)
        }
        for node in all where node.kind == .link || node.kind == .image {
            parts.links.append(.init(destination: node.destination, location: location(of: node)))
        }

        // cmark-gfm gathers footnote definitions at the end of the document; they are published
        // once, at the end of the page, not as part of whichever section comes last.
        let footnoteBlocks = document.children.filter { $0.kind == .footnoteDefinition }
        parts.footnotes = Prose(markdown: markdown(of: footnoteBlocks), line: footnoteBlocks.first.map { fileLine($0.startLine) } ?? 0,
                                html: parsed.footnotesHTML)
        var blocks = document.children.filter { $0.kind != .footnoteDefinition }
        if let first = blocks.first, first.kind == .heading, first.headingLevel == 1 {
            parts.title = first.plainText.trimmingCharacters(in: .whitespaces)
            parts.titleLocation = location(of: first)
            blocks.removeFirst()
        }
        let groups = BodyGroup.split(blocks, level: 2, slugs: slugs)
        parts.introduction = prose(groups[0].blocks)
        parts.firstParagraph = groups[0].blocks.first { $0.kind == .paragraph }?.plainText ?? ""
        for block in groups[0].blocks where block.kind == .heading {
            misplaced(block, into: &diagnostics)
        }

        for group in groups.dropFirst() {
            guard let heading = group.heading else { continue }
            for block in group.blocks where block.kind == .heading && block.headingLevel > 2 {
                if case .stage = HeadingKind.classify(block.plainText) { misplaced(block, into: &diagnostics) }
            }
            switch HeadingKind.classify(group.title) {
            case .stage(let number, let title, let separated):
                // Stage 0 is reported with the other numbering problems; only absurd numbers stop here.
                guard number <= ProcedureLimits.stages else {
                    diagnostics.append(.error(.stageNumber, at: location(of: heading),
                        "Stage \(Self.shortNumber(number)) is out of range: stages are numbered from 1 to at most \(ProcedureLimits.stages)",
                        help: "number the stages 1, 2, 3, … in order"))
                    continue
                }
                if !separated {
                    diagnostics.append(.error(.stageHeading, at: location(of: heading),
                        "the stage heading '\(group.title)' has no colon after the number",
                        help: "write it as '## Stage \(number): \(title)'"))
                }
                if let stage = readStage(number: number, title: title, group, into: &diagnostics) {
                    parts.stages.append(stage)
                    parts.anchors.insert(stage.stage.anchor)
                }
            case .urgent(let title):
                if let route = readRoute(title: title, urgent: true, group, into: &diagnostics) { parts.routes.append(route) }
            case .route(let title):
                if let route = readRoute(title: title, urgent: false, group, into: &diagnostics) { parts.routes.append(route) }
            case .duties:
                if parts.dutiesLocation != nil {
                    diagnostics.append(.error(.factRepeated, at: location(of: heading), "'At every stage' appears more than once",
                                              help: "keep one '## At every stage' section with every duty that holds at each stage"))
                }
                parts.dutiesLocation = location(of: heading)
                (parts.duties, parts.dutyNotifications, _) = readDuties(group, into: &diagnostics)
            case .subProcedure(let title):
                if let (sub, located) = readSubProcedure(title: title, group, into: &diagnostics) {
                    parts.subProcedures.append(sub)
                    parts.locatedSubProcedures.append(located)
                    parts.subProcedureHeadings[sub.anchor] = location(of: heading)
                }
            case .step:
                diagnostics.append(.error(.misplacedHeading, at: location(of: heading),
                    "'\(group.title)' is a step heading outside a sub-procedure",
                    help: "put steps as '### Step N: …' under a '## Sub-procedure: …' heading"))
            case .categories:
                (parts.categories, parts.categoriesNote, parts.categoriesAfter) = items(of: group, what: "categories", into: &diagnostics)
            case .concernTemplate:
                (parts.concernTemplate, parts.concernTemplateNote, parts.concernTemplateAfter) = items(of: group, what: "the concern template", into: &diagnostics)
            case .section:
                parts.sections.append(Section(title: group.title, anchor: group.slug, body: prose(group.blocks),
                                              titleHtml: group.heading.map(Self.headingContent)))
            }
        }
        resolveOutcomes(&parts, into: &diagnostics)
        return parts
    }

    /// Where each stated outcome and route leads, now that every stage, route and
    /// sub-procedure is known; the implied outcomes where a stage or step states none.
    private func resolveOutcomes(_ parts: inout BodyParts, into diagnostics: inout [Diagnostic]) {
        let stageNumbers = Set(parts.stages.map(\.stage.number))
        let routes = parts.routes.map(\.route)
        let resolver = OutcomeTarget(stages: stageNumbers, routes: routes.map { ($0.title, $0.anchor) },
                                     subProcedures: parts.subProcedures.map { ($0.title, $0.anchor) })
        let last = parts.stages.map(\.stage.number).max()
        for i in parts.stages.indices {
            let number = parts.stages[i].stage.number
            let raw = parts.stages[i].outcomes
            parts.stages[i].stage.outcomes = raw.isEmpty
                ? Outcome.implied(afterStage: number, isLast: number == last)
                : raw.compactMap { resolver.resolve($0, steps: nil, into: &diagnostics) }
        }
        for i in parts.routes.indices {
            if let raw = parts.routes[i].leadsTo {
                parts.routes[i].route.leadsTo = resolver.resolve(raw, steps: nil, into: &diagnostics)?.next
            }
        }
        for (s, located) in zip(parts.subProcedures.indices, parts.locatedSubProcedures) {
            let steps = parts.subProcedures[s].steps
            let numbers = Dictionary(steps.map { ($0.number, $0.anchor) }, uniquingKeysWith: { a, _ in a })
            for (j, step) in steps.enumerated() {
                let raw = located.steps.first { $0.number == step.number }?.outcomes ?? []
                parts.subProcedures[s].steps[j].outcomes = raw.isEmpty
                    ? Outcome.implied(afterStep: step.number, isLast: j == steps.count - 1,
                                      anchorOfNext: j + 1 < steps.count ? steps[j + 1].anchor : nil)
                    : raw.compactMap { resolver.resolve($0, steps: numbers, into: &diagnostics) }
            }
        }
    }

    private func misplaced(_ heading: MarkdownNode, into diagnostics: inout [Diagnostic]) {
        guard case .stage = HeadingKind.classify(heading.plainText) else { return }
        diagnostics.append(.error(.misplacedHeading, at: location(of: heading),
            "'\(heading.plainText)' looks like a stage but is not a level-2 heading, so it is read as prose",
            help: "write stage headings as '## Stage N: Title'"))
    }

    /// `blocks` as published: cmark-gfm's HTML of exactly these nodes of the one parse, the
    /// ids of the headings among them, and their Markdown source for the model's JSON.
    private func prose(_ blocks: [MarkdownNode]) -> Prose {
        guard !blocks.isEmpty else { return Prose() }
        let ids = blocks.flatMap { block in
            ([block] + block.descendants()).filter { $0.kind == .heading }.compactMap { slugs[$0.startLine] }
        }
        let start = blocks.map(\.startLine).first { $0 > 0 }.map(fileLine) ?? 0
        return Prose(markdown: markdown(of: blocks), line: start, html: blocks.map(\.html).joined(), headingIDs: ids)
    }

    /// The source lines the blocks span. cmark gives some blocks no position (a table straight
    /// after a paragraph starts at line 0), so only real positions count.
    private func markdown(of blocks: [MarkdownNode]) -> String {
        let starts = blocks.map(\.startLine).filter { $0 > 0 }
        let ends = blocks.map { max($0.endLine, $0.startLine) }.filter { $0 > 0 }
        guard let first = starts.min(), let last = ends.max() else { return "" }
        return text.slice(lines: fileLine(first), fileLine(last)).trimmingCharacters(in: .newlines)
    }

    private func fileLine(_ bodyLine: Int) -> Int {
        bodyLine + firstLine - 1
    }

    /// A heading's words as GitHub reads them when it makes the heading's id: the text of its
    /// rendering, where an image gives nothing, a line break is a newline and a footnote
    /// reference is its number. GitHub has no smart punctuation; quotes do not matter (ids drop
    /// them either way), but SMART's dashes and ellipses stand for hyphens and dots GitHub keeps
    /// or drops differently, so a heading that has them is read again, alone, without SMART.
    /// Only those few headings are parsed twice, never the file.
    private func githubText(_ heading: MarkdownNode) -> String {
        let words = Self.renderedText(heading)
        guard words.contains(where: { "\u{2013}\u{2014}\u{2026}".contains($0) }) else { return words }
        var plain = options
        plain.smartPunctuation = false
        let source = text.slice(lines: fileLine(heading.startLine), fileLine(max(heading.endLine, heading.startLine)))
        return MarkdownParser(options: plain).headingTexts(source).first ?? words
    }

    private static func renderedText(_ node: MarkdownNode) -> String {
        var out = ""
        for child in node.children {
            switch child.kind {
            case .text, .code, .footnoteReference: out += child.literal
            case .softBreak, .lineBreak: out += "\n"
            case .image, .htmlInline: continue
            default: out += renderedText(child)
            }
        }
        return out
    }

    /// An HTML block (a comment, say) runs until its own end marker, or to the end of the file,
    /// and everything inside it is hidden from the page and from the structure: an unclosed
    /// `<!--` would swallow every stage after it without a word. Such blocks are errors.
    private func swallowingHTML(in document: MarkdownNode) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for block in document.descendants() where block.kind == .htmlBlock {
            let at = location(block.startLine, block.startColumn)
            let lines = block.literal.split(separator: "\n", omittingEmptySubsequences: false)
            let comment = block.literal.hasPrefix("<!--")
            // A comment closed with `-->` hides what it holds on purpose (a draft section).
            if comment && block.literal.contains("-->") { continue }
            if !comment, let heading = lines.dropFirst().firstIndex(where: { Self.looksLikeHeading($0) }) {
                out.append(.error(.htmlBlock, at: at,
                    "the HTML that starts here runs on over the heading '\(lines[heading].trimmingCharacters(in: .whitespaces).prefix(80))', which is then hidden",
                    help: "close the comment with '-->' (or end the HTML with a blank line) before the heading"))
            } else if comment {
                out.append(.error(.htmlBlock, at: at, "this HTML comment is never closed, so everything after it is hidden",
                                  help: "close it with '-->' where the comment ends"))
            }
        }
        return out
    }

    /// Raw HTML is not published unless the site allows it; a phone number inside a `<div>`
    /// would vanish from a safeguarding page without a word, so each piece dropped is said.
    /// Comments are the author's notes and are dropped quietly.
    private func droppedHTML(in document: MarkdownNode) -> [Diagnostic] {
        guard !options.allowRawHTML else { return [] }
        return document.descendants().filter { ($0.kind == .htmlBlock || $0.kind == .htmlInline) && !$0.literal.hasPrefix("<!--") }.map { node in
            .warning(.rawHTMLDropped, at: location(node.startLine, node.startColumn),
                     "this HTML is not published: '\(node.literal.trimmingCharacters(in: .whitespacesAndNewlines).prefix(60))'",
                     help: "write it in Markdown instead, or set 'allow-raw-html: true' in site.yml to publish HTML that passes its allow-list")
        }
    }

    /// `## Stage 3: …` and the like: an ATX heading line.
    static func looksLikeHeading(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3 else { return false }
        let hashes = trimmed.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return false }
        let rest = trimmed.dropFirst(hashes.count)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    /// A number as it may appear in a message: an absurd one is not printed in full.
    static func shortNumber(_ n: Int) -> String {
        n >= ProcedureLimits.beyondAnyLimit ? "with a number of more than six digits" : String(n)
    }

    /// `<h2>The <em>role</em></h2>` → `The <em>role</em>`.
    static func headingContent(_ heading: MarkdownNode) -> String {
        var html = heading.html.trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<h"), let close = html.firstIndex(of: ">") { html = String(html[html.index(after: close)...]) }
        if let end = html.range(of: "</h", options: .backwards) { html = String(html[..<end.lowerBound]) }
        return html
    }

    /// The leading fact list of a group, or an error saying it is missing.
    private func facts(_ group: BodyGroup, known: [String], context: String,
                       into diagnostics: inout [Diagnostic]) -> (FactTable, [MarkdownNode])? {
        let heading = group.heading.map { location(of: $0) } ?? text.location(line: firstLine)
        guard let first = group.blocks.first,
              let list = Fact.list(from: first, at: { self.location($0, $1) }, into: &diagnostics) else {
            diagnostics.append(.error(.missingFactList, at: heading, "\(context) has no fact list under its heading",
                help: "start the section with a list of labelled facts, e.g. '- **Who:** …' and '- **Timescale:** …'"))
            return nil
        }
        return (FactTable(list, known: known, context: context, into: &diagnostics), Array(group.blocks.dropFirst()))
    }

    /// The facts a stage and a sub-procedure's step share, read the same way for both.
    private struct StageFacts {
        var who: Fact?
        var timescale: Timescale?
        var timescaleLocation: SourceLocation?
        var settings: [Stage.Setting] = []
        var startsWhen: String?
        var escalatesTo: String?
        var records: [String] = []
        var notifications: [NotificationDuty] = []
        var notificationLocations: [SourceLocation] = []
        var members: [String] = []
        var outcome: String?
        var outcomes: [BodyParts.RawOutcome] = []
    }

    private func readStageFacts(_ table: FactTable, context: String, heading: SourceLocation,
                                previous: String, into diagnostics: inout [Diagnostic]) -> StageFacts {
        var facts = StageFacts()
        facts.who = table.required("Who", context: context, at: heading, list: true, into: &diagnostics)
        let timescaleFact = table.required("Timescale", context: context, at: heading, into: &diagnostics)
        facts.timescale = parseTimescale(timescaleFact, into: &diagnostics)
        facts.timescaleLocation = timescaleFact?.valueLocation
        if let fact = table.one("Type", context: context, list: true, into: &diagnostics) {
            // "internal, then inter-agency": a setting that changes within the stage, in order.
            let values = fact.list.flatMap { $0.components(separatedBy: " then ") }
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,")).lowercased() }.filter { !$0.isEmpty }
            for value in values {
                if let s = Stage.Setting(rawValue: value) {
                    facts.settings.append(s)
                } else {
                    diagnostics.append(.error(.factValue, at: fact.valueLocation, "'\(value)' is not a stage type",
                        help: Suggestion.help(for: value, in: Stage.Setting.allCases.map(\.rawValue), kind: "stage types")
                            + "; for a setting that changes within the stage, give them in order: 'internal; inter-agency'"))
                }
            }
        }
        facts.startsWhen = table.one("Starts when", context: context, into: &diagnostics)?.value
        facts.escalatesTo = table.one("Escalates to", context: context, into: &diagnostics)?.value
        facts.records = table.all("Record").flatMap(\.list)
        (facts.notifications, facts.notificationLocations) = notifications(table, context: context, into: &diagnostics)
        facts.members = table.one("Members", context: context, list: true, into: &diagnostics)?.list ?? []
        facts.outcome = table.one("Outcome", context: context, into: &diagnostics)?.value
        if let fact = table.one("Outcomes", context: context, list: true, into: &diagnostics) {
            facts.outcomes = rawOutcomes(fact, context: context, into: &diagnostics)
        }
        return facts
    }

    /// `- **Notify:** what is sent` with nested `To`, `By`, `How`, `When`, for a stage, a step or
    /// the whole procedure.
    private func notifications(_ table: FactTable, context: String,
                               into diagnostics: inout [Diagnostic]) -> ([NotificationDuty], [SourceLocation]) {
        var notifications: [NotificationDuty] = []
        var locations: [SourceLocation] = []
        let oneRecipient = "give one recipient per Notify item; for another recipient, repeat the Notify item"
        for fact in table.all("Notify") {
            let sub = FactTable(fact.subFacts, known: ProcedureReader.notifyFacts, context: "a Notify item", into: &diagnostics)
            if !fact.values.isEmpty {
                diagnostics.append(.error(.factUnlabelled, at: fact.location, "the Notify item in \(context) has unlabelled nested items",
                                          help: "nested items under Notify must be labelled: To, By, How, When"))
            }
            let to = sub.one("To", context: "a Notify item", help: oneRecipient, into: &diagnostics)
            if to == nil || to?.value.isEmpty == true {
                diagnostics.append(.error(.notifyContact, at: fact.location,
                    "the notification duty in \(context) names no recipient",
                    help: "add a nested item '  - **To:** …': a contact id from 'contacts' in the front matter, 'partnership' for each partnership's own contact, or a role such as 'the conference chair'"))
            } else if let to, to.value.contains(";") {
                diagnostics.append(.error(.notifyContact, at: to.valueLocation, "a Notify item names more than one recipient: '\(to.value)'",
                                          help: oneRecipient))
            }
            if fact.value.isEmpty {
                diagnostics.append(.error(.missingFact, at: fact.location, "the notification duty in \(context) does not say what is sent",
                                          help: "write it after the label: '- **Notify:** details of the disagreement and its outcome'"))
            }
            // An id-shaped value names a contact (and a misspelt one is reported); words are a role.
            let value = to?.value ?? ""
            let isRole = value.contains(" ")
            notifications.append(NotificationDuty(
                what: fact.value, to: isRole ? nil : value, role: isRole ? value : nil,
                by: sub.one("By", context: "a Notify item", into: &diagnostics)?.value,
                how: sub.one("How", context: "a Notify item", into: &diagnostics)?.value,
                when: sub.one("When", context: "a Notify item", into: &diagnostics)?.value))
            locations.append(to?.valueLocation ?? fact.location)
        }
        return (notifications, locations)
    }

    /// `- **Outcomes:**` with one nested item per way the stage can end: `resolved → end`,
    /// `not resolved → Stage 4`, `referred → sub-procedure: Resolution panel`. Where each leads is
    /// resolved once the whole file is read, since it may name a route or sub-procedure below.
    private func rawOutcomes(_ fact: Fact, context: String, into diagnostics: inout [Diagnostic]) -> [BodyParts.RawOutcome] {
        var out: [BodyParts.RawOutcome] = []
        if fact.values.isEmpty {
            diagnostics.append(.error(.outcome, at: fact.location, "'Outcomes' in \(context) lists no outcomes",
                help: "give one nested item per outcome, each 'condition -> where it leads': '  - resolved -> end', '  - not resolved -> Stage 3'"))
        }
        for (value, at) in zip(fact.values, fact.valueLocations) {
            let arrow = value.range(of: "→") ?? value.range(of: "->")
            guard let arrow else {
                diagnostics.append(.error(.outcome, at: at, "the outcome '\(ProcedureChecks.short(value))' does not say where it leads",
                    help: "write it as 'condition -> where it leads', e.g. 'not resolved -> Stage 3'; a destination is 'end', 'Stage N', 'Step N', 'sub-procedure: <title>', 'route: <title>' or 'external: <body>'"))
                continue
            }
            let when = value[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
            let target = value[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
            if when.isEmpty || target.isEmpty {
                diagnostics.append(.error(.outcome, at: at, "the outcome '\(ProcedureChecks.short(value))' needs a condition before the arrow and a destination after it",
                    help: "e.g. 'not resolved -> Stage 3'"))
                continue
            }
            out.append(.init(when: when, target: target, location: at))
        }
        return out
    }

    private func readStage(number: Int, title: String, _ group: BodyGroup,
                           into diagnostics: inout [Diagnostic]) -> BodyParts.LocatedStage? {
        let context = "Stage \(number)"
        let headingLocation = location(of: group.heading!)
        if title.isEmpty {
            diagnostics.append(.error(.stageHeading, at: headingLocation, "\(context) has no title",
                                      help: "write the heading as '## Stage \(number): Title'"))
        }
        guard let (table, rest) = facts(group, known: ProcedureReader.stageFacts, context: context, into: &diagnostics) else {
            return nil
        }
        let f = readStageFacts(table, context: context, heading: headingLocation, previous: "stage", into: &diagnostics)
        // A stage with a missing or unreadable fact is kept (the error is already reported), so
        // that the stages after it are not reported as out of order and links to it still resolve.
        let stage = Stage(
            number: number, title: title, settings: f.settings, startsWhen: f.startsWhen, participants: f.who?.list ?? [],
            escalatesTo: f.escalatesTo, timescale: f.timescale ?? Timescale(kind: .none), records: f.records,
            notifications: f.notifications, members: f.members, outcome: f.outcome, guidance: prose(rest))
        return BodyParts.LocatedStage(stage: stage, heading: headingLocation, timescale: f.timescaleLocation ?? headingLocation,
                                      notifications: f.notificationLocations, complete: f.who != nil && f.timescale != nil,
                                      hadUnknownFacts: table.hadUnknown, outcomes: f.outcomes)
    }

    /// `## Urgent: …` (a route that bypasses the stages) or `## Route: …` (any kind of route).
    private func readRoute(title: String, urgent: Bool, _ group: BodyGroup,
                           into diagnostics: inout [Diagnostic]) -> BodyParts.LocatedRoute? {
        let context = urgent ? "the urgent route '\(title)'" : "the route '\(title)'"
        let headingLocation = location(of: group.heading!)
        guard let (table, rest) = facts(group, known: ProcedureReader.routeFacts, context: context, into: &diagnostics) else {
            return nil
        }
        let when = table.required("When", context: context, at: headingLocation, into: &diagnostics)
        let contact = table.required("Contact", context: context, at: headingLocation, list: true, into: &diagnostics)
        // A route's time runs from when the concern arises, so "within one working day" needs no anchor.
        let timescale = parseTimescale(table.one("Timescale", context: context, into: &diagnostics), startingAtRaised: true, into: &diagnostics)
        var kind = Route.Kind.other
        if let fact = table.one("Kind", context: context, into: &diagnostics) {
            if let k = Route.Kind(rawValue: fact.value.lowercased()) { kind = k } else {
                diagnostics.append(.error(.factValue, at: fact.valueLocation, "'\(fact.value)' is not a kind of route",
                    help: Suggestion.help(for: fact.value.lowercased(), in: Route.Kind.allCases.map(\.rawValue), kind: "kinds of route")))
            }
        }
        var relation = Route.Relation.bypasses
        if let fact = table.one("Relation", context: context, into: &diagnostics) {
            if let r = Route.Relation(rawValue: fact.value.lowercased()) {
                relation = r
                if urgent && r != .bypasses {
                    diagnostics.append(.error(.factValue, at: fact.valueLocation,
                        "an urgent route bypasses the stages, but \(context) says '\(fact.value)'",
                        help: "write the heading as '## Route: \(title)' for a route that runs \(r == .alongside ? "alongside" : "instead of") the stages"))
                }
            } else {
                diagnostics.append(.error(.factValue, at: fact.valueLocation, "'\(fact.value)' is not how a route relates to the stages",
                    help: Suggestion.help(for: fact.value.lowercased(), in: Route.Relation.allCases.map(\.rawValue), kind: "relations")
                        + " ('bypasses': skips the stages; 'alongside': as well as them; 'instead': in place of them)"))
            }
        }
        let leadsTo = table.one("Leads to", context: context, into: &diagnostics)
        guard let when, let contact else { return nil }
        let route = Route(title: title, anchor: group.slug, kind: kind, relation: relation, when: when.value,
                          contacts: contact.list, timescale: timescale, guidance: prose(rest))
        return BodyParts.LocatedRoute(route: route, heading: headingLocation,
                                      leadsTo: leadsTo.map { .init(when: "", target: $0.value, location: $0.valueLocation) })
    }

    /// `## At every stage`: recording and notification duties written once for the whole procedure.
    private func readDuties(_ group: BodyGroup, into diagnostics: inout [Diagnostic]) -> (StandingDuties, [SourceLocation], Prose) {
        let context = "'At every stage'"
        guard let (table, rest) = facts(group, known: ProcedureReader.dutyFacts, context: context, into: &diagnostics) else {
            return (StandingDuties(), [], Prose())
        }
        let (notifications, locations) = notifications(table, context: context, into: &diagnostics)
        return (StandingDuties(records: table.all("Record").flatMap(\.list), notifications: notifications, guidance: prose(rest)), locations, prose(rest))
    }

    private func readSubProcedure(title: String, _ group: BodyGroup,
                                  into diagnostics: inout [Diagnostic]) -> (SubProcedure, BodyParts.LocatedSubProcedure)? {
        let context = "the sub-procedure '\(title)'"
        let headingLocation = location(of: group.heading!)
        let stepGroups = BodyGroup.split(group.blocks, level: 3, slugs: slugs)
        let head = BodyGroup(heading: group.heading, slug: group.slug, blocks: stepGroups[0].blocks)
        guard let (table, rest) = facts(head, known: ProcedureReader.subProcedureFacts, context: context, into: &diagnostics) else {
            return nil
        }
        // A limit on the whole process counts from when the matter is raised: "within 72 hours".
        let overall = parseTimescale(table.one("Timescale", context: context, into: &diagnostics), startingAtRaised: true, into: &diagnostics)
        var sub = SubProcedure(
            title: title, anchor: group.slug,
            appliesWhen: table.one("Applies when", context: context, into: &diagnostics)?.value,
            timescale: overall,
            coveredBy: table.one("Covered by", context: context, into: &diagnostics)?.value,
            guidance: prose(rest))
        var located = BodyParts.LocatedSubProcedure(heading: headingLocation)
        var expected = 1
        for stepGroup in stepGroups.dropFirst() {
            let stepLocation = location(of: stepGroup.heading!)
            guard case .step(let number, let stepTitle, let separated) = HeadingKind.classify(stepGroup.title) else {
                // Other level-3 headings are guidance inside the sub-procedure.
                continue
            }
            guard number <= ProcedureLimits.steps else {
                diagnostics.append(.error(.stepOrder, at: stepLocation,
                    "Step \(Self.shortNumber(number)) of \(context) is out of range: steps are numbered from 1 to at most \(ProcedureLimits.steps)",
                    help: "number steps 1, 2, 3, … in order"))
                continue
            }
            if !separated {
                diagnostics.append(.error(.stageHeading, at: stepLocation, "the step heading '\(stepGroup.title)' has no colon after the number",
                                          help: "write it as '### Step \(number): \(stepTitle)'"))
            }
            if number != expected {
                diagnostics.append(.error(.stepOrder, at: stepLocation,
                    "Step \(number) of \(context) should be Step \(expected)", help: "number steps 1, 2, 3, … in order"))
            }
            expected = number + 1
            let stepContext = "Step \(number) of \(context)"
            guard let (stepTable, stepRest) = facts(stepGroup, known: ProcedureReader.stepFacts, context: stepContext,
                                                    into: &diagnostics) else { continue }
            let f = readStageFacts(stepTable, context: stepContext, heading: stepLocation, previous: "step", into: &diagnostics)
            guard let who = f.who, let ts = f.timescale else { continue }
            sub.steps.append(.init(number: number, title: stepTitle, anchor: stepGroup.slug, settings: f.settings,
                                   startsWhen: f.startsWhen, participants: who.list, timescale: ts, records: f.records,
                                   notifications: f.notifications, members: f.members, outcome: f.outcome,
                                   guidance: prose(stepRest)))
            located.steps.append(.init(number: number, notifications: f.notificationLocations, outcomes: f.outcomes))
        }
        if sub.steps.isEmpty && sub.coveredBy == nil && stepGroups.count == 1 {
            diagnostics.append(.error(.subProcedureEmpty, at: headingLocation, "\(context) has neither steps nor 'Covered by'",
                help: "add '### Step 1: …' headings with their facts, or '- **Covered by:** <the document that sets it out>'"))
        }
        return (sub, located)
    }

    /// The items of the first list in a group (categories, template questions), and the prose
    /// before and after it, each kept on its side of the list ("the list is not exhaustive" reads
    /// after the list, as written).
    private func items(of group: BodyGroup, what: String, into diagnostics: inout [Diagnostic]) -> ([String], Prose, Prose) {
        guard let index = group.blocks.firstIndex(where: { $0.kind == .list }) else {
            diagnostics.append(.error(.missingFactList, at: location(of: group.heading!), "\(what) has no list",
                                      help: "write one item per line, each starting with '- '"))
            return ([], prose(group.blocks), Prose())
        }
        let list = group.blocks[index]
        return (list.children.map { $0.plainText.trimmingCharacters(in: .whitespacesAndNewlines) },
                prose(Array(group.blocks[..<index])), prose(Array(group.blocks[(index + 1)...])))
    }

    /// - Parameter startingAtRaised: for a route or a whole process, whose time runs from when
    ///   the concern arises, so "within one working day" needs no "from …".
    private func parseTimescale(_ fact: Fact?, startingAtRaised: Bool = false, into diagnostics: inout [Diagnostic]) -> Timescale? {
        guard let fact else { return nil }
        if startingAtRaised, case .failure(.noAnchor) = TimescaleParser.parse(fact.value),
           case .success(let t) = TimescaleParser.parse(fact.value + " from the date raised") {
            return t
        }
        switch TimescaleParser.parse(fact.value) {
        case .success(let t):
            return t
        case .failure(let failure):
            diagnostics.append(.error(.timescale, at: fact.valueLocation, TimescaleParser.message(for: failure),
                                      help: TimescaleParser.help))
            return nil
        }
    }
}
