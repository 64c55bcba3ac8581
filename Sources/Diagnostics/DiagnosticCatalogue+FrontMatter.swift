extension DiagnosticCatalogue {
    /// A short procedure that needs no stages: for examples that add a policy file.
    static func minimalPolicy(id: String, title: String, partnershipName: String) -> String {
        """
        ---
        id: \(id)
        title: \(title)
        example: true
        partnerships:
          - id: herts
            name: \(partnershipName)
        stages: not-listed
        stages-note: Follow the stages of the Hertfordshire procedure.
        ---

        # \(title)

        Schools follow the partnership's procedure for resolving professional differences.

        """
    }

    static let frontMatterEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .frontMatterMissing, .frontMatter, "No front matter", .error,
            explanation: "A policy file does not start with front matter (a `---` line, the document facts, another `---` line), or its front matter is empty. Without the id, title and partnerships escalate cannot publish the procedure, so the file is not read further.",
            example: .edits("A draft added to the policies folder as plain Markdown.",
                            [.write(file: "policies/005_schools.md", text: "# Guidance for schools\n\nSchools follow the partnership's procedure for resolving professional differences.\n")],
                            reportedIn: shown("policies/005_schools.md")),
            fix: DiagnosticFix("Start the file with front matter: at least `id`, `title` and `partnerships` between two `---` lines; a file that is not a procedure belongs outside `content/policies/`.",
                               [.write(file: "policies/005_schools.md", text: minimalPolicy(
                                   id: "herts-schools", title: "Guidance for schools",
                                   partnershipName: "Hertfordshire Safeguarding Children Partnership"))])),
        DiagnosticDescription(
            .frontMatterUnclosed, .frontMatter, "Front matter never closed", .error,
            explanation: "The file opens front matter with a `---` line but no later `---` line closes it, so escalate cannot tell where the document facts end and the procedure's text begins. Nothing in the file is read.",
            example: .edits("The closing `---` line deleted.",
                            [.replace(file: herts, old: "  always within the timescales the child or young person needs.\n---\n\n# Resolution of Professional Differences including Escalations\n",
                                      new: "  always within the timescales the child or young person needs.\n\n# Resolution of Professional Differences including Escalations\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Add a `---` line after the last front-matter key.",
                               [.replace(file: herts, old: "  always within the timescales the child or young person needs.\n\n# Resolution of Professional Differences including Escalations\n",
                                         new: "  always within the timescales the child or young person needs.\n---\n\n# Resolution of Professional Differences including Escalations\n")])),
        DiagnosticDescription(
            .frontMatterValue, .frontMatter, "Front-matter value not allowed", .error,
            explanation: "A front-matter key is empty, or holds a word escalate does not accept for it (`stages` takes `listed` or `not-listed`; `example` takes `true` or `false`). The procedure would be published with that fact missing or misread.",
            example: .edits("`stages: unlisted` in place of `stages: not-listed`.",
                            [.replace(file: notts, old: "stages: not-listed\n", new: "stages: unlisted\n")],
                            reportedIn: shown(notts)),
            fix: DiagnosticFix("Use one of the values docs/policy-format.md gives for the key, or remove an empty line.",
                               [.replace(file: notts, old: "stages: unlisted\n", new: "stages: not-listed\n")])),
        DiagnosticDescription(
            .frontMatterId, .frontMatter, "Id not in the allowed form", .error,
            explanation: "An id (of the procedure, a partnership, a contact or the calendar) has characters other than lowercase letters, digits and single hyphens. Ids become web addresses, file names and keys in the JSON model, so they must stay plain and stable.",
            example: .edits("The procedure id written with a capital letter.",
                            [.replace(file: herts, old: "id: herts\ntitle: Resolution of Professional Differences including Escalations\n", new: "id: Herts\ntitle: Resolution of Professional Differences including Escalations\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Write the id in lowercase letters, digits and hyphens, such as `herts` or `cambs-pboro`, and keep it once it is published: links to the page use it.",
                               [.replace(file: herts, old: "id: Herts\ntitle: Resolution of Professional Differences including Escalations\n", new: "id: herts\ntitle: Resolution of Professional Differences including Escalations\n")])),
        DiagnosticDescription(
            .contactEmail, .frontMatter, "Contact email not an address", .error,
            explanation: "A contact's `email` is not a plain email address. The site turns it into a mail link, which would not work for the practitioner who needs to reach that contact.",
            example: .edits("The address written with `mailto:` in front.",
                            [.replace(file: herts, old: "    email: AdminHSCPHSAB@hertfordshire.gov.uk\n",
                                      new: "    email: mailto:AdminHSCPHSAB@hertfordshire.gov.uk\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Write the address alone, as `name@example.gov.uk`.",
                               [.replace(file: herts, old: "    email: mailto:AdminHSCPHSAB@hertfordshire.gov.uk\n",
                                         new: "    email: AdminHSCPHSAB@hertfordshire.gov.uk\n")])),
        DiagnosticDescription(
            .invalidDate, .frontMatter, "Date that cannot be right", .error,
            explanation: "A date is not in `YYYY-MM-DD` form (or `YYYY-MM` where only the month is known), is not a real day, or `next-review` comes before `last-updated`. Dates tell readers how current the procedure is and order the amendments feed, so a wrong one misleads them.",
            example: .edits("`last-updated` written the British way round.",
                            [.replace(file: herts, old: "last-updated: 2025-05-21\n", new: "last-updated: 21/05/2025\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Write dates as `YYYY-MM-DD`, and check them against the source document.",
                               [.replace(file: herts, old: "last-updated: 21/05/2025\n", new: "last-updated: 2025-05-21\n")])),
    ]
}
