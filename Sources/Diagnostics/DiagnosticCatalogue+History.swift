extension DiagnosticCatalogue {
    /// What escalate asks git about the content's history.
    static let historyEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .gitDates, .build, "Dates cannot be read from git", .error,
            explanation: "`--dates-from-git` takes each procedure's last update from the last commit that touched its file, but git is not installed or the content folder is not inside a git work tree, so no date could be read. The build stops rather than publish dates that are not what was asked for (exit code 3, a problem of the machine).",
            example: .none(reason: "It depends on the machine and the checkout (git installed, a work tree), not on what the content says."),
            fix: DiagnosticFix("Build inside a git work tree with git installed (in CI, clone with the whole history, such as `fetch-depth: 0` for GitHub's checkout action), or build without `--dates-from-git` to take the dates from the front matter.")),
    ]
}
