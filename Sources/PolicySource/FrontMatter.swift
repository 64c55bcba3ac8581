import Diagnostics
import Model

/// The document facts a policy's front matter carries, already checked for shape.
struct FrontMatter {
    var id: String?
    var title: String?
    var example = false
    var summary: String?
    var partnerships: [Partnership] = []
    var version: String?
    var approved: Approval?
    var reviewed: [PolicyDate] = []
    var lastUpdated: PolicyDate?
    var nextReview: PolicyDate?
    var amendments: [Amendment] = []
    var calendar: String?
    var timescaleNote: String?
    var stageListing: Procedure.StageListing = .listed
    var stagesNote: String?
    var contacts: [Contact] = []
    var print: PrintPreference?
    var sourceDocument: SourceDocument?
    var related: [RelatedDocument] = []
    /// Where each `related` procedure id is written, for the check across files.
    var relatedLocations: [SourceLocation] = []
    /// Where values were, for checks that need to point back at them:
    /// top-level keys by name, `partnership:<id>` and `contact:<id>`.
    var locations: [String: SourceLocation] = [:]
    /// False when the YAML could not be read at all; its keys are then unknown, not missing.
    var readable = true

    static let keys = [
        "id", "title", "example", "summary", "partnerships", "version", "approved", "reviewed",
        "last-updated", "next-review", "amendments", "calendar", "timescale-note", "stages",
        "stages-note", "contacts", "print", "source", "related",
    ]
    static let sourceKeys = ["title", "url", "date"]
    static let relatedKeys = ["procedure", "title", "url"]
    static let printKeys = ["paper", "orientation"]
    static let partnershipKeys = ["id", "name", "contact"]
    static let contactKeys = ["id", "name", "email", "phone", "url", "address", "partnership", "note"]
    static let amendmentKeys = ["date", "change"]
    static let approvalKeys = ["date", "by"]
    static let defaultCalendar = "england-and-wales"
}
