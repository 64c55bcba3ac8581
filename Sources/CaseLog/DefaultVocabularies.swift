import Model
import TextTools

/// The vocabularies used where `content/case-log.yml` declares none: agency types as
/// partnerships' annual reports group them, and the outcomes escalation logs record.
public enum DefaultVocabularies {
    public static let agencies = Vocabulary(
        terms: [
            .init(id: "gp", name: "GP practice", group: "health"),
            .init(id: "health-visiting", name: "Health visiting and school nursing", group: "health"),
            .init(id: "hospital", name: "Hospital trust", group: "health"),
            .init(id: "mental-health", name: "Mental health services", group: "health"),
            .init(id: "icb", name: "Integrated care board", group: "health"),
            .init(id: "school", name: "School", group: "education"),
            .init(id: "early-years", name: "Early years setting", group: "education"),
            .init(id: "further-education", name: "Further education college", group: "education"),
            .init(id: "police", name: "Police", group: "police"),
            .init(id: "childrens-social-care", name: "Children's social care", group: "childrens-social-care"),
            .init(id: "early-help", name: "Early help", group: "childrens-social-care"),
            .init(id: "probation", name: "Probation service", group: "other"),
            .init(id: "youth-justice", name: "Youth justice service", group: "other"),
            .init(id: "housing", name: "Housing", group: "other"),
            .init(id: "adult-social-care", name: "Adult social care", group: "other"),
            .init(id: "voluntary-sector", name: "Voluntary and community sector", group: "other"),
            .init(id: "other", name: "Other agency", group: "other"),
        ],
        groups: [
            .init(id: "health", name: "Health"),
            .init(id: "education", name: "Education"),
            .init(id: "police", name: "Police"),
            .init(id: "childrens-social-care", name: "Children's social care"),
            .init(id: "other", name: "Other agencies"),
        ])

    public static let outcomes = Vocabulary(
        terms: [
            .init(id: "agreed", name: "Agreement reached", group: "resolved"),
            .init(id: "plan-changed", name: "Plan or decision changed", group: "resolved"),
            .init(id: "decision-upheld", name: "Original decision upheld", group: "resolved"),
            .init(id: "withdrawn", name: "Withdrawn by the agency that raised it", group: "not-resolved"),
            .init(id: "referred-on", name: "Referred to another process", group: "not-resolved"),
            .init(id: "other", name: "Other outcome", group: "not-resolved"),
        ],
        groups: [
            .init(id: "resolved", name: "Resolved"),
            .init(id: "not-resolved", name: "Not resolved by agreement"),
        ])

    /// A procedure's own categories of disagreement, ids made by `Slug`, with `other` always
    /// last (added if the procedure does not list it).
    public static func categories(of procedure: Procedure) -> Vocabulary {
        var terms: [Vocabulary.Term] = []
        var seen: Set<String> = []
        for name in procedure.categories {
            let id = Slug.make(name)
            guard !id.isEmpty, seen.insert(id).inserted else { continue }
            terms.append(.init(id: id, name: name))
        }
        if !seen.contains("other") { terms.append(.init(id: "other", name: "Other")) }
        return Vocabulary(terms: terms)
    }
}
