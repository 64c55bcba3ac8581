import CaseLog
import Diagnostics
import Flowchart
import Foundation
import Model
import Output
import PolicySource
import Site
import Snapshot
import Statistics
import WorkingDays

/// What the steps of a build hand on to each other. Each step reads what earlier steps left
/// and adds its own part; nothing here touches the disk except the `read` and `write` steps.
public struct BuildContext: Sendable {
    public var snapshot = ContentSnapshot(display: "", files: [], exists: false)
    /// Settings, calendars, every policy as read, and the procedures built from them.
    public var content = ContentLoader.Result(procedures: [], diagnostics: DiagnosticList())
    public var theme: Theme?
    /// The escalation statistics, when the build was given a case log.
    public var statistics: StatisticsPublication?
    /// The statistics' own files (JSON, CSV, charts, methods), for `escalate stats`.
    public var statisticsFiles: [OutputFile] = []
    public var charts: [SiteChart] = []
    /// What the `cases` step read, as counts (nil when the step did not run).
    public var caseLog: CaseLogSummary?
    /// The vocabularies case records are counted in, with every procedure's categories.
    public var caseVocabularies: CaseVocabularies?
    /// The statistics' counts of the log the `cases` step read (nil when it read no record).
    public var caseTallies: StatisticsAggregator?
    /// Every file the build makes, by path inside the output folder.
    public var files: [OutputFile] = []
    /// What each page was rendered from, written beside the output for the next build.
    public var pageManifest: PageManifest?
    /// The pages the `pages` step rendered, and those it kept from the previous output because
    /// nothing they are made from had changed (by path).
    public var pagesRendered: [String] = []
    public var pagesKept: [String] = []
    /// Per generated page, the links that came from policy prose.
    var contentHrefs: [String: Set<String>] = [:]
    public var diagnostics = DiagnosticList()
    /// Paths written inside the output folder; empty unless the `write` step ran and succeeded.
    public var written: [String] = []
    /// The names of the steps that ran, in order.
    public var stepsRun: [String] = []
    /// Set when the build stopped after `read` because the output already holds what it would
    /// write (`BuildRecord`): the recorded counts, and the recorded diagnostics in `diagnostics`.
    public var upToDate: UpToDate?
    /// The inputs' fingerprint (`BuildFingerprint`), recorded by `write`; nil when the build is
    /// one a record cannot describe.
    var fingerprint: String?

    public struct UpToDate: Sendable, Equatable {
        public var procedures: Int
        public var files: Int

        public init(procedures: Int, files: Int) {
            self.procedures = procedures
            self.files = files
        }
    }

    public var procedures: [Procedure] { content.procedures }
    /// The procedures read, or those the up-to-date build's record counted.
    public var procedureCount: Int { upToDate?.procedures ?? procedures.count }
    public var calendars: BankHolidays { content.calendars }
    public var settings: SiteSettings { content.settings }

    public func hasFailures(strict: Bool) -> Bool {
        diagnostics.hasFailures(strict: strict)
    }
}
