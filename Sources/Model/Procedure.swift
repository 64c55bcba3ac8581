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
    /// Name of the working-day calendar (a division in `content/calendars/`).
    public var calendar: String
    /// The procedure's own words on how firm its timescales are.
    public var timescaleNote: String?
    public var stageListing: StageListing
    /// Shown instead of stages when `stageListing` is `notListed`.
    public var stagesNote: String?
    public var introduction: Prose
    public var stages: [Stage]
    public var urgentRoutes: [UrgentRoute]
    public var subProcedures: [SubProcedure]
    public var contacts: [Contact]
    public var categories: [String]
    /// Prose around the categories list, e.g. that the list is not exhaustive.
    public var categoriesNote: Prose
    public var concernTemplate: [String]
    /// Prose around the template's questions, e.g. how to use it.
    public var concernTemplateNote: Prose
    public var sections: [Section]
    /// The footnotes of the whole file, shown once at the end of the page as cmark-gfm renders them.
    public var footnotes: Prose

    public init(id: String, title: String, source: String, example: Bool = false, summary: String = "",
                partnerships: [Partnership], version: String? = nil, approved: Approval? = nil,
                reviewed: [PolicyDate] = [], lastUpdated: PolicyDate? = nil, nextReview: PolicyDate? = nil,
                amendments: [Amendment] = [], calendar: String, timescaleNote: String? = nil,
                stageListing: StageListing = .listed, stagesNote: String? = nil, introduction: Prose = Prose(),
                stages: [Stage] = [], urgentRoutes: [UrgentRoute] = [], subProcedures: [SubProcedure] = [],
                contacts: [Contact] = [], categories: [String] = [], categoriesNote: Prose = Prose(),
                concernTemplate: [String] = [], concernTemplateNote: Prose = Prose(), sections: [Section] = [],
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
        self.calendar = calendar
        self.timescaleNote = timescaleNote
        self.stageListing = stageListing
        self.stagesNote = stagesNote
        self.introduction = introduction
        self.stages = stages
        self.urgentRoutes = urgentRoutes
        self.subProcedures = subProcedures
        self.contacts = contacts
        self.categories = categories
        self.categoriesNote = categoriesNote
        self.concernTemplate = concernTemplate
        self.concernTemplateNote = concernTemplateNote
        self.sections = sections
        self.footnotes = footnotes
    }

    public func contact(id: String) -> Contact? {
        contacts.first { $0.id == id }
    }
}
