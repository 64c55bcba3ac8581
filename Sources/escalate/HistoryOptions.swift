import ArgumentParser
import Pipeline

/// `--dates-from-git`, for `check` and `build`.
struct HistoryOptions: ParsableArguments {
    @Flag(name: .customLong("dates-from-git"),
          help: "Take each procedure's last-updated date from the last commit that touched its file (front matter's date for a file not yet committed).")
    var datesFromGit = false

    func apply(to pipeline: inout BuildPipeline) {
        pipeline.datesFromGit = datesFromGit
    }
}
