/// The `procedure` template: one procedure's page. Keys are a public interface (themes
/// override the template and use them): add new ones, never rename or remove one.
struct ProcedurePageContext: Encodable, Sendable {
    struct Amendment: Encodable, Sendable {
        var date: String
        var change: String
    }

    struct UrgentRoute: Encodable, Sendable {
        var anchor: String
        var title: String
        var when: String
        var contacts: [String]
        /// The same, with every email address and known phone number a link.
        var contactLines: [ContactLine]
        var timescale: Maybe<String>
        var guidanceHtml: HTMLFragment
        /// The kind of route in words ("Concerns about a professional"), and how it relates to
        /// the stages ("Instead of the stages"); false for an urgent route.
        var kindText: String
        var relationText: Maybe<String>
        /// Where it leads once taken, when it joins the procedure.
        var leadsTo: Maybe<Destination>
    }

    /// Where an outcome or route leads: words, and a link on the page when it is one.
    struct Destination: Encodable, Sendable {
        var text: String
        var href: Maybe<String>
    }

    struct Outcome: Encodable, Sendable {
        /// The condition ("Resolved", "The chair refers it to a panel").
        var when: String
        var next: Destination
    }

    struct Alternative: Encodable, Sendable {
        var condition: String
        var timescale: String
    }

    /// A duty held at every stage.
    struct Duties: Encodable, Sendable {
        var hasRecords: Bool
        var records: [String]
        var notifications: [Notification]
        var guidanceHtml: HTMLFragment
    }

    struct Stage: Encodable, Sendable {
        var number: Int
        var title: String
        var anchor: String
        /// The stage type's CSS modifier (`inter-agency`, `partnership`, …) and its words.
        var setting: String
        var settingText: Maybe<String>
        var oneParticipant: Bool
        var participant: String
        var participants: [String]
        var timescale: String
        var timescaleNote: Maybe<String>
        var escalatesTo: Maybe<String>
        var hasRecords: Bool
        var records: [String]
        var hasMembers: Bool
        var members: [String]
        var notifications: [Notification]
        var outcome: Maybe<String>
        var guidanceHtml: HTMLFragment
        var startsWhen: Maybe<String>
        /// Conditional timescales, each with its condition.
        var hasAlternatives: Bool
        var alternatives: [Alternative]
        /// True when the source states the stage's outcomes (branches), false for the implied
        /// "resolved, or on to the next stage".
        var hasOutcomes: Bool
        var outcomes: [Outcome]
    }

    struct Notification: Encodable, Sendable {
        var what: String
        /// Who is told, in words ("Your own partnership: …" for each partnership's contact).
        var recipient: String
        var email: Maybe<String>
        /// Who is told, one by one, each with its mailbox as a link where the model holds one.
        var hasRecipients: Bool
        var recipients: [Recipient]
        var how: Maybe<String>
        var by: Maybe<String>
        var when: Maybe<String>
    }

    /// One line of a route's contacts, as HTML with its addresses and numbers linked.
    struct ContactLine: Encodable, Sendable {
        var contactHtml: HTMLFragment
    }

    struct Recipient: Encodable, Sendable {
        var name: String
        var email: Maybe<String>
    }

    struct Calculator: Encodable, Sendable {
        var id: String
        var calendarName: String
        var hasHours: Bool
        /// The stages' timescales as JSON for the script (in an attribute, so escaped as text).
        var stagesJSON: String
        /// The calendar as JSON made safe inside `<script>` (inserted unescaped).
        var calendarJSON: String
        var firstDate: String
        var lastDate: String
    }

    struct SubProcedure: Encodable, Sendable {
        var title: String
        var anchor: String
        var appliesWhen: Maybe<String>
        var timescale: Maybe<String>
        var coveredBy: Maybe<String>
        var guidanceHtml: HTMLFragment
        var chart: Maybe<ChartContext>
        var hasSteps: Bool
        var steps: [Step]
    }

    struct Step: Encodable, Sendable {
        var number: Int
        var title: String
        var anchor: String
        var participants: String
        var timescale: String
        var timescaleNote: Maybe<String>
        var hasRecords: Bool
        var records: [String]
        var guidanceHtml: HTMLFragment
        // The facts a step shares with a stage, as for stages.
        var setting: String
        var settingText: Maybe<String>
        var oneParticipant: Bool
        var participant: String
        var participantList: [String]
        var startsWhen: Maybe<String>
        var hasAlternatives: Bool
        var alternatives: [Alternative]
        var notifications: [Notification]
        var hasMembers: Bool
        var members: [String]
        var outcome: Maybe<String>
        var hasOutcomes: Bool
        var outcomes: [Outcome]
    }

    struct Section: Encodable, Sendable {
        var title: String
        /// The heading with its inline formatting (HTML escalate made).
        var titleHtml: HTMLFragment
        var anchor: String
        var bodyHtml: HTMLFragment
    }

    struct Question: Encodable, Sendable {
        var question: String
    }

    struct Contact: Encodable, Sendable {
        var name: String
        /// The partnership's name, when it differs from the contact's.
        var partnership: Maybe<String>
        var email: Maybe<String>
        var phone: Maybe<String>
        var phoneHref: Maybe<String>
        var url: Maybe<String>
        var note: Maybe<String>
        var address: Maybe<String>
    }

    struct ContentsEntry: Encodable, Sendable {
        var anchor: String
        var text: String
    }

    var root: String
    var nav: NavContext
    var site: SiteContext
    var id: String
    var title: String
    var summary: String
    var partnershipNames: String
    var example: Bool
    var updated: Bool
    var stagesListed: Bool
    var version: Maybe<String>
    var lastUpdated: Maybe<String>
    var nextReview: Maybe<String>
    var approved: Maybe<String>
    var reviewed: Maybe<String>
    var timescaleNote: Maybe<String>
    var stagesNote: Maybe<String>
    var hasAmendments: Bool
    var amendments: [Amendment]
    var hasUrgent: Bool
    var urgent: [UrgentRoute]
    /// The urgent routes the immediate-risk block does not already hold: those of a kind other
    /// than immediate risk. The procedure's own immediate-risk routes are shown inside the
    /// block (`immediateRisk.procedureRoutes`), so the page does not say the same thing twice.
    var hasOtherUrgent = false
    var otherUrgent: [UrgentRoute] = []
    /// Routes that run alongside the stages or instead of them (LADO, whistleblowing, complaints).
    var hasOtherRoutes: Bool
    var otherRoutes: [UrgentRoute]
    /// Duties that hold at every stage, or false.
    var duties: Maybe<Duties>
    var introductionHtml: HTMLFragment
    var stages: [Stage]
    var calculator: Maybe<Calculator>
    var hasFlowcharts: Bool
    var flowcharts: [ChartContext]
    var subProcedures: [SubProcedure]
    var hasCategories: Bool
    var categories: [String]
    var categoriesNoteHtml: HTMLFragment
    /// Prose after the list ("the list is not exhaustive").
    var categoriesAfterHtml: HTMLFragment
    var sections: [Section]
    var footnotesHtml: HTMLFragment
    var hasTemplate: Bool
    var template: [Question]
    var templateNoteHtml: HTMLFragment
    var templateAfterHtml: HTMLFragment
    var hasContacts: Bool
    var contacts: [Contact]
    var contents: [ContentsEntry]
    /// What to do if a child is at immediate risk of harm: first on every page.
    var immediateRisk: ImmediateRiskContext
    /// What a printed copy says about where it came from, in the printed chart's words.
    var printedCopy: [String]
    /// False when the procedure states no version, dates or amendments: the section is left out.
    var hasHistory: Bool

    // Search, glossary and versions (ProcedurePageContext+Documents.swift).
    /// On a superseded version's page: when and by what; false on the current page.
    var superseded: Maybe<Superseded> = .none
    /// Every version with a page, oldest first, when there are superseded ones.
    var hasVersions = false
    var versions: [VersionItem] = []
    /// The source document and related documents, when the front matter names any.
    var hasDocuments = false
    var sourceDocument: Maybe<SourceItem> = .none
    var hasRelated = false
    var related: [RelatedItem] = []
}
