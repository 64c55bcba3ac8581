import ArgumentParser
import Foundation
import Output
import Starter

/// `escalate init [DIR]`: a new partnership's starting point. It only ever adds files to an
/// empty folder, so it can never overwrite someone's work.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new partnership's repository: a procedure to fill in, site.yml, the bank-holiday calendar, a theme folder, .gitignore and example CI workflows.",
        discussion: """
            DIR must be missing, empty, or hold only .git (a repository just made with git init); \
            nothing is ever replaced. The procedure content/policies/000_procedure.md is a form: \
            escalate check reports each placeholder in it, with its line and column, until it is replaced.
            """)

    @Argument(help: ArgumentHelp("The folder to create the project in (default: the current folder).", valueName: "DIR"))
    var folder: String = "."

    func run() async throws {
        let target = URL(fileURLWithPath: folder)
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if (try? fm.attributesOfItem(atPath: target.path)) != nil {
            guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandFailure("\(folder) is a file, not a folder; name a new or empty folder")
            }
            let entries = ((try? fm.contentsOfDirectory(atPath: target.path)) ?? []).filter { $0 != ".git" }.sorted()
            if !entries.isEmpty {
                let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? " and \(entries.count - 3) more" : "")
                throw CommandFailure("\(folder) is not empty (it holds \(shown)); escalate init only writes into a new or empty folder, so nothing was written")
            }
        }
        let files = StarterProject.files(today: ContentOptions.currentDate().description)
        do {
            _ = try FileExport.write(files, into: target, force: false)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(3)
        }
        let here = folder == "." ? "" : "cd \(folder) && "
        FileHandle.standardError.write(Data("""
            wrote \(plural(files.count, "file")) into \(folder == "." ? "the current folder" : folder + "/")
            next: fill in content/policies/000_procedure.md (rename it after your procedure), then run
              \(here)escalate check
            which lists every placeholder still to replace; escalate build writes the site into output/

            """.utf8))
    }
}
