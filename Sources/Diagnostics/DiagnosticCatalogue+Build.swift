extension DiagnosticCatalogue {
    static let stage4Facts = "- **Who:** the senior director of each agency\n- **Timescale:** 12 working days from the date raised; sooner if urgent\n"
    /// Eighty people at one stage: a box too tall for A4 at 9 pt, and one stage cannot be split.
    static let crowdedStage = "- **Who:**\n" + (1...80).map { "  - the head of service for area \($0)\n" }.joined()
        + "- **Timescale:** 12 working days from the date raised; sooner if urgent\n"

    static let buildEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .chartLegibility, .build, "Printed chart too small to read", .warning,
            explanation: "A flowchart is so large that, even split across pages (which escalate does by itself for a long procedure, marking each page as continued), its smallest text prints below 9 pt: usually one stage holds more than a page can, or qpdf, which joins the pages, is not installed. Charts are printed and pinned up, so text that small cannot be read at arm's length. It needs Graphviz to lay the chart out, so `check` reports it only where Graphviz is installed.",
            example: .edits("Eighty people listed at Stage 4 of Hertfordshire's procedure.",
                            [.replace(file: herts, old: stage4Facts, new: crowdedStage)],
                            reportedIn: shown(herts), rendersCharts: true),
            fix: DiagnosticFix("Print the procedure's charts on A3 (`print:` with `paper: a3` in its front matter, or `--paper a3` for the whole build), or shorten the longest labels (who is involved, stage titles).",
                               [.replace(file: herts, old: "calendar: england-and-wales\n", new: "calendar: england-and-wales\nprint:\n  paper: a3\n")])),
        DiagnosticDescription(
            .dotMissing, .build, "Graphviz not installed", .error,
            explanation: "Graphviz's `dot` is not on the PATH, so the flowcharts cannot be drawn. A site published without them would lack the pictures and printable PDFs readers expect, so the build stops (exit code 3, a problem of the machine, not the content) unless it was asked for no charts with `--no-charts`.",
            example: .none(reason: "It depends on the machine escalate runs on, not on the content."),
            fix: DiagnosticFix("Install Graphviz (Debian and Ubuntu: `apt-get install graphviz`; macOS: `brew install graphviz`) and build again, or build with `--no-charts` to publish the charts as text only.")),
        DiagnosticDescription(
            .dot, .build, "Graphviz failed", .error,
            explanation: "Graphviz's `dot` is installed but failed or gave output escalate could not read, so the charts could not be made.",
            example: .none(reason: "It comes from the Graphviz installation (a broken or very old `dot`), not from the content: escalate writes the DOT itself, quoting every label."),
            fix: DiagnosticFix("Check the installation with `dot -V`; if it is sound, report the message to escalate's maintainers, since it is then a fault in escalate's charts.")),
        DiagnosticDescription(
            .model, .build, "Model could not be written", .error,
            explanation: "The validated procedures could not be encoded as `model.json`. This should never happen: it is a fault in escalate, not in the content.",
            example: .none(reason: "It is an internal fault; no content produces it."),
            fix: DiagnosticFix("Report the message to escalate's maintainers.")),
        DiagnosticDescription(
            .outputForeign, .build, "Files in the output folder the build did not write", .error,
            explanation: "Someone added files to the output folder after the last build (a CNAME, a leaflet, an upload). Each build replaces the folder as a whole, so replacing it would delete them; escalate never deletes what it did not write, so the build stops and names them.",
            example: .none(reason: "It comes from the output folder, not from the content."),
            fix: DiagnosticFix("Move the files out of the output folder (or delete them yourself if they are not needed), then build again.")),
        DiagnosticDescription(
            .outputRefused, .build, "Output folder refused", .error,
            explanation: "`escalate build` replaces the output folder as a whole, so it refuses a folder that is not its own: the content folder, `.`, `..`, the home folder, or a folder holding files escalate did not write. This keeps a mistyped `--output` from deleting someone's work.",
            example: .none(reason: "It comes from the `--output` option of `escalate build` (for example `--output content`), not from the content."),
            fix: DiagnosticFix("Pass `--output` with a folder of its own, such as `output`.")),
        DiagnosticDescription(
            .output, .build, "Output could not be written", .error,
            explanation: "The checks passed but the output folder could not be written: it is not writable, or the disk is full. The previous output is left as it was.",
            example: .none(reason: "It comes from the file system (permissions, a full disk), not from the content."),
            fix: DiagnosticFix("Check that the folder is writable and the disk has room, then build again.")),
    ]
}
