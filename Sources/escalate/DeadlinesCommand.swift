import ArgumentParser
import Foundation
import Model
import WorkingDays

struct DeadlinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "List each stage's latest date for a matter raised on a given day.",
        discussion: "Working days skip weekends and the bank holidays of the procedure's calendar (content/calendars/).")

    @OptionGroup var options: ContentOptions

    @Argument(help: "The procedure id, e.g. hips.")
    var procedure: String

    @Option(help: ArgumentHelp("The day the matter was first raised.", valueName: "YYYY-MM-DD"))
    var raised: [String]

    @Option(help: "text, or json (one object per date given).")
    var format: DeadlineFormat = .text

    func validate() throws {
        for date in raised where PolicyDate(date)?.day == nil {
            throw ValidationError("--raised must be a date in YYYY-MM-DD form, not '\(date)'")
        }
    }

    func run() async throws {
        let result = try await options.model(only: [procedure])
        guard let p = result.procedures.first(where: { $0.id == procedure }) else {
            throw CommandFailure("no procedure with id \(procedure); the ids are: \(result.procedures.map(\.id).joined(separator: ", "))")
        }
        guard let calendar = result.calendars.calendar(p.calendar) else {
            throw CommandFailure("the calendar '\(p.calendar)' is not in \(options.content)/calendars")
        }
        if format == .json {
            let all: [[String: Any]] = raised.map { date in
                let start = Day(PolicyDate(date)!)!
                func rows(_ d: [Deadline], _ titles: [String]) -> [[String: Any]] {
                    zip(d, titles).map { row, title in
                        var item: [String: Any] = ["label": row.label, "title": title, "latest": row.latest?.description ?? NSNull(),
                                                   "explanation": row.explanation]
                        if let note = row.timescale.note { item["note"] = note }
                        if !row.alternatives.isEmpty {
                            item["alternatives"] = row.alternatives.map {
                                ["condition": $0.condition, "latest": $0.latest?.description ?? NSNull(), "explanation": $0.explanation] as [String: Any]
                            }
                        }
                        return item
                    }
                }
                // The same steps as the text output: the stages, then each sub-procedure's steps.
                let subProcedures: [[String: Any]] = p.subProcedures.filter { !$0.steps.isEmpty }.map { sub in
                    var item: [String: Any] = ["title": sub.title, "anchor": sub.anchor,
                                               "steps": rows(Deadlines.compute(sub.steps.map { ("Step \($0.number)", $0.timescale) }, raised: start, calendar: calendar), sub.steps.map(\.title))]
                    if let limit = sub.timescale, let whole = Deadlines.compute([("Whole process", limit)], raised: start, calendar: calendar).first {
                        item["wholeProcess"] = ["latest": whole.latest?.description ?? NSNull(), "explanation": whole.explanation] as [String: Any]
                    }
                    return item
                }
                return ["procedure": p.id, "raised": date,
                        "stages": rows(Deadlines.compute(p.stages.map { ("Stage \($0.number)", $0.timescale) }, raised: start, calendar: calendar), p.stages.map(\.title)),
                        "subProcedures": subProcedures]
            }
            let data = try JSONSerialization.data(withJSONObject: all, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        guard raised.count == 1 else { throw CommandFailure("give one --raised date, or use --format json for several") }
        let start = Day(PolicyDate(raised[0])!)!
        var text = "\(p.title)\nRaised: \(DayFormat.long(start)). Working days follow the \(p.calendar) calendar.\n"
        if p.stageListing == .notListed {
            text += "\n\(p.stagesNote ?? "The source does not list its stages.")\n"
        }
        var latest: [Day] = []
        func table(_ heading: String?, _ titles: [String], _ rows: [Deadline]) {
            if let heading { text += "\n\(heading)\n" } else { text += "\n" }
            let names = zip(rows, titles).map { "\($0.label): \($1)" }
            let width = names.map(\.count).max() ?? 0
            let dates = rows.map { $0.latest.map(DayFormat.long) ?? "no fixed date" }
            let dateWidth = dates.map(\.count).max() ?? 0
            for (row, (name, date)) in zip(rows, zip(names, dates)) {
                text += name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + date.padding(toLength: dateWidth, withPad: " ", startingAt: 0) + "  " + row.explanation + "\n"
                if let d = row.latest { latest.append(d) }
                for alternative in row.alternatives {
                    // "or, where a child is at risk: immediately"; with a date, the date and how it is counted.
                    text += String(repeating: " ", count: width + 2) + "or, \(alternative.condition): "
                        + (alternative.latest.map { DayFormat.long($0) + "  " + alternative.explanation } ?? alternative.explanation.lowercasedFirstLetter) + "\n"
                    if let d = alternative.latest { latest.append(d) }
                }
            }
        }
        if !p.stages.isEmpty {
            table(nil, p.stages.map(\.title),
                  Deadlines.compute(p.stages.map { ("Stage \($0.number)", $0.timescale) }, raised: start, calendar: calendar))
        }
        for sub in p.subProcedures where !sub.steps.isEmpty {
            table(sub.title, sub.steps.map(\.title),
                  Deadlines.compute(sub.steps.map { ("Step \($0.number)", $0.timescale) }, raised: start, calendar: calendar))
            if let limit = sub.timescale,
               let whole = Deadlines.compute([("Whole process", limit)], raised: start, calendar: calendar).first, let d = whole.latest {
                text += "Whole process: \(DayFormat.long(d))  \(whole.explanation)\n"
                latest.append(d)
            }
        }
        if let note = p.timescaleNote { text += "\n\(note)\n" }
        FileHandle.standardOutput.write(Data(text.utf8))
        if latest.contains(where: { !calendar.covers($0) }) || !calendar.covers(start) {
            FileHandle.standardError.write(Data("warning: the \(p.calendar) calendar has bank holidays for \(calendar.firstYear)–\(calendar.lastYear) only; dates outside those years skip weekends but not bank holidays\n".utf8))
        }
    }
}

enum DeadlineFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

private extension String {
    var lowercasedFirstLetter: String { (first.map { String($0).lowercased() } ?? "") + dropFirst() }
}
