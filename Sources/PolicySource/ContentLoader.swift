import Diagnostics
import Foundation
import Model
import WorkingDays

/// Reads every policy in a content folder and checks what no single file can:
/// unique ids, consistent partnerships, links between files.
public struct ContentLoader: Sendable {
    public struct Result: Sendable {
        /// Procedures in file-name order; a file with errors may still give one.
        public var procedures: [Procedure]
        public var diagnostics: DiagnosticList
        /// The working-day calendars of `content/calendars/`.
        public var calendars = BankHolidays()
        /// `content/site.yml` and the theme's settings.
        public var settings = SiteSettings()
    }

    /// The content folder, and how to show it in messages (usually as the user typed it).
    public var directory: URL
    public var display: String
    public var today: PolicyDate?

    public init(directory: URL, display: String? = nil, today: PolicyDate? = nil) {
        self.directory = directory
        self.display = display ?? directory.path
        self.today = today
    }

    public static let policiesFolder = "policies"
    public static let calendarsFolder = "calendars"

    public func load() -> Result {
        var diagnostics = DiagnosticList()
        let policies = directory.appendingPathComponent(Self.policiesFolder)
        let shownPolicies = display + "/" + Self.policiesFolder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: policies.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error("content-missing", at: SourceLocation(file: shownPolicies),
                "there is no policies folder", help: "run escalate from the folder that holds content/, or pass --content <folder>"))
            return Result(procedures: [], diagnostics: diagnostics)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: policies.path)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .sorted()
        if names.isEmpty {
            diagnostics.append(.error("content-missing", at: SourceLocation(file: shownPolicies),
                "the policies folder holds no .md files", help: "add one Markdown file per procedure; see docs/policy-format.md"))
        }
        let (calendars, calendarProblems) = BankHolidays.load(
            directory: directory.appendingPathComponent(Self.calendarsFolder), display: display + "/" + Self.calendarsFolder)
        diagnostics.append(contentsOf: calendarProblems)

        let reader = ProcedureReader(knownCalendars: calendars.names, today: today)
        var reads: [(String, ReadProcedure)] = []
        for name in names {
            let path = policies.appendingPathComponent(name).path
            let shown = shownPolicies + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(.error("unreadable", at: SourceLocation(file: shown), "the file cannot be read",
                                          help: "check its permissions"))
                continue
            }
            let read = reader.read(bytes: [UInt8](data), file: shown, source: Self.policiesFolder + "/" + name)
            diagnostics.append(contentsOf: read.diagnostics)
            reads.append((name, read))
        }

        let check = LinkCheck(anchors: Dictionary(uniqueKeysWithValues: reads.map { ($0.0, $0.1.anchors) }), directory: policies)
        for (name, read) in reads {
            diagnostics.append(contentsOf: check.check(read.links, in: name))
        }
        let procedures = reads.compactMap(\.1.procedure)
        diagnostics.append(contentsOf: Self.crossChecks(reads.map(\.1), shownPolicies: shownPolicies))
        var settingProblems: [Diagnostic] = []
        let settings = SiteSettingsReader(content: directory, display: display).read(into: &settingProblems)
        diagnostics.append(contentsOf: settingProblems)
        return Result(procedures: procedures, diagnostics: diagnostics, calendars: calendars, settings: settings)
    }

    /// Ids are what case data and links refer to, so they must mean one thing across the content.
    static func crossChecks(_ reads: [ReadProcedure], shownPolicies: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var ids: [String: String] = [:]
        var partnershipNames: [String: (String, String)] = [:]
        for read in reads {
            guard let procedure = read.procedure else { continue }
            let file = shownPolicies + "/" + (procedure.source.split(separator: "/").last.map(String.init) ?? procedure.source)
            let at = read.idLocation ?? SourceLocation(file: file, line: 1, column: 1)
            if let other = ids[procedure.id] {
                out.append(.error("duplicate-id", at: at,
                    "the procedure id '\(procedure.id)' is already used by \(other)", help: "give each procedure its own id"))
            } else {
                ids[procedure.id] = procedure.source
            }
            for p in procedure.partnerships {
                if let (name, source) = partnershipNames[p.id], name != p.name {
                    out.append(.error("partnership-name", at: at,
                        "partnership '\(p.id)' is called '\(p.name)' here but '\(name)' in \(source)",
                        help: "use the same name for the same partnership id everywhere"))
                } else if partnershipNames[p.id] == nil {
                    partnershipNames[p.id] = (p.name, procedure.source)
                }
            }
        }
        return out
    }
}
