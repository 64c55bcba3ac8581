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
        /// As written, before their destinations are resolved.
        var outcomes: [RawOutcome] = []
    }

    /// An outcome as written: `not resolved → Stage 4`.
    struct RawOutcome {
        var when: String
        var target: String
        var location: SourceLocation
    }

    struct LocatedRoute {
        var route: Route
        var heading: SourceLocation
        var leadsTo: RawOutcome?
    }

    struct LocatedSubProcedure {
        struct Step {
            var number: Int
            var notifications: [SourceLocation]
            var outcomes: [RawOutcome]
        }

        var heading: SourceLocation
        var steps: [Step] = []
    }

    var title: String?
    var titleLocation: SourceLocation?
    var introduction = Prose()
    var firstParagraph = ""
    var stages: [LocatedStage] = []
    var routes: [LocatedRoute] = []
    var duties = StandingDuties()
    var dutyNotifications: [SourceLocation] = []
    var dutiesNote = Prose()
    var dutiesLocation: SourceLocation?
    var subProcedures: [SubProcedure] = []
    var locatedSubProcedures: [LocatedSubProcedure] = []
    /// Where each sub-procedure's heading is, by anchor.
    var subProcedureHeadings: [String: SourceLocation] = [:]
    var categories: [String] = []
    var categoriesNote = Prose()
    var categoriesAfter = Prose()
    var concernTemplate: [String] = []
    var concernTemplateNote = Prose()
    var concernTemplateAfter = Prose()
    var sections: [Section] = []
    var footnotes = Prose()
    var anchors: Set<String> = []
    var links: [ReadProcedure.Link] = []
}
