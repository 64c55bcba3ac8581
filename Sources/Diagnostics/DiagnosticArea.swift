/// Where in the work a kind of problem belongs; docs/diagnostics.md is arranged by area, in
/// the order a build meets them.
public enum DiagnosticArea: String, Sendable, Hashable, CaseIterable {
    case contentFolder, yaml, frontMatter, settings, calendars, body, procedure, links, theme, build, caseLog

    public var title: String {
        switch self {
        case .contentFolder: return "The content folder"
        case .yaml: return "YAML: front matter, site.yml and theme.yml"
        case .frontMatter: return "Front matter"
        case .settings: return "Site settings"
        case .calendars: return "Working-day calendars"
        case .body: return "Stages, steps and facts"
        case .procedure: return "Checks across a procedure"
        case .links: return "Links"
        case .theme: return "Theme"
        case .build: return "Charts and output"
        case .caseLog: return "Case logs"
        }
    }
}
