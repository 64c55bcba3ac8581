import Model

/// Paper for printed charts.
public typealias Paper = PrintPreference.Paper

extension PrintPreference.Paper {
    /// Width and height in inches, portrait.
    var inches: (Double, Double) {
        switch self {
        case .a4: return (8.27, 11.69)
        case .a3: return (11.69, 16.54)
        }
    }
}

/// Where a chart goes on the printed page.
public struct PrintLayout: Sendable, Hashable {
    public var paper: Paper
    public var landscape: Bool
    /// White space kept clear on every side, in inches (10 mm); printers cannot print to the edge.
    public var margin: Double

    public init(paper: Paper = .a4, landscape: Bool = false, margin: Double = 0.4) {
        self.paper = paper
        self.landscape = landscape
        self.margin = margin
    }

    public init(_ preference: PrintPreference?) {
        self.init(paper: preference?.paper ?? .a4, landscape: preference?.landscape ?? false)
    }

    /// The paper's width and height in inches, as oriented.
    public var page: (width: Double, height: Double) {
        let (w, h) = paper.inches
        return landscape ? (h, w) : (w, h)
    }

    /// The area a chart may fill.
    public var printable: (width: Double, height: Double) {
        (page.width - 2 * margin, page.height - 2 * margin)
    }

    /// The scale a drawing of this size (inches) is printed at: shrunk to fit, never enlarged.
    public func scale(width: Double, height: Double) -> Double {
        guard width > 0, height > 0 else { return 1 }
        return min(1, printable.width / width, printable.height / height)
    }

    /// Text smaller than this on paper is hard to read at arm's length on a wall.
    public static let minimumPrintedPoints = 9.0

    public var name: String { paper.rawValue.uppercased() + (landscape ? " landscape" : " portrait") }
}
