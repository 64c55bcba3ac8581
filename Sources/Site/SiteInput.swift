import Foundation
import Model
import Statistics
import WorkingDays

/// Everything the site is made from: the model, the settings, the calendars and the charts
/// already rendered by the flowchart step, in the site's own terms.
public struct SiteInput: Sendable {
    public var procedures: [Procedure]
    public var settings: SiteSettings
    public var calendars: BankHolidays
    public var charts: [SiteChart]
    /// The date the compare page's audit measures review dates against; nil for the content's
    /// own newest date.
    public var auditDate: PolicyDate?
    /// The escalation statistics, when the build read a case log.
    public var statistics: StatisticsPublication?
    /// The glossary's terms (`content/glossary.yml`); none, no glossary page.
    public var glossary: [GlossaryTerm] = []
    /// Superseded versions, each published at its own address.
    public var archive: [ArchivedVersion] = []

    public init(procedures: [Procedure], settings: SiteSettings, calendars: BankHolidays, charts: [SiteChart],
                auditDate: PolicyDate? = nil, statistics: StatisticsPublication? = nil) {
        self.statistics = statistics
        self.procedures = procedures
        self.settings = settings
        self.calendars = calendars
        self.charts = charts
        self.auditDate = auditDate
    }
}

/// What a page needs of one flowchart.
public struct SiteChart: Sendable {
    public struct Step: Sendable, Hashable {
        public var text: String
        public var details: [String]

        public init(text: String, details: [String] = []) {
            self.text = text
            self.details = details
        }
    }

    public var id: ChartID
    public var title: String
    /// The SVG as the flowchart step made it (with its title and description), nil when the
    /// charts were not rendered.
    public var svg: String?
    public var hasPDF: Bool
    /// The paper the PDF is printed on ("A4 portrait").
    public var paper: String
    /// The chart as a list of steps: its text alternative.
    public var alternative: [Step]

    public init(id: ChartID, title: String, svg: String?, hasPDF: Bool, paper: String = "A4 portrait", alternative: [Step]) {
        self.id = id
        self.title = title
        self.svg = svg
        self.hasPDF = hasPDF
        self.paper = paper
        self.alternative = alternative
    }
}
