import Diagnostics
import Model

/// Superseded versions: `content/archive/<procedure id>/<version>.md`, each a whole policy file
/// in the same format as the current one, published read-only at its own address.
extension ContentLoader {
    public static let archiveFolder = "archive"
    /// More than this many archived versions of one procedure are not read.
    static let maxArchivedVersions = 50

    /// The glossary, and each archived version parsed like a policy (the checks across files
    /// come in `checkArchive`, once every current procedure is known).
    func readGlossaryAndArchive(into result: inout Result, reader: ProcedureReader) {
        var problems: [Diagnostic] = []
        result.glossary = GlossaryReader(snapshot: snapshot).read(into: &problems)
        result.diagnostics.append(contentsOf: problems)
        var perProcedure: [String: Int] = [:]
        for (path, file) in snapshot.tree(Self.archiveFolder).sorted(by: { $0.key < $1.key }) {
            let shown = snapshot.shown(Self.archiveFolder + "/" + path)
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].hasSuffix(".md"), Self.isVersionName(String(parts[1].dropLast(3))) else {
                result.diagnostics.append(.warning(.contentUnread, at: SourceLocation(file: shown),
                    "this file is not read: archived versions are \(snapshot.shown(Self.archiveFolder))/<procedure id>/<version>.md",
                    help: "name it after its version (36.md, 2.1.md: letters, digits, dots and hyphens) in a folder named after the procedure's id"))
                continue
            }
            let id = String(parts[0])
            let version = String(parts[1].dropLast(3))
            perProcedure[id, default: 0] += 1
            if perProcedure[id]! > Self.maxArchivedVersions {
                if perProcedure[id]! == Self.maxArchivedVersions + 1 {
                    result.diagnostics.append(.error(.archiveVersion, at: SourceLocation(file: shown),
                        "more than \(Self.maxArchivedVersions) archived versions of '\(id)'; the rest are not read",
                        help: "keep the versions readers may still need; older ones stay in the repository's history"))
                }
                continue
            }
            var read = reader.read(bytes: [UInt8](file.bytes), file: shown, source: Self.archiveFolder + "/" + path)
            read.fileName = file.name
            result.diagnostics.append(contentsOf: read.diagnostics)
            result.archiveReads.append((id, version, read))
        }
    }

    /// Each archived version belongs to a current procedure, is the version its file is named
    /// after, and is older than the current one; it is superseded on the next version's date.
    func checkArchive(into result: inout Result) {
        var archive: [ArchivedVersion] = []
        let current = Dictionary(result.procedures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (id, version, read) in result.archiveReads {
            guard let procedure = read.procedure else { continue }
            let top = SourceLocation(file: snapshot.shown(Self.archiveFolder + "/" + id + "/" + read.fileName), line: 1, column: 1)
            guard let now = current[id] else {
                result.diagnostics.append(.error(.archiveVersion, at: top,
                    "the archive folder '\(id)' is not the id of a current procedure",
                    help: (Suggestion.nearest(to: id, in: current.keys.sorted()).map { "did you mean '\($0)'? " } ?? "")
                        + "name the folder after the current procedure's id; a withdrawn procedure's versions are not published"))
                continue
            }
            if procedure.id != id {
                result.diagnostics.append(.error(.archiveVersion, at: read.idLocation ?? top,
                    "this archived version's id is '\(procedure.id)', but it is in the folder of '\(id)'",
                    help: "an archived version keeps its procedure's id: write 'id: \(id)', or move the file"))
                continue
            }
            if let stated = procedure.version, stated != version {
                result.diagnostics.append(.error(.archiveVersion, at: read.versionLocation ?? top,
                    "the file is named for version \(version), but its front matter says version \(stated)",
                    help: "name the file \(stated).md, or correct the version"))
                continue
            }
            if version == now.version {
                result.diagnostics.append(.error(.archiveVersion, at: read.versionLocation ?? top,
                    "version \(version) is the current version of '\(id)', not a superseded one",
                    help: "keep only earlier versions in the archive; the current one is \(now.source)"))
                continue
            }
            archive.append(ArchivedVersion(procedure: procedure, version: version))
        }
        // Oldest first; each is superseded by the next, the newest by the current procedure.
        archive.sort { ($0.procedure.id, VersionOrder(versionName: $0.version)) < ($1.procedure.id, VersionOrder(versionName: $1.version)) }
        for i in archive.indices {
            let next = i + 1 < archive.count && archive[i + 1].procedure.id == archive[i].procedure.id ? archive[i + 1].procedure : current[archive[i].procedure.id]
            archive[i].supersededOn = next?.lastUpdated
            archive[i].supersededBy = next?.version
        }
        result.archive = archive
    }

    /// A version name is part of a web address and a file name.
    static func isVersionName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 40 && text.first!.isASCII && (text.first!.isLetter || text.first!.isNumber)
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
    }
}

/// Versions in the order people number them: `2.10` after `2.9`, `36` after `4`.
struct VersionOrder: Comparable {
    let parts: [Part]

    enum Part: Comparable {
        case number(Int)
        case text(String)
    }

    init(versionName: String) {
        parts = versionName.split(whereSeparator: { $0 == "." || $0 == "-" }).map { Int($0).map(Part.number) ?? .text(String($0)) }
    }

    static func < (a: VersionOrder, b: VersionOrder) -> Bool {
        a.parts.lexicographicallyPrecedes(b.parts)
    }
}
