/// The `chart` partial: one flowchart, inline, with its downloads and its text alternative.
struct ChartContext: Encodable, Sendable {
    struct Step: Encodable, Sendable {
        var text: String
        var details: [String]
        var hasDetails: Bool
        /// `text` and `details` as HTML, each email address and known phone number a link.
        var textHtml: HTMLFragment
        var detailLines: [Detail]
    }

    struct Detail: Encodable, Sendable {
        var detailHtml: HTMLFragment
    }

    var title: String
    /// The paper the PDF is laid out for ("A4").
    var paper: String
    /// The SVG prepared for the page (HTML escalate made), absent without Graphviz.
    var svg: Maybe<String>
    var svgHref: Maybe<String>
    var pdfHref: Maybe<String>
    var dotHref: String
    var alternative: [Step]
}
