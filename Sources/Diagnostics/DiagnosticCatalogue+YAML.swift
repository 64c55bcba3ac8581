extension DiagnosticCatalogue {
    static let yamlEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .yamlSyntax, .yaml, "YAML that does not parse", .error,
            explanation: "The front matter of a policy file, `site.yml` or `theme.yml` is not valid YAML, most often because the keys of one item do not line up or a value holding `: ` is not quoted. Nothing in it can be read, so the procedure or the settings are left out of the build until it is fixed.",
            example: .edits("The `contact` key of a partnership indented by three spaces instead of four.",
                            [.replace(file: herts, old: "    name: Hertfordshire Safeguarding Children Partnership\n    contact: hscp-admin\n",
                                      new: "    name: Hertfordshire Safeguarding Children Partnership\n   contact: hscp-admin\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Line up the keys of one item under each other, with spaces (never tabs), and quote values that contain `: ` or start with a special character such as `#`, `&` or `*`.",
                               [.replace(file: herts, old: "   contact: hscp-admin\n", new: "    contact: hscp-admin\n")])),
        DiagnosticDescription(
            .yamlDuplicateKey, .yaml, "Key given twice", .error,
            explanation: "The same key appears twice in one YAML mapping. YAML does not say which value wins, so escalate stops rather than guess which date, title or setting the partnership meant.",
            example: .edits("A new `last-updated` line added without removing the old one.",
                            [.replace(file: herts, old: "last-updated: 2025-05-21\n", new: "last-updated: 2025-05-21\nlast-updated: 2026-01-15\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Keep one line for the key, with the value that is right.",
                               [.replace(file: herts, old: "last-updated: 2025-05-21\nlast-updated: 2026-01-15\n", new: "last-updated: 2025-05-21\n")])),
        DiagnosticDescription(
            .yamlType, .yaml, "Value of the wrong shape", .error,
            explanation: "A key holds a list where a single value belongs, a single value where a list belongs (`partnerships`, `contacts`, `amendments`), or something other than `key: value` lines where a mapping belongs. The value is ignored, so whatever depends on it is missing from the published procedure.",
            example: .edits("The version history written as a list under `version`.",
                            [.replace(file: herts, old: "version: \"37\"\n", new: "version:\n  - \"36\"\n  - \"37\"\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Give `version` the current version alone; record earlier changes under `amendments`.",
                               [.replace(file: herts, old: "version:\n  - \"36\"\n  - \"37\"\n", new: "version: \"37\"\n")])),
        DiagnosticDescription(
            .unknownKey, .yaml, "Unknown key", .error,
            explanation: "A key in the front matter, `site.yml` or `theme.yml` is not one escalate knows, usually a misspelling. Its value would be silently lost, so escalate reports it and suggests the nearest known key.",
            example: .edits("`last-updated` misspelt.",
                            [.replace(file: herts, old: "last-updated: 2025-05-21\n", new: "last-updatd: 2025-05-21\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Spell the key as docs/policy-format.md lists it (the message suggests the nearest one), or remove it.",
                               [.replace(file: herts, old: "last-updatd: 2025-05-21\n", new: "last-updated: 2025-05-21\n")])),
        DiagnosticDescription(
            .missingKey, .yaml, "Required key missing", .error,
            explanation: "The front matter lacks a key every procedure needs (`id`, `title`, at least one partnership, a `stages-note` when stages are not listed), or a partnership, contact, amendment or approval lacks one of its own keys. Without it the procedure cannot be published, or readers would meet a blank where the fact belongs.",
            example: .edits("The `title` line deleted from the front matter.",
                            [.replace(file: herts, old: "id: herts\ntitle: Resolution of Professional Differences including Escalations\nexample: true\n",
                                      new: "id: herts\nexample: true\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Add the key with its value.",
                               [.replace(file: herts, old: "id: herts\nexample: true\n",
                                         new: "id: herts\ntitle: Resolution of Professional Differences including Escalations\nexample: true\n")])),
    ]
}
