extension DiagnosticCatalogue {
    static let herts = "policies/000_herts.md"
    static let cambs = "policies/001_cambs-pboro.md"
    static let hips = "policies/002_hips.md"
    static let notts = "policies/004_notts.md"

    /// The file as messages show it, for the bundled content read as `content`.
    static func shown(_ path: String) -> String { "content/" + path }

    static let contentFolderEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .contentMissing, .contentFolder, "No procedures to read", .error,
            explanation: "escalate found nothing to check: the content folder does not exist, is not a folder, or has no `policies/` folder with `.md` files in it. Usually escalate was run from the wrong folder, or a folder was renamed.",
            example: .edits("The `policies` folder renamed `policy`.",
                            [.move(from: "policies", to: "policy")], reportedIn: shown("policies")),
            fix: DiagnosticFix("Keep one `.md` file per procedure in `content/policies/`, and run escalate from the folder that holds `content/` (or pass `--content <folder>`).",
                               [.move(from: "policy", to: "policies")])),
        DiagnosticDescription(
            .contentLimit, .contentFolder, "Content beyond the reading limits", .error,
            explanation: "Something in the content folder goes past a limit escalate reads within: 32 MiB for one file, 256 MiB in all, 10,000 files, folders 12 deep. What lies beyond was not read, so the site would be built from part of the content; the limits stop case logs or archives left in the folder from stalling a build in CI.",
            example: .edits("An old archive copied into the content folder, its folders nested 13 deep.",
                            [.write(file: "archive/2019/a/b/c/d/e/f/g/h/i/j/k/notes.md", text: "Notes from the 2019 review.\n")],
                            reportedIn: shown("archive/2019/a/b/c/d/e/f/g/h/i/j/k")),
            fix: DiagnosticFix("Keep only what the site is built from in the content folder: move archives, case logs and large files elsewhere.",
                               [.remove(file: "archive")])),
        DiagnosticDescription(
            .contentLink, .contentFolder, "Symbolic link leading out of the content", .error,
            explanation: "A symbolic link in the content folder points outside it, or at something that is not a file. escalate does not follow it: content is built in CI, where a link could otherwise publish files from the machine (keys, other repositories) on the site.",
            example: .edits("A procedure shared with another repository linked in rather than copied.",
                            [.symlink(file: "policies/005_region.md", target: "../../shared/005_region.md")],
                            reportedIn: shown("policies/005_region.md")),
            fix: DiagnosticFix("Replace the link with a copy of the file itself, or remove it.",
                               [.remove(file: "policies/005_region.md")])),
        DiagnosticDescription(
            .contentSpecialFile, .contentFolder, "Pipe, socket or device in the content", .error,
            explanation: "The content folder holds something that is not a regular file or folder: a named pipe, a socket or a device. escalate does not read it (reading a pipe can hang a build forever).",
            example: .edits("A named pipe left in the policies folder by a script.",
                            [.namedPipe(file: "policies/incoming")], reportedIn: shown("policies/incoming")),
            fix: DiagnosticFix("Remove it from the content folder.", [.remove(file: "policies/incoming")])),
        DiagnosticDescription(
            .unreadable, .contentFolder, "File that cannot be read", .error,
            explanation: "A file in the content folder exists but could not be opened, usually because of its permissions. It was left out, so its procedure, calendar or setting is missing from the build.",
            example: .none(reason: "It comes from the file system (permissions, a file removed while it was read), not from what the files say, so no edit to the content produces it."),
            fix: DiagnosticFix("Check the file's permissions (`ls -l`) and make it readable by the account that runs escalate.")),
        DiagnosticDescription(
            .contentUnread, .contentFolder, "File that is not read", .warning,
            explanation: "The policies folder holds a file that is not a procedure as escalate reads them (a `.md` file directly in the folder), or the calendars folder one that is not a `.json` file: a procedure saved as `x.markdown`, `X.MD` or in a sub-folder would otherwise silently be missing from the site.",
            example: .edits("A procedure saved with the extension `.markdown`.",
                            [.move(from: "policies/004_notts.md", to: "policies/004_notts.markdown")],
                            reportedIn: shown("policies/004_notts.markdown")),
            fix: DiagnosticFix("Give procedures the `.md` extension, in lower case, directly in the policies folder.",
                               [.move(from: "policies/004_notts.markdown", to: "policies/004_notts.md")])),
        DiagnosticDescription(
            .controlCharacter, .contentFolder, "Invisible control character", .error,
            explanation: "A file holds a control character (an escape, a NUL, a form feed, DEL…), usually pasted with text from a terminal or another program. It cannot be seen in an editor, it would be published as it is, and some of them can rewrite what a CI log shows. Messages that quote such text show it as `\\u{1B}`.",
            example: .edits("An escape character pasted into a stage's guidance.",
                            [.replace(file: herts, old: "Do not use the stages below for this. Tell the LADO.\n", new: "Do not use the stages below for this.\u{1B}[2J Tell the LADO.\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Delete the character; an editor that shows invisible characters helps find it.",
                               [.replace(file: herts, old: "Do not use the stages below for this.\u{1B}[2J Tell the LADO.\n", new: "Do not use the stages below for this. Tell the LADO.\n")])),
        DiagnosticDescription(
            .encoding, .contentFolder, "File is not UTF-8", .error,
            explanation: "A policy file, `site.yml` or `theme.yml` is saved in an encoding other than UTF-8, often Windows-1252 after text was pasted from a word processor. escalate reads only UTF-8, so that file is not read at all; the message gives the line and column of the first byte that is not UTF-8.",
            example: .edits("A curly apostrophe typed into `000_herts.md`, and the file saved as Windows-1252.",
                            [.replace(file: herts, old: "Do not use the stages below for this. Tell the LADO.\n", new: "Don’t use the stages below for this. Tell the LADO.\n"),
                             .convert(file: herts, from: .utf8, to: .windows1252)],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Save the file as UTF-8: editors call it \"UTF-8\" or \"Unicode (UTF-8)\" in their save or encoding menu.",
                               [.convert(file: herts, from: .windows1252, to: .utf8)])),
    ]
}
