import CaseLog
import CmarkGFM
import Diagnostics
import Foundation
import Model
import Parallel
import Snapshot
import WorkingDays

/// Reads the content of a snapshot: settings, calendars and every policy, with the checks
/// across files (unique ids, consistent partnerships). The build runs these as separate named
/// steps; `load()` runs them all, for callers that only want the model.
public struct ContentLoader: Sendable {
    public struct Result: Sendable {
        /// Procedures in file-name order; a file with errors may still give one.
        public var procedures: [Procedure]
        public var diagnostics: DiagnosticList
        /// The working-day calendars of `content/calendars/`.
        public var calendars = BankHolidays()
        /// `content/site.yml` and the theme's settings.
        public var settings = SiteSettings()
        /// `content/case-log.yml`: vocabularies and the mapping of case logs.
        public var caseLog = CaseLogSettings()
        /// `content/statistics.yml`: how the escalation statistics are published.
        public var statisticsSettings = StatisticsSettings()
        /// Every policy as read, in file-name order, for the link check after the pages are made.
        public var reads: [ReadProcedure] = []
        /// Where site.yml's `immediate-risk` names each partnership's front door.
        public var frontDoorLocations: [String: SourceLocation] = [:]
        /// site.yml's addresses on domains reserved for examples (`example.org`).
        var placeholderAddresses: [PlaceholderAddressScan.Use] = []
        /// `content/glossary.yml`: the terms the pages link to their definitions.
        public var glossary: [GlossaryTerm] = []
        /// `content/archive/<id>/<version>.md`: superseded versions, oldest first per procedure.
        public var archive: [ArchivedVersion] = []
        /// Every archived file as read, before the checks against the current procedures.
        public var archiveReads: [(id: String, version: String, read: ReadProcedure)] = []

        public init(procedures: [Procedure] = [], diagnostics: DiagnosticList = DiagnosticList()) {
            self.procedures = procedures
            self.diagnostics = diagnostics
        }
    }

    public var snapshot: ContentSnapshot
    public var today: PolicyDate?

    public init(snapshot: ContentSnapshot, today: PolicyDate? = nil) {
        self.snapshot = snapshot
        self.today = today
    }

    public static let policiesFolder = "policies"
    public static let calendarsFolder = "calendars"
    public static let themeFolder = "theme"

    public func load() -> Result {
        var result = Result(procedures: [], diagnostics: DiagnosticList(snapshot.diagnostics))
        readSettings(into: &result)
        readPolicies(into: &result)
        checkAcrossFiles(into: &result)
        return result
    }

    /// `site.yml`, `theme/theme.yml` and the calendars: what reading the policies depends on.
    public func readSettings(into result: inout Result) {
        var problems: [Diagnostic] = []
        result.settings = SiteSettingsReader(snapshot: snapshot).read(into: &problems, frontDoors: &result.frontDoorLocations,
                                                                   placeholders: &result.placeholderAddresses)
        result.caseLog = CaseLogSettingsReader(snapshot: snapshot).read(into: &problems)
        result.statisticsSettings = StatisticsSettingsReader(snapshot: snapshot).read(into: &problems)
        result.diagnostics.append(contentsOf: problems)
        let calendarFiles = snapshot.files(in: Self.calendarsFolder, suffix: ".json").map { (snapshot.shown($0.path), $0.bytes) }
        let (calendars, calendarProblems) = BankHolidays.load(files: calendarFiles, display: snapshot.shown(Self.calendarsFolder))
        result.calendars = calendars
        result.diagnostics.append(contentsOf: calendarProblems)
    }

    /// Each policy file, parsed once.
    public func readPolicies(into result: inout Result) {
        let shownPolicies = snapshot.shown(Self.policiesFolder)
        guard snapshot.exists, snapshot.hasFolder(Self.policiesFolder) else {
            let message = snapshot.exists ? "there is no policies folder, or it holds no files" : "the content folder does not exist"
            result.diagnostics.append(.error(.contentMissing, at: SourceLocation(file: snapshot.exists ? shownPolicies : snapshot.display),
                message, help: "run escalate from the folder that holds content/, or pass --content <folder>"))
            return
        }
        let files = snapshot.files(in: Self.policiesFolder, suffix: ".md")
        // Anything else in the policies folder is left unread: said, so a procedure saved as
        // `x.markdown`, `X.MD` or in a sub-folder does not silently go missing.
        for other in snapshot.tree(Self.policiesFolder).keys.sorted() where !files.contains(where: { $0.path == Self.policiesFolder + "/" + other }) {
            result.diagnostics.append(.warning(.contentUnread, at: SourceLocation(file: snapshot.shown(Self.policiesFolder + "/" + other)),
                "this file is not read: procedures are the .md files directly in \(shownPolicies)/",
                help: other.contains("/") ? "move it up into \(shownPolicies)/ if it is a procedure, or out of the folder if not"
                                          : "name it with the .md extension (lower case) if it is a procedure, or move it out of the folder"))
        }
        for other in snapshot.tree(Self.calendarsFolder).keys.sorted() where !other.hasSuffix(".json") || other.contains("/") {
            result.diagnostics.append(.warning(.contentUnread, at: SourceLocation(file: snapshot.shown(Self.calendarsFolder + "/" + other)),
                "this file is not read: calendars are the .json files directly in \(snapshot.shown(Self.calendarsFolder))/",
                help: "give it the .json extension if it is a calendar, or move it out of the folder"))
        }
        if files.isEmpty {
            result.diagnostics.append(.error(.contentMissing, at: SourceLocation(file: shownPolicies),
                "the policies folder holds no .md files", help: "add one Markdown file per procedure; see docs/policy-format.md"))
        }
        // A calendar file that could not be read is reported once; every procedure naming one of
        // its calendars would otherwise add an "unknown calendar" error on top.
        let calendarsReadable = !result.diagnostics.items.contains { [DiagnosticCode.calendarFile.rawValue, DiagnosticCode.calendarDuplicate.rawValue].contains($0.code) }
        let reader = ProcedureReader(knownCalendars: calendarsReadable ? result.calendars.names : nil, today: today,
                                     markdownOptions: MarkdownOptions(allowRawHTML: result.settings.allowRawHTML))
        // Each file is read on its own (cmark-gfm's part one at a time, `CmarkSession`), on every
        // core, and gathered in file-name order.
        let snapshot = snapshot
        let reads = files.concurrentMap { file in
            var read = reader.read(bytes: [UInt8](file.bytes), file: snapshot.shown(file.path), source: file.path)
            read.fileName = file.name
            return read
        }
        for read in reads {
            result.diagnostics.append(contentsOf: read.diagnostics)
            result.reads.append(read)
        }
        result.procedures = result.reads.compactMap(\.procedure)
        readGlossaryAndArchive(into: &result, reader: reader)
    }

    /// Ids are what case data and links refer to, so they must mean one thing across the content.
    public func checkAcrossFiles(into result: inout Result) {
        result.diagnostics.append(contentsOf: Self.crossChecks(result.reads, shownPolicies: snapshot.shown(Self.policiesFolder)))
        result.diagnostics.append(contentsOf: Self.frontDoorChecks(result.frontDoorLocations, procedures: result.procedures))
        result.diagnostics.append(contentsOf: PlaceholderAddressScan.check(result.placeholderAddresses, procedures: result.procedures))
        checkArchive(into: &result)
    }

    static func crossChecks(_ reads: [ReadProcedure], shownPolicies: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var ids: [String: String] = [:]
        var partnershipNames: [String: (String, String)] = [:]
        for read in reads {
            guard let procedure = read.procedure else { continue }
            let file = shownPolicies + "/" + (procedure.source.split(separator: "/").last.map(String.init) ?? procedure.source)
            let at = read.idLocation ?? SourceLocation(file: file, line: 1, column: 1)
            if let other = ids[procedure.id] {
                out.append(.error(.duplicateId, at: at,
                    "the procedure id '\(procedure.id)' is already used by \(other)", help: "give each procedure its own id"))
            } else {
                ids[procedure.id] = procedure.source
            }
            for p in procedure.partnerships {
                if let (name, source) = partnershipNames[p.id], name != p.name {
                    out.append(.error(.partnershipName, at: at,
                        "partnership '\(p.id)' is called '\(p.name)' here but '\(name)' in \(source)",
                        help: "use the same name for the same partnership id everywhere"))
                } else if partnershipNames[p.id] == nil {
                    partnershipNames[p.id] = (p.name, procedure.source)
                }
            }
        }
        out += relatedChecks(reads, ids: ids.keys.sorted())
        return out
    }
}
