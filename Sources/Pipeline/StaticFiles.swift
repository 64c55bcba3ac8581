import Diagnostics
import Foundation
import Output
import Snapshot

/// `content/static/`: files published as they are (a CNAME, robots.txt, a favicon, a
/// procedure's source PDF), at the same path below the output folder. They come through the
/// snapshot like all content (regular files inside the folder, no link out, hidden files
/// skipped, every size bounded), so nothing here opens a file. A static file never replaces a
/// generated one, nor stands where a generated folder is: each clash is an error naming it.
enum StaticFiles {
    static let folder = "static"

    static func add(_ snapshot: ContentSnapshot, to files: inout [OutputFile], diagnostics: inout DiagnosticList) {
        let generated = Set(files.map(\.path))
        var folders: Set<String> = []
        for path in generated {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        for (path, file) in snapshot.tree(folder).sorted(by: { $0.key < $1.key }) {
            let shown = snapshot.shown(folder + "/" + path)
            if generated.contains(path) {
                diagnostics.append(.error(.staticClash, at: SourceLocation(file: shown),
                    "this file would be published as '\(path)', which the build makes itself",
                    help: "rename or remove it; to change a generated page, use a theme template in \(snapshot.shown("theme"))/templates/"))
                continue
            }
            if folders.contains(path) {
                diagnostics.append(.error(.staticClash, at: SourceLocation(file: shown),
                    "this file would be published as '\(path)', where the build makes a folder of pages",
                    help: "rename it or move it into a folder of its own, such as \(snapshot.shown(folder))/files/"))
                continue
            }
            var parts = path.split(separator: "/").dropLast()
            var clash: String?
            while !parts.isEmpty {
                let prefix = parts.joined(separator: "/")
                if generated.contains(prefix) { clash = prefix }
                parts = parts.dropLast()
            }
            if let clash {
                diagnostics.append(.error(.staticClash, at: SourceLocation(file: shown),
                    "this file is in a folder '\(clash)', which the build makes as a file",
                    help: "rename the folder in \(snapshot.shown(folder))/"))
                continue
            }
            files.append(OutputFile(path: path, contents: file.bytes))
        }
    }
}
