extension DiagnosticCatalogue {
    /// The site's own pages: page owner and feedback, the accessibility statement, files
    /// published as they are.
    static let sitePagesEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .siteOwner, .settings, "No page owner or feedback contact", .warning,
            explanation: "Every page's footer names who runs the site and how to send feedback, from `owner:` in `content/site.yml` (`name`, and `email`, `phone` or `feedback-url`); the privacy statement names the same organisation. Without them readers cannot tell whose guidance it is or report a mistake, so the footer leaves them out rather than guess.",
            example: .edits("The feedback address left out of `owner:`.",
                            [.replace(file: "site.yml", old: "  name: The escalate project (example site)\n  email: feedback@example.org\n",
                                      new: "  name: The escalate project (example site)\n")],
                            reportedIn: shown("site.yml")),
            fix: DiagnosticFix("Give the organisation and a contact that reads feedback.",
                               [.replace(file: "site.yml", old: "  name: The escalate project (example site)\n",
                                         new: "  name: The escalate project (example site)\n  email: feedback@example.org\n")])),
        DiagnosticDescription(
            .accessibilityFact, .settings, "Accessibility statement incomplete", .warning,
            explanation: "Public-sector websites in the UK must publish an accessibility statement. escalate writes `accessibility.html` from `accessibility:` in `content/site.yml`: a contact for problems (`email`, `phone` or `url`), how far the site complies with WCAG 2.2 AA (`compliance`: `fully-compliant`, `partially-compliant` or `not-compliant`), the date of the last test (`last-tested`, and `tested-by`) and the date the statement was prepared (`prepared`); `known-limits` lists problems beyond those escalate knows of in its own output. A fact that is missing is left out of the statement, never guessed.",
            example: .edits("The date of the last test left out.",
                            [.replace(file: "site.yml", old: "  compliance: partially-compliant\n  last-tested: 2026-12-03\n",
                                      new: "  compliance: partially-compliant\n")],
                            reportedIn: shown("site.yml")),
            fix: DiagnosticFix("Give the date the site was last tested.",
                               [.replace(file: "site.yml", old: "  compliance: partially-compliant\n",
                                         new: "  compliance: partially-compliant\n  last-tested: 2026-12-03\n")])),
        DiagnosticDescription(
            .placeholderAddress, .settings, "Placeholder address in site.yml", .warning,
            explanation: "An address in `content/site.yml` is on a domain reserved for examples and tests (`example.org`, `example.com`, `example.net`, or a name ending `.example`, `.test`, `.invalid` or `.localhost`): nobody reads mail or serves pages there. A worried reader sent there reaches no one, so the pages leave such an address out, as if it were not given: the footer has no feedback line, the statements no contact, printed copies no web address. escalate's bundled example set keeps its example.org addresses on purpose (it says on every page that it is an example), so this is reported only when some procedure is not `example: true`.",
            example: .edits("Hertfordshire's procedure published as the partnership's own (no longer `example: true`), with the example set's addresses still in site.yml.",
                            [.replace(file: "policies/000_herts.md", old: "example: true\n", new: "example: false\n")],
                            reportedIn: shown("site.yml")),
            fix: DiagnosticFix("Give the addresses the partnership publishes (here the partnership's published mailbox), and leave out the ones it has not got: without `base-url` there is no sitemap or feed, and the privacy contact falls back to the owner's.",
                               [.replace(file: "site.yml", old: "base-url: https://example.org/escalation/\n", new: ""),
                                .replace(file: "site.yml", old: "  email: feedback@example.org\n", new: "  email: AdminHSCPHSAB@hertfordshire.gov.uk\n"),
                                .replace(file: "site.yml", old: "  email: accessibility@example.org\n", new: "  email: AdminHSCPHSAB@hertfordshire.gov.uk\n"),
                                .replace(file: "site.yml", old: "  email: privacy@example.org\n", new: "")])),
        DiagnosticDescription(
            .staticClash, .build, "Static file clashes with a generated file", .error,
            explanation: "Files in `content/static/` (a CNAME, robots.txt, a favicon, a procedure's source PDF) are published as they are, at the same path below the output folder. One at a path the build writes itself (a page, a chart, an asset, the sitemap) would replace it or be replaced, so neither is published and the build stops.",
            example: .edits("A hand-written home page in the static folder.",
                            [.write(file: "static/index.html", text: "<!DOCTYPE html><title>Home</title>\n")],
                            reportedIn: shown("static/index.html")),
            fix: DiagnosticFix("Rename or remove the static file; change the generated page through the theme instead.",
                               [.remove(file: "static/index.html")])),
    ]
}
