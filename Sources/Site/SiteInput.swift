import Flowchart
import Foundation
import Model
import WorkingDays

/// Everything the site is made from: the model, the settings, the calendars and the charts
/// already rendered by the flowchart step.
public struct SiteInput: Sendable {
    public struct ChartFiles: Sendable {
        public var chart: Chart
        /// The SVG as dot wrote it (with its title and description), nil when dot is missing.
        public var svg: String?
        public var hasPDF: Bool
        public var alternative: TextAlternative

        public init(chart: Chart, svg: String?, hasPDF: Bool, alternative: TextAlternative) {
            self.chart = chart
            self.svg = svg
            self.hasPDF = hasPDF
            self.alternative = alternative
        }
    }

    public var procedures: [Procedure]
    public var settings: SiteSettings
    public var calendars: BankHolidays
    public var charts: [ChartFiles]
    public var paperName: String

    public init(procedures: [Procedure], settings: SiteSettings, calendars: BankHolidays, charts: [ChartFiles],
                paperName: String = "A4") {
        self.procedures = procedures
        self.settings = settings
        self.calendars = calendars
        self.charts = charts
        self.paperName = paperName
    }
}
