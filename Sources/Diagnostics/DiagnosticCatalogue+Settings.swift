extension DiagnosticCatalogue {
    static let settingsEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .siteSetting, .settings, "Site setting not allowed", .error,
            explanation: "A value in `content/site.yml` is not one escalate can use: a `base-url` that is not a full web address, an `updated-within-days` that is not a whole number, an `allow-raw-html` that is not true or false. The sitemap, the amendments feed or the \"updated\" flags would be wrong.",
            example: .edits("`base-url` without `https://`.",
                            [.replace(file: "site.yml", old: "base-url: https://example.org/escalation/\n", new: "base-url: example.org/escalation/\n")],
                            reportedIn: shown("site.yml")),
            fix: DiagnosticFix("Give the full address the site will be published at.",
                               [.replace(file: "site.yml", old: "base-url: example.org/escalation/\n", new: "base-url: https://example.org/escalation/\n")])),
    ]
}
