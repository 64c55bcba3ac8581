extension DiagnosticCatalogue {
    static let workingTogether = "Under Working Together to Safeguard Children (2023), practitioners who fear a child will not be\n"
    static let stage1Who = "- **Who:**\n  - the practitioners who disagree\n  - each practitioner's line manager (first-tier manager)\n"
    static let stage1Escalates = "- **Escalates to:** the second-tier manager in each agency, for example a Service Manager\n"
    static let stage1Timescale = "- **Timescale:** 3 working days from the date raised; sooner if urgent, and always within the child's timescales\n"

    static let procedureEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .noStages, .procedure, "Procedure without stages", .error,
            explanation: "The procedure has no `## Stage N: …` headings, and its front matter does not say the source leaves its stages out. A procedure without stages cannot have a flowchart or deadlines, so escalate asks the author to say so explicitly.",
            example: .edits("`stages: not-listed` deleted from Nottinghamshire's procedure, which has no stages.",
                            [.replace(file: notts, old: "calendar: england-and-wales\nstages: not-listed\nstages-note: >-\n", new: "calendar: england-and-wales\nstages-note: >-\n")],
                            reportedIn: shown(notts)),
            fix: DiagnosticFix("Add the stages; or, when the source document really does not list them, put `stages: not-listed` and a `stages-note` in the front matter.",
                               [.replace(file: notts, old: "calendar: england-and-wales\nstages-note: >-\n", new: "calendar: england-and-wales\nstages: not-listed\nstages-note: >-\n")])),
        DiagnosticDescription(
            .stagesNotListed, .procedure, "Stages where the front matter says there are none", .error,
            explanation: "The front matter says `stages: not-listed`, but the body has stage headings. The page would say the source lists no stages while showing some.",
            example: .edits("A stage added to Nottinghamshire's procedure, whose front matter says `stages: not-listed`.",
                            [.replace(file: notts, old: "## Principles\n",
                                      new: "## Stage 1: Talk it through\n\n- **Who:** the practitioners who disagree\n- **Timescale:** none\n\n## Principles\n")],
                            reportedIn: shown(notts)),
            fix: DiagnosticFix("Remove `stages: not-listed` (and the `stages-note`) when the source does list its stages; otherwise turn the headings into guidance.",
                               [.replace(file: notts, old: "## Stage 1: Talk it through\n\n- **Who:** the practitioners who disagree\n- **Timescale:** none\n\n## Principles\n",
                                         new: "## Principles\n")])),
        DiagnosticDescription(
            .missingEscalatesTo, .procedure, "Stage that does not say who it escalates to", .warning,
            explanation: "A stage other than the last has no `Escalates to` fact. Practitioners reading the stage would not know whom to take the matter to next; it is a warning because some sources do not say.",
            example: .edits("Stage 1's `Escalates to` deleted.",
                            [.replace(file: herts, old: stage1Who + stage1Escalates + stage1Timescale, new: stage1Who + stage1Timescale)],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Add `- **Escalates to:** …` naming the people who take the next stage.",
                               [.replace(file: herts, old: stage1Who + stage1Timescale, new: stage1Who + stage1Escalates + stage1Timescale)])),
        DiagnosticDescription(
            .timescaleDecreasing, .procedure, "Cumulative timescales that go down", .error,
            explanation: "A stage counted from the date raised ends before an earlier stage can. Timescales from the date raised are cumulative (3, 6, 10, 12 working days), so a smaller number later is almost always a copying slip, and the deadlines would run backwards.",
            example: .edits("Stage 3's 10 working days mistyped as 5.",
                            [.replace(file: herts, old: stage3Timescale, new: "- **Timescale:** 5 working days from the date raised; sooner if urgent, and always within the child's timescales\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Check the numbers against the source; count the stage `after the previous stage` if that is what the source means.",
                               [.replace(file: herts, old: "- **Timescale:** 5 working days from the date raised; sooner if urgent, and always within the child's timescales\n", new: stage3Timescale)])),
        DiagnosticDescription(
            .subProcedureLimit, .procedure, "Sub-procedure steps that outrun its limit", .warning,
            explanation: "The steps of a sub-procedure can take longer than the sub-procedure's own `Timescale` for the whole process. One of the two is probably mistyped; it is a warning because sources sometimes state an aim the steps do not add up to.",
            example: .edits("The sub-procedure's 72 hours mistyped as 12.",
                            [.replace(file: herts, old: "- **Timescale:** 72 hours from the date raised\n\n" + workingTogether,
                                      new: "- **Timescale:** 12 hours from the date raised\n\n" + workingTogether)],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Check the steps' timescales and the sub-procedure's `Timescale` against the source.",
                               [.replace(file: herts, old: "- **Timescale:** 12 hours from the date raised\n\n" + workingTogether,
                                         new: "- **Timescale:** 72 hours from the date raised\n\n" + workingTogether)])),
        DiagnosticDescription(
            .duplicateId, .procedure, "Id used twice", .error,
            explanation: "Two procedures share an id, or one procedure lists the same contact or partnership id twice. Ids name the pages and the entries in the model, so one would overwrite or hide the other.",
            example: .edits("HIPS given Hertfordshire's id.",
                            [.replace(file: hips, old: "id: hips\n", new: "id: herts\n")],
                            reportedIn: shown(hips)),
            fix: DiagnosticFix("Give each procedure, contact and partnership its own id.",
                               [.replace(file: hips, old: "id: herts\n", new: "id: hips\n")])),
        DiagnosticDescription(
            .unknownContact, .procedure, "Partnership names an unknown contact", .error,
            explanation: "A partnership's `contact` is not the id of any entry in the procedure's `contacts`. Notifications to that partnership would have nobody to go to.",
            example: .edits("The partnership's contact misspelt.",
                            [.replace(file: herts, old: "    contact: hscp-admin\ncontacts:\n", new: "    contact: hscp-office\ncontacts:\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Use an id from `contacts`, or add the contact.",
                               [.replace(file: herts, old: "    contact: hscp-office\ncontacts:\n", new: "    contact: hscp-admin\ncontacts:\n")])),
        DiagnosticDescription(
            .unknownPartnership, .procedure, "Contact of an unknown partnership", .error,
            explanation: "A contact's `partnership` is not one of the procedure's partnerships, so the site would file the contact under a partnership the procedure does not have.",
            example: .edits("The contact's partnership written out in full instead of by id.",
                            [.replace(file: herts, old: "    partnership: herts\n", new: "    partnership: hertfordshire\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Use the id of one of the procedure's `partnerships`.",
                               [.replace(file: herts, old: "    partnership: hertfordshire\n", new: "    partnership: herts\n")])),
        DiagnosticDescription(
            .partnershipName, .procedure, "Partnership named two ways", .error,
            explanation: "The same partnership id has different names in two procedures. The index and comparison pages group procedures by partnership, so one partnership would appear under two names.",
            example: .edits("A second Hertfordshire procedure naming the partnership by its initials.",
                            [.write(file: "policies/005_schools.md", text: minimalPolicy(
                                id: "herts-schools", title: "Guidance for schools", partnershipName: "HSCP"))],
                            reportedIn: shown("policies/005_schools.md")),
            fix: DiagnosticFix("Use the same name for the same partnership id everywhere.",
                               [.replace(file: "policies/005_schools.md", old: "    name: HSCP\n",
                                         new: "    name: Hertfordshire Safeguarding Children Partnership\n")])),
        DiagnosticDescription(
            .placeholder, .procedure, "Placeholder text left in", .error,
            explanation: "The file still holds drafting text such as `TODO`, `TBC`, `TBD`, `FIXME`, `please link`, `[link]`, `insert link` or `lorem ipsum`. A practitioner following the published procedure would meet a gap where a fact belongs.",
            example: .edits("A contact detail left to be confirmed.",
                            [.replace(file: herts, old: "Do not use the stages below for this. Tell the LADO.\n",
                                      new: "Do not use the stages below for this. Tell the LADO (number TBC).\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Replace it with the real text or link before publishing.",
                               [.replace(file: herts, old: "Do not use the stages below for this. Tell the LADO (number TBC).\n", new: "Do not use the stages below for this. Tell the LADO.\n")])),
        DiagnosticDescription(
            .titleMismatch, .procedure, "Heading differs from the title", .warning,
            explanation: "The file's `# ` heading is not the front-matter `title`. The site uses the front-matter title, so a reader comparing the page with the source file would see two names.",
            example: .edits("The `# ` heading shortened.",
                            [.replace(file: herts, old: "# Resolution of Professional Differences including Escalations\n",
                                      new: "# Resolving Professional Differences\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Make the heading and the title the same, or remove the `# ` heading.",
                               [.replace(file: herts, old: "# Resolving Professional Differences\n",
                                         new: "# Resolution of Professional Differences including Escalations\n")])),
    ]
}
