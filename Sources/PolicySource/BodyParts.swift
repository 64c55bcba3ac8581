import Diagnostics
import Model

/// What the body of a policy gives, with the positions the checks need.
struct BodyParts {
    struct LocatedStage {
        var stage: Stage
        var heading: SourceLocation
        var timescale: SourceLocation
        /// Per notification, where its `Notify` item is.
        var notifications: [SourceLocation]
        /// False when a required fact was missing or unreadable (already reported): checks that
        /// would only repeat the problem skip the stage.
        var complete: Bool
        /// A label was misspelt (already reported), so "missing" warnings would mislead.
        var hadUnknownFacts: Bool
    }

    var title: String?
    var titleLocation: SourceLocation?
    var introduction = Prose()
    var firstParagraph = ""
    var stages: [LocatedStage] = []
    var urgentRoutes: [UrgentRoute] = []
    var subProcedures: [SubProcedure] = []
    /// Where each sub-procedure's heading is, by anchor.
    var subProcedureHeadings: [String: SourceLocation] = [:]
    var categories: [String] = []
    var categoriesNote = Prose()
    var concernTemplate: [String] = []
    var concernTemplateNote = Prose()
    var sections: [Section] = []
    var footnotes = Prose()
    var anchors: Set<String> = []
    var links: [ReadProcedure.Link] = []
}
