/// Colours and styles for the charts.
///
/// Colours come from the Okabe–Ito palette, which stays distinct for the common forms of
/// colour blindness. Nothing depends on colour alone: the urgent route is an octagon with a
/// double border and bold dashed edges, stages are boxes, decisions diamonds, duties notes,
/// and the ends are rounded boxes, so a greyscale print reads the same.
enum Palette {
    /// Liberation Sans has Arial's metrics and ships with Debian (fonts-liberation2); fontconfig
    /// falls back to DejaVu Sans or any sans-serif when it is missing.
    static let font = "Liberation Sans,Arial,DejaVu Sans,sans-serif"
    static let fontSize = 11
    static let edgeFontSize = 11
    static let titleFontSize = 14
    /// The smallest text on a chart, for the print legibility check.
    static let smallestFontSize = min(fontSize, edgeFontSize)

    static let ink = "#1A1A1A"
    static let stageFill = "#E3EEF7"
    static let stageLine = "#0072B2"
    static let decisionFill = "#FDF0D5"
    static let decisionLine = "#E69F00"
    static let urgentFill = "#FBE1D2"
    static let urgentLine = "#D55E00"
    static let noteFill = "#F2F2F2"
    static let noteLine = "#595959"
    static let endFill = "#DDF2EA"
    static let endLine = "#009E73"
}
