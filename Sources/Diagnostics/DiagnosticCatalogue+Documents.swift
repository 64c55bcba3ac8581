extension DiagnosticCatalogue {
    static let herts36 = "archive/herts/36.md"
    static let glossary = "glossary.yml"
    static let hertsRelated = "  - title: \"Working together to safeguard children: statutory guidance\"\n"

    /// The glossary, related documents and superseded versions.
    static let documentEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .glossaryTerm, .settings, "Glossary term that cannot be used", .error,
            explanation: "A term in `content/glossary.yml` is defined twice (as a term or an alias), or is written with characters that cannot be matched in prose. Each procedure page links a term's first appearance to its one entry, so a term defined twice would have two meanings, and one that cannot be matched would never be linked.",
            example: .edits("MASH defined a second time, at the end of the glossary.",
                            [.replace(file: glossary, old: "      between professionals about a child.\n",
                                      new: "      between professionals about a child.\n  - term: MASH\n    definition: The front door of children's social care.\n")],
                            reportedIn: shown(glossary)),
            fix: DiagnosticFix("Define each term once; give its other spellings as `aliases` of that entry.",
                               [.replace(file: glossary, old: "  - term: MASH\n    definition: The front door of children's social care.\n", new: "")])),
        DiagnosticDescription(
            .relatedUnknown, .procedure, "Related procedure that does not exist", .error,
            explanation: "A procedure's `related:` names a procedure id that no file in `content/policies/` has (or names the procedure itself). The page links each related procedure, so the link would lead nowhere.",
            example: .edits("A related procedure named by its file name instead of its id.",
                            [.replace(file: herts, old: hertsRelated, new: "  - procedure: hipps\n" + hertsRelated)],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Name the procedure by the `id` in its front matter (the message suggests the nearest).",
                               [.replace(file: herts, old: "  - procedure: hipps\n" + hertsRelated, new: "  - procedure: hips\n" + hertsRelated)])),
        DiagnosticDescription(
            .archiveVersion, .procedure, "Superseded version that does not fit", .error,
            explanation: "A file in `content/archive/<id>/` is not a superseded version of a current procedure: its folder is not a current procedure's id, its own `id` differs from the folder, its `version` differs from its file name, or it is the current version. Each superseded version is published at `<id>/versions/<version>.html` and listed in the current page's history, so it must be clear which procedure and version it is.",
            example: .edits("The archived version's file renamed without changing the version in it.",
                            [.move(from: herts36, to: "archive/herts/35.md")],
                            reportedIn: shown("archive/herts/35.md")),
            fix: DiagnosticFix("Name the file after the version its front matter gives (`36.md` for `version: \"36\"`), in the folder named after the procedure's id.",
                               [.move(from: "archive/herts/35.md", to: herts36)])),
    ]
}
