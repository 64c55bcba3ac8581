import Diagnostics
import Foundation
import Model

/// Makes the whole guidance site in memory: pages, assets, sitemap and feed, then checks
/// every internal link in it. Paths are relative to `output/`.
public struct SiteBuilder: Sendable {
    public init() {}

    public func build(_ input: SiteInput) -> (files: [String: Data], diagnostics: [Diagnostic]) {
        var files: [String: Data] = [:]
        var problems: [Diagnostic] = []
        let (theme, themeProblems) = Theme.load(directory: input.themeDirectory, display: input.themeDisplay, logo: input.settings.theme.logo)
        problems += themeProblems
        guard themeProblems.allSatisfy({ $0.severity != .error }) else { return ([:], problems) }
        problems += ThemeColours.check(input.settings.theme.colours, file: input.themeDisplay + "/theme.yml")

        let contexts = PageContexts(input: input)
        func render(_ template: String, _ context: [String: Any], to path: String) {
            guard let html = theme.library.render(context, withTemplate: template) else {
                problems.append(.error("theme-template", at: SourceLocation(file: template), "the \(template) template could not be rendered"))
                return
            }
            files[path] = Data(Self.tidy(html).utf8)
        }
        render("index", contexts.index(), to: "index.html")
        render("compare", contexts.compare(), to: "compare.html")
        render("statistics", contexts.simple("statistics"), to: "statistics.html")
        render("notfound", contexts.simple("none"), to: "404.html")

        let pages = Dictionary(input.procedures.map { (($0.source as NSString).lastPathComponent, "../\($0.id)/index.html") },
                               uniquingKeysWith: { a, _ in a })
        for p in input.procedures {
            var prose = ProseRenderer(allowRawHTML: input.settings.allowRawHTML, pages: pages, usedIDs: Self.fixedIDs(p))
            render("procedure", contexts.procedure(p, prose: &prose), to: "\(p.id)/index.html")
        }

        files["assets/style.css"] = Data(DefaultStylesheet.css.utf8)
        files["assets/theme.css"] = Data(ThemeColours.css(input.settings.theme.colours, extra: theme.extraCSS).utf8)
        files["assets/deadlines.js"] = Data(DeadlineScript.js.utf8)
        if let logo = theme.logo { files[logo.path] = logo.data }
        if let base = input.settings.baseURL {
            files["sitemap.xml"] = Data(Sitemap.xml(base: base, procedures: input.procedures).utf8)
            files["feed.xml"] = Data(AmendmentFeed.xml(base: base, title: input.settings.title, procedures: input.procedures).utf8)
        }
        return (files, problems)
    }

    /// Ids the procedure template gives its own sections, so prose headings never take them.
    static func fixedIDs(_ p: Procedure) -> Set<String> {
        var ids: Set<String> = ["main", "urgent-routes", "urgent-heading", "contents", "contents-heading", "stages", "stages-heading",
                                "deadlines", "deadlines-heading", "flowchart", "flowchart-heading", "categories", "categories-heading",
                                "concern-template", "concern-template-heading", "contacts", "contacts-heading", "history", "history-heading"]
        ids.formUnion(p.stages.map(\.anchor))
        ids.formUnion(p.urgentRoutes.map(\.anchor))
        ids.formUnion(p.sections.flatMap { [$0.anchor, $0.anchor + "-heading"] })
        ids.formUnion(p.subProcedures.flatMap { [$0.anchor, $0.anchor + "-heading"] + $0.steps.map(\.anchor) })
        return ids
    }

    /// Templates leave blank lines where sections were empty; they are dropped so pages read cleanly.
    static func tidy(_ html: String) -> String {
        var out: [Substring] = []
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank, out.last.map({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) ?? true { continue }
            out.append(blank ? "" : line)
        }
        return out.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }
}
