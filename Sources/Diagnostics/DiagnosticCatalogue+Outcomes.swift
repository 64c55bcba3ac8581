extension DiagnosticCatalogue {
    static let step1Outcomes = "- **Outcomes:**\n  - settled by the discussion -> end\n  - not settled -> Step 2\n"

    static let outcomeEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .outcome, .procedure, "Outcome that cannot be read", .error,
            explanation: "An item under `Outcomes` is not written as `condition -> where it leads` (or `→`), or the list is empty. The outcome is left out, so the chart and the page would lose a branch of the procedure.",
            example: .edits("The arrow of one of Step 1's outcomes left out.",
                            [.replace(file: herts, old: step1Outcomes, new: "- **Outcomes:**\n  - settled by the discussion -> end\n  - not settled, Step 2\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Write each outcome as `condition -> destination`; a destination is `end`, `Stage N`, `Step N`, `sub-procedure: <title>`, `route: <title>` or `external: <body>`.",
                               [.replace(file: herts, old: "- **Outcomes:**\n  - settled by the discussion -> end\n  - not settled, Step 2\n", new: step1Outcomes)])),
        DiagnosticDescription(
            .outcomeTarget, .procedure, "Outcome that leads nowhere", .error,
            explanation: "An outcome, or a route's `Leads to`, names a stage, step, sub-procedure or route the procedure does not have. A reader following that branch would find nothing there.",
            example: .edits("Step 1's second outcome pointed at a step that does not exist.",
                            [.replace(file: herts, old: step1Outcomes, new: "- **Outcomes:**\n  - settled by the discussion -> end\n  - not settled -> Step 9\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Point the outcome at a stage, step, sub-procedure or route that exists, or at `end`.",
                               [.replace(file: herts, old: "- **Outcomes:**\n  - settled by the discussion -> end\n  - not settled -> Step 9\n", new: step1Outcomes)])),
        DiagnosticDescription(
            .deadEnd, .procedure, "Stages with no way out", .error,
            explanation: "The stated outcomes of some stages lead only to each other, so a reader following them would go round for ever: no path from them ends the procedure, refers it outside, or leads to a sub-procedure or route. Every path through a procedure must end.",
            example: .edits("Stage 4 of Hertfordshire's procedure sent back to Stage 3 whatever happens, and Stage 3 on to Stage 4.",
                            [.replace(file: herts, old: "- **Who:** the senior director of each agency\n",
                                      new: "- **Who:** the senior director of each agency\n- **Outcomes:**\n  - not resolved -> Stage 3\n"),
                             .replace(file: herts, old: stage3Escalates, new: stage3Escalates + "- **Outcomes:**\n  - not resolved -> Stage 4\n")],
                            reportedIn: shown(herts)),
            fix: DiagnosticFix("Give the last stage an outcome that ends the procedure (`-> end`), as its decision is final.",
                               [.replace(file: herts, old: "- **Outcomes:**\n  - not resolved -> Stage 3\n", new: "- **Outcomes:**\n  - decided -> end\n")])),
    ]
}
