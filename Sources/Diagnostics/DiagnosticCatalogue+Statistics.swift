extension DiagnosticCatalogue {
    static let statisticsEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .statisticsSetting, .settings, "Statistics setting not allowed", .error,
            explanation: "A value in `content/statistics.yml` is not one escalate can publish statistics with: a disclosure rule it does not know, a period that is not a financial year or a pair of dates, a number that is not a whole number in range. Statistics published under a rule nobody chose could disclose small numbers, so the build stops.",
            example: .edits("A disclosure rule that does not exist.",
                            [.replace(file: "statistics.yml", old: "disclosure: dfe\n", new: "disclosure: dfee\n")],
                            reportedIn: shown("statistics.yml")),
            fix: DiagnosticFix("Name one of the rule sets (dfe, nhs, ons) or give your own numbers under `disclosure:`.",
                               [.replace(file: "statistics.yml", old: "disclosure: dfee\n", new: "disclosure: dfe\n")])),
        DiagnosticDescription(
            .statisticsDisclosure, .build, "Statistics would disclose a small number", .error,
            explanation: "After primary and secondary suppression, the audit of the published tables found a suppressed cell whose value could still be worked out from the rest, or narrowed to fewer values than the disclosure rule allows. Publishing would disclose it, so nothing is written. The message names the table and row, never the value.",
            example: .none(reason: "Secondary suppression closes every leak it can reach, so no bundled content produces it; it guards against a fault in escalate's suppression."),
            fix: DiagnosticFix("Report the message to escalate's maintainers; meanwhile a stricter rule (`disclosure: ons`) or `pool-years: 3` in statistics.yml publishes coarser figures.")),
    ]
}
