import TextTools
import Model
import WorkingDays

/// The plain-language note published with the tables: what was counted, over which period,
/// with which calendar, how compliance was measured, the suppression rule and symbols, what
/// was merged or pooled and why, and the records left out.
struct MethodsNote {
    var builder: StatisticsBuilder
    var period: ReportingPeriod
    var tallies: StatisticsAggregator
    var choices: [(String, StatisticsBuilder.Choice)]
    /// Partnerships whose quarters are not published.
    var quartersWithheld: [String] = []
    /// Why the tables of the stage at which escalations were resolved were left out, if they were.
    struct LeftOut: Sendable, Hashable {
        enum Reason: Sendable, Hashable { case allResolved, fewOpenAtAStage }
        var period: String
        var because: Reason
    }
    var resolvedStageLeftOut: LeftOut?
    /// Partnerships of the procedures with no escalation in the log, left out of every figure.
    var absent: [String] = []
    /// Financial years the log covers only part of.
    var partialYears: [FinancialYear] = []
    var breakdownTitles: [String: String]
    var audit: StatisticsPublication.Audit
    /// Reasons with their published count (nil: suppressed).
    var excluded: [(String, Int?)]
    var excludedTotal: Int?

    /// The validation problems a row can be left out for, as a reader would say them.
    static let problemWords: [String: String] = [
        "case-log-date": "a date that could not be read",
        "case-log-date-order": "dates out of order",
        "case-log-duplicate": "a case listed twice",
        "case-log-missing-value": "a required value missing",
        "case-log-stage-beyond": "a stage the procedure does not have",
        "case-log-stage-skipped": "a stage skipped",
        "case-log-unknown": "an agency, category, outcome or partnership not recognised",
    ]

    var paragraphs: [String] {
        let rule = builder.settings.rule
        var out: [String] = []
        if builder.synthetic {
            out.append("These statistics are made from a synthetic log: every escalation in it is invented, to show how the figures are published. They describe no real child, practitioner or agency.")
        }
        var counted = "The tables count the escalations in each partnership's log that were raised from \(period.months) (\(period.label)), by the day each was raised."
        if let latest = tallies.latestDay {
            counted += " Each case is described as the log shows it; the latest date in the log is in \(DayFormat.month(latest)), so a case counted as open may have been resolved since."
        }
        out.append(counted)
        let later = tallies.firstStageHeld.filter { $0.value > 1 }.sorted { $0.key < $1.key }
        if !later.isEmpty {
            out.append("A partnership's log holds only the escalations that reach the stage at which the partnership is told: " +
                       later.map { "\(name($0.key))'s log begins at stage \($0.value)" }.joined(separator: "; ") + ". Earlier stages are not counted.")
        }
        let calendars = Set(builder.procedures.map(\.calendar)).sorted()
        out.append("Working days leave out Saturdays, Sundays and the bank holidays and closure days of the procedure's calendar (\(calendars.joined(separator: ", "))). The time to resolve an escalation is the number of working days after the day it was raised up to and including the day it was resolved. Medians and 90th percentiles are exact; they are given only for groups of at least \(builder.settings.minimumGroupSize) resolved escalations.")
        var timing = "Timescale compliance is measured against each procedure's current published timescales, stage by stage and in the stage's own kind: a timescale counted from the day the matter was raised is measured from that day, and one counted from the end of the previous stage from the day the stage began. A stage ends when the next begins or the escalation is resolved at it. An escalation still in a stage on the latest date in the log counts as late once its time has run out, and otherwise as not yet due. Where a stage has conditional timescales it is measured against its main one. Stages with no timescale set are shown [z]; a procedure that does not list its stages gets counts only."
        if !tallies.hoursCompared.isEmpty {
            timing += " The log holds dates only, so timescales in hours are compared in whole days (72 hours is 3 days)."
        }
        out.append(timing)
        let amended = builder.procedures.filter { p in !p.amendments.isEmpty }
        if !amended.isEmpty {
            let before = amended.flatMap(\.partnerships).map { tallies.tally($0.id, period).raisedBeforeAmendment }.reduce(0, +)
            if before > 0 {
                out.append("Some escalations were raised before a later amendment of their procedure (" +
                           amended.map { p in "\(p.title): \(p.amendments.map { month($0.date) }.joined(separator: ", "))" }.joined(separator: "; ") +
                           "). They are measured against the procedure as it now stands, which may differ from the version in force when they were raised.")
            }
        }
        out.append(ruleText(rule))
        out.append("A single suppressed cell could be worked out from its table's total, and a cell in one table from the same count in another: a year from its quarters, a pooled period from its years, a partnership from the all-partnerships table and its sister partnerships, the stages reached from the highest stage reached. So further cells are suppressed too, by the smallest-cost complementary cell method: while any suppressed cell can be narrowed too far, the cheapest published count whose suppression protects it is suppressed as well (a cell of its own table before one further off, a cell inside a table before a total, a total before a year's figures; zeros are never used, so [c] always stands for at least \(rule.smallestSuppressed)). Every published table was then audited: for each suppressed cell, a linear programme finds the smallest and largest value consistent with everything published, and the publication is refused if any cell could be narrowed to fewer than \(rule.largestSuppressed) values. \(audit.primary + audit.secondary) cells are suppressed in all, \(audit.secondary) of them to protect others; every table says how many of its cells are suppressed, so a quiet year can be told from a hidden one.")
        for (kind, choice) in choices.sorted(by: { $0.0 < $1.0 }) {
            guard let reason = choice.reason else { continue }
            out.append("\(breakdownTitles[kind] ?? kind): \(reason)")
        }
        if !partialYears.isEmpty, let from = tallies.coveredFrom, let to = tallies.latestDay {
            let names = partialYears.map(\.description)
            out.append("The log runs from \(DayFormat.month(from)) to \(DayFormat.month(to)), so it holds only part of \(names.joinedAsProse): \(names.count == 1 ? "that year's figures count" : "those years' figures count") only the escalations in the log, are marked “part of the year”, and are not compared with other years. A quarter the log does not reach is shown as [x], not 0, and one it reaches only in part is labelled so.")
        }
        if !absent.isEmpty {
            out.append("The log holds no escalations for \(absent.joinedAsProse), so \(absent.count == 1 ? "it is" : "they are") not in these statistics, and “all partnerships” means the partnerships the log covers. A partnership's own log can be published on its own.")
        }
        switch resolvedStageLeftOut {
        case let left? where left.because == .allResolved:
            let asAt = tallies.latestDay.map { " by \(DayFormat.month($0)), the log's latest date" } ?? ""
            out.append("Every escalation raised in \(left.period) had been resolved\(asAt) (some were still open at the end of the period), each at the highest stage it reached, so a table of the stage at which they were resolved would repeat the table of the highest stage reached; it is left out.")
        case let left?:
            out.append("Escalations by the stage at which they were resolved are not published for \(left.period): a case is resolved at the highest stage it reached, so beside the table of highest stages they would show how many escalations were still open at each stage, and some of those numbers are too small to publish.")
        case nil:
            break
        }
        if !quartersWithheld.isEmpty {
            out.append("Escalations by quarter are not published for \(quartersWithheld.joined(separator: ", ")): more than half of the quarters would have been suppressed, and the year's total says as much. They are still counted in the all-partnerships quarters, and the audit makes sure they cannot be worked out from them.")
        }
        if !excluded.isEmpty {
            // Counts by kind of problem, each suppressed like any count: a reader is told how many
            // rows were left out, and why, in words.
            func count(_ n: Int?) -> String { n.map { $0 == 1 ? "1 row" : "\($0) rows" } ?? "a few rows (too few to give the number)" }
            let parts = excluded.map { "\(count($0.1)) for \(Self.problemWords[$0.0] ?? $0.0)" }.joined(separator: "; ")
            out.append("Some rows of the log failed its checks and were left out of every figure: \(excludedTotal.map { $0 == 1 ? "1 row" : "\($0) rows" } ?? "too few to give the number") in all (\(parts)). A row can have more than one problem.")
        }
        out.append("Symbols: " + StatisticsTable.Symbol.allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: "; ") + ". A 0 is a true zero" + (rule.zerosSensitive ? ", but under this rule zeros are suppressed too." : "."))
        return out
    }

    func name(_ partnership: String) -> String {
        builder.procedures.flatMap(\.partnerships).first { $0.id == partnership }?.name ?? partnership
    }

    func month(_ d: PolicyDate) -> String { "\(PolicyDate.monthNames[d.month - 1]) \(d.year)" }

    func ruleText(_ rule: StatisticsSettings.DisclosureRule) -> String {
        var s: String
        switch rule.name {
        case "dfe": s = "Small numbers are suppressed by the rule children's social care statistics use (DfE): counts from 1 to 5 are shown as [c]; local figures are not rounded."
        case "nhs": s = "Small numbers are suppressed by NHS England's rule: counts from 1 to 7 are shown as [c] and every other count is rounded to the nearest 5, so totals may not add up."
        case "ons": s = "Small numbers are suppressed by the ONS rule for research outputs: counts below 10, zero included, are shown as [c]."
        default:
            s = "Small numbers are suppressed by this publication's own rule: counts from \(rule.smallestSuppressed) to \(rule.largestSuppressed) are shown as [c]"
            s += rule.roundTo > 1 ? ", and every other count is rounded to the nearest \(rule.roundTo)." : "."
        }
        return s + " Percentages and sentences follow the counts they come from: a percentage is given only when the counts it is made of are published."
    }
}
