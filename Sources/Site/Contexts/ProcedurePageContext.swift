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
        var timescale: Maybe<String>
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
    }

    struct Notification: Encodable, Sendable {
        var what: String
        /// Who is told, in words ("Your own partnership: …" for each partnership's contact).
        var recipient: String
        var email: Maybe<String>
        var how: Maybe<String>
        var by: Maybe<String>
        var when: Maybe<String>
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
        var url: Maybe<String>
        var note: Maybe<String>
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
    var introductionHtml: HTMLFragment
    var stages: [Stage]
    var calculator: Maybe<Calculator>
    var hasFlowcharts: Bool
    var flowcharts: [ChartContext]
    var subProcedures: [SubProcedure]
    var hasCategories: Bool
    var categories: [String]
    var categoriesNoteHtml: HTMLFragment
    var sections: [Section]
    var footnotesHtml: HTMLFragment
    var hasTemplate: Bool
    var template: [Question]
    var templateNoteHtml: HTMLFragment
    var hasContacts: Bool
    var contacts: [Contact]
    var contents: [ContentsEntry]
}
