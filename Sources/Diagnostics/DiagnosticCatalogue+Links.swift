extension DiagnosticCatalogue {
    static let stagesLink = stagesLine("#stage-1")
    /// The line of 000_herts.md that links to the stages, with the link's target changed.
    static func stagesLine(_ target: String) -> String {
        "[stages of this procedure](\(target)), and the whole process, up to a final decision, should be\n"
    }

    static let linkEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .linkEmpty, .links, "Link without a destination", .error,
            explanation: "A link in a policy file has nothing in its brackets, `[text]()`. On the page it would lead nowhere.",
            example: .edits("The target left out of a link.",
                            [.replace(file: herts, old: stagesLink, new: stagesLine(""))],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Put the target in the brackets: a stage (`#stage-2`), a heading's slug, another procedure's file, or a web address.",
                               [.replace(file: herts, old: stagesLine(""), new: stagesLink)])),
        DiagnosticDescription(
            .linkBroken, .links, "Link to a file that does not exist", .error,
            explanation: "A link in a policy file points to a file that is not in the content, often another procedure under an old or misspelt file name. On the site it would be a broken link.",
            example: .edits("A link to this procedure's own stages under a file name it does not have.",
                            [.replace(file: herts, old: stagesLink, new: stagesLine("000_hertfordshire.md#stage-1"))],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Link to another procedure by its file name in `content/policies/` (e.g. `002_hips.md#stage-3`), or within the page by fragment alone.",
                               [.replace(file: herts, old: stagesLine("000_hertfordshire.md#stage-1"), new: stagesLink)])),
        DiagnosticDescription(
            .linkAnchor, .links, "Link to a place that is not on the page", .error,
            explanation: "A link's fragment (after `#`) names no stage or heading of the page it leads to. Stages are linked as `#stage-N`, other headings by their slug; a wrong fragment takes the reader to the top of the page instead of the stage they need.",
            example: .edits("A stage linked by its number in words.",
                            [.replace(file: herts, old: stagesLink, new: stagesLine("#stage-one"))],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Link to a stage as `#stage-N`, or to a heading by its slug (lowercase, spaces as hyphens).",
                               [.replace(file: herts, old: stagesLine("#stage-one"), new: stagesLink)])),
        DiagnosticDescription(
            .siteLink, .links, "Link in the generated site that leads nowhere", .error,
            explanation: "A page the build makes links to a file the build does not make, or to a fragment that is not on the target page. Links written in policy files are reported at their own line; this one comes from a theme template, so it is reported on the generated page.",
            example: .edits("A theme footer linking to a contact page the build does not make.",
                            [.write(file: "theme/templates/footer.mustache", text: """
                                <footer class="site-footer">
                                <p><a href="{{root}}contact.html">Contact the partnership</a></p>
                                </footer>

                                """)],
                            reportedIn: "output/index.html"),
            fix: DiagnosticFix("Link to a page the build makes, or to a full web or email address.",
                               [.replace(file: "theme/templates/footer.mustache",
                                         old: "<p><a href=\"{{root}}contact.html\">Contact the partnership</a></p>\n",
                                         new: "<p><a href=\"mailto:AdminHSCPHSAB@hertfordshire.gov.uk\">Contact the partnership</a></p>\n")])),
    ]
}
