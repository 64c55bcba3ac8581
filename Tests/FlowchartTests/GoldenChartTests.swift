import Flowchart
import Foundation
import Model
import Testing
import TestSupport

/// The DOT and the text alternative of Hertfordshire's charts, byte for byte, as reviewed by eye
/// (Tests/Golden/charts/): a change to the chart's layout shows up here as a diff to look at.
@Suite struct GoldenChartTests {
    @Test func hertfordshireChartsMatchTheirGoldenFiles() throws {
        let herts = try #require(Fixtures.procedure("herts"))
        let charts = FlowchartBuilder().charts(for: herts)
        #expect(charts.count == 2)
        for chart in charts {
            if let problem = Golden.compare(Data(chart.dot.utf8), to: "Tests/Golden/charts/herts-\(chart.name).dot") {
                Issue.record(Comment(rawValue: problem))
            }
        }
        let text = TextAlternative.main(herts).plainText
        if let problem = Golden.compare(Data(text.utf8), to: "Tests/Golden/charts/herts-flowchart.txt") { Issue.record(Comment(rawValue: problem)) }
    }
}
