/// A page of the guidance site, by where it sits in the output folder. Every link to a page
/// and every file name of one is made here, so the writer, the links and the checks agree.
public enum PagePath: Sendable, Hashable, Comparable {
    case index
    case compare
    case statistics
    case notFound
    case procedure(id: String)
    /// One partnership's escalation statistics.
    case partnershipStatistics(id: String)
    // The site's own pages: what changed, the statements, and a page per partnership.
    case updates
    case accessibility
    case privacy
    /// One partnership's procedures and contacts ("choose your area").
    case partnership(id: String)
    /// Search across every procedure, and the glossary of terms.
    case search
    case glossary
    /// A superseded version of a procedure: `<id>/versions/<version>.html`.
    case archivedVersion(id: String, version: String)

    /// The file inside the output folder: `index.html`, `herts/index.html`.
    public var file: String {
        switch self {
        case .index: return "index.html"
        case .compare: return "compare.html"
        case .statistics: return "statistics.html"
        case .notFound: return "404.html"
        case .procedure(let id): return id + "/index.html"
        case .partnershipStatistics(let id): return "statistics/" + id + ".html"
        case .updates: return "updates.html"
        case .accessibility: return "accessibility.html"
        case .privacy: return "privacy.html"
        case .partnership(let id): return "partnerships/" + id + ".html"
        case .search: return "search.html"
        case .glossary: return "glossary.html"
        case .archivedVersion(let id, let version): return id + "/versions/" + version + ".html"
        }
    }

    /// What a link from this page to the site's root starts with: `` or `../`.
    public var root: String {
        switch self {
        case .procedure, .partnershipStatistics, .partnership: return "../"
        case .archivedVersion: return "../../"
        default: return ""
        }
    }

    /// A link to `other` from this page.
    public func link(to other: PagePath, fragment: String? = nil) -> String {
        root + other.file + (fragment.map { "#" + $0 } ?? "")
    }

    /// The pages the sitemap lists before the procedures, when the site has them all (the
    /// statistics page only exists with statistics, partnership pages only with several).
    public static let sitePages: [PagePath] = [.index, .compare, .statistics, .updates, .accessibility, .privacy]
}
