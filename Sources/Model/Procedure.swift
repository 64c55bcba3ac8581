/// One validated escalation procedure: everything the flowchart, the pages and the
/// statistics read. Plain values, no I/O.
public struct Procedure: Sendable, Hashable, Codable {
    /// Whether the source lists its stages. Some published procedures describe
    /// principles and contacts but never list the stages; they are published as they are.
    public enum StageListing: String, Sendable, Hashable, Codable {
        case listed
        case notListed = "not-listed"
    }

    public var id: String
    public var title: String
    /// Path of the source file relative to the content folder, e.g. `policies/000_herts.md`.
    public var source: String
    /// True for the bundled example set.
    public var example: Bool
    public var summary: String
    public var partnerships: [Partnership]
    public var version: String?
    public var approved: Approval?
    public var reviewed: [PolicyDate]
    public var lastUpdated: PolicyDate?
    public var nextReview: PolicyDate?
    public var amendments: [Amendment]
    /// The paper its charts print on, when the author chose one.
    public var print: PrintPreference?
    /// Name of the working-day calendar (a division in `content/calendars/`).
    public var calendar: String
    /// The procedure's own words on how firm its timescales are.
    public var timescaleNote: String?
    public var stageListing: StageListing
    /// Shown instead of stages when `stageListing` is `notListed`.
    public var stagesNote: String?
    public var introduction: Prose
    public var stages: [Stage]
    /// Urgent routes (which bypass the stages) and the other routes, in the order written.
    public var routes: [Route]
    /// Recording and notification duties that hold at every stage, written once.
    public var duties: StandingDuties
    public var subProcedures: [SubProcedure]
    public var contacts: [Contact]
    public var categories: [String]
    /// Prose before the categories list.
    public var categoriesNote: Prose
    /// Prose after the categories list, e.g. that the list is not exhaustive.
    public var categoriesAfter: Prose
    public var concernTemplate: [String]
    /// Prose before the template's questions, e.g. how to use it.
    public var concernTemplateNote: Prose
    /// Prose after the template's questions.
    public var concernTemplateAfter: Prose
    public var sections: [Section]
    /// The footnotes of the whole file, shown once at the end of the page as cmark-gfm renders them.
    public var footnotes: Prose
    /// The published document the procedure was written from (`source:`).
    public var sourceDocument: SourceDocument? = nil
    /// Related procedures and documents (`related:`), in the order written.
    public var related: [RelatedDocument] = []

    public init(id: String, title: String, source: String, example: Bool = false, summary: String = "",
                partnerships: [Partnership], version: String? = nil, approved: Approval? = nil,
                reviewed: [PolicyDate] = [], lastUpdated: PolicyDate? = nil, nextReview: PolicyDate? = nil,
                amendments: [Amendment] = [], print: PrintPreference? = nil, calendar: String, timescaleNote: String? = nil,
                stageListing: StageListing = .listed, stagesNote: String? = nil, introduction: Prose = Prose(),
                stages: [Stage] = [], routes: [Route] = [], duties: StandingDuties = StandingDuties(), subProcedures: [SubProcedure] = [],
                contacts: [Contact] = [], categories: [String] = [], categoriesNote: Prose = Prose(),
                categoriesAfter: Prose = Prose(), concernTemplate: [String] = [], concernTemplateNote: Prose = Prose(),
                concernTemplateAfter: Prose = Prose(), sections: [Section] = [],
                footnotes: Prose = Prose()) {
        self.id = id
        self.title = title
        self.source = source
        self.example = example
        self.summary = summary
        self.partnerships = partnerships
        self.version = version
        self.approved = approved
        self.reviewed = reviewed
        self.lastUpdated = lastUpdated
        self.nextReview = nextReview
        self.amendments = amendments
        self.print = print
        self.calendar = calendar
        self.timescaleNote = timescaleNote
        self.stageListing = stageListing
        self.stagesNote = stagesNote
        self.introduction = introduction
        self.stages = stages
        self.routes = routes
        self.duties = duties
        self.subProcedures = subProcedures
        self.contacts = contacts
        self.categories = categories
        self.categoriesNote = categoriesNote
        self.categoriesAfter = categoriesAfter
        self.concernTemplate = concernTemplate
        self.concernTemplateNote = concernTemplateNote
        self.concernTemplateAfter = concernTemplateAfter
        self.sections = sections
        self.footnotes = footnotes
    }

    public func contact(id: String) -> Contact? {
        contacts.first { $0.id == id }
    }

    /// The routes that bypass the stages, shown first as urgent.
    public var urgentRoutes: [Route] { routes.filter(\.isUrgent) }

    /// The routes that run alongside or instead of the stages.
    public var otherRoutes: [Route] { routes.filter { !$0.isUrgent } }
}
