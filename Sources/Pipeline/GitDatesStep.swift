import Diagnostics
import GitHistory
import Model

/// `--dates-from-git`: each procedure's last update is the date of the last commit that
/// touched its file, instead of its front matter's `last-updated` (kept for a file with no
/// commit yet). Only when asked: otherwise every date comes from the content.
enum GitDatesStep {
    static func apply(_ p: BuildPipeline, _ c: inout BuildContext) {
        for index in c.content.procedures.indices {
            let source = c.content.procedures[index].source
            do {
                if let text = try LastCommitDate.of(source, in: p.content), let date = PolicyDate(text) {
                    c.content.procedures[index].lastUpdated = date
                }
            } catch {
                c.diagnostics.append(.error(.gitDates, at: SourceLocation(file: c.snapshot.shown(source)), error.description,
                    help: "build inside a git work tree with git installed (in CI, clone with the full history), or without --dates-from-git"))
                return
            }
        }
    }
}
