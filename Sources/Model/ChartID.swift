/// One flowchart: the procedure it belongs to and its name inside that procedure's folder
/// (`flowchart`, or a sub-procedure's anchor). File names and SVG ids are made from it here.
public struct ChartID: Sendable, Hashable, Comparable, Codable {
    public var procedure: String
    public var name: String

    public init(procedure: String, name: String) {
        self.procedure = procedure
        self.name = name
    }

    /// The name of a procedure's main chart.
    public static let mainName = "flowchart"

    public static func main(of procedureID: String) -> ChartID {
        ChartID(procedure: procedureID, name: mainName)
    }

    public var isMain: Bool { name == Self.mainName }

    /// `herts/flowchart.svg`: the file inside the output folder.
    public func file(_ fileExtension: String) -> String {
        "\(procedure)/\(name).\(fileExtension)"
    }

    /// `flowchart.svg`: the file as linked from the procedure's own page.
    public func fileOnPage(_ fileExtension: String) -> String {
        "\(name).\(fileExtension)"
    }

    /// `chart-herts-flowchart`: the stem of the ids of the SVG's title and description.
    public var svgIDBase: String {
        "chart-\(procedure)-\(name)"
    }

    public static func < (a: ChartID, b: ChartID) -> Bool {
        (a.procedure, a.name) < (b.procedure, b.name)
    }
}
