extension DiagnosticCatalogue {
    static let hertsFrontDoor = "    herts:\n      - name: Hertfordshire County Council children's services\n"
    static let hertsNotPublished = hertsFrontDoor + "        phone: not-published\n        find-at: https://www.gov.uk/report-child-abuse-to-local-council\n"

    static let immediateRiskEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .frontDoorPhone, .settings, "Front door to children's social care without a phone number", .warning,
            explanation: "A partnership's front-door contact in `immediate-risk` (site.yml) has no `phone`. Every procedure page opens with what to do if a child is at immediate risk of harm, and a practitioner at the child's side needs a number to ring, not a mailbox. Never make a number up: give it as the council publishes it, or say `phone: not-published` and give `find-at`, the web address where the reader finds it.",
            example: .edits("Hertfordshire's `phone: not-published` deleted.",
                            [.replace(file: "site.yml", old: hertsNotPublished,
                                      new: hertsFrontDoor + "        find-at: https://www.gov.uk/report-child-abuse-to-local-council\n")],
                            reportedIn: shown("site.yml")),
            fix: DiagnosticFix("Add the number as published (`phone: 01632 960 123`), or, when none is published, `phone: not-published` beside `find-at`.",
                               [.replace(file: "site.yml", old: hertsFrontDoor + "        find-at: https://www.gov.uk/report-child-abuse-to-local-council\n",
                                         new: hertsNotPublished)])),
        DiagnosticDescription(
            .frontDoorPartnership, .settings, "Front door of a partnership no procedure serves", .error,
            explanation: "A key under `immediate-risk: front-door:` in site.yml is not the id of a partnership any procedure names. Its contact would never reach a page, and the partnership it was meant for would show none.",
            example: .edits("Hertfordshire's front door filed under its name instead of its id.",
                            [.replace(file: "site.yml", old: hertsFrontDoor, new: "    hertfordshire:\n      - name: Hertfordshire County Council children's services\n")],
                            reportedIn: shown("site.yml")),
            fix: DiagnosticFix("Use the partnership's id from the procedures' `partnerships`.",
                               [.replace(file: "site.yml", old: "    hertfordshire:\n      - name: Hertfordshire County Council children's services\n", new: hertsFrontDoor)])),
    ]
}
