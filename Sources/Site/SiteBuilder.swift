import Diagnostics
import Foundation
import Model
import Parallel
import Statistics
import TextTools

/// Makes the whole guidance site in memory: pages, assets, sitemap and feed. Paths are
/// relative to `output/`.
public struct SiteBuilder: Sendable {
    public init() {}

    public struct Result: Sendable {
        public var files: [String: Data] = [:]
        public var diagnostics: [Diagnostic] = []
        /// Per page, the links that came from policy prose (checked against the content already).
        public var contentHrefs: [String: Set<String>] = [:]
        /// What each page was rendered from, for the next build (`PageManifest`).
        public var manifest = PageManifest()
        /// The pages rendered by this build, and those kept from the previous output because
        /// their key had not changed.
        public var rendered: [String] = []
        public var kept: [String] = []
    }

    /// The theme: built-in templates with the partnership's overrides, checked (templates parse,
    /// colours give enough contrast). `check` runs this as well as `build`.
    public static func loadTheme(files: [String: Data], display: String, settings: ThemeSettings) -> (Theme?, [Diagnostic]) {
        var (theme, problems) = Theme.load(files: files, display: display, logo: settings.logo, logoFormat: settings.logoFormat)
        problems += ThemeColours.check(settings.colours, file: display + "/theme.yml")
        return (problems.contains { $0.severity == .error } ? nil : theme, problems)
    }

    /// - Parameters:
    ///   - previous: the pages of the output this build replaces that may be kept; a page whose
    ///     key (`PageManifest`) is the same is taken from there instead of rendered.
    ///   - tool: the identity of the running escalate, part of every key.
    public func build(_ input: SiteInput, theme: Theme, previous: PreviousPages = PreviousPages(), tool: String = "") -> Result {
        var files: [String: Data] = [:]
        var problems: [Diagnostic] = []
        var contentHrefs: [String: Set<String>] = [:]

        let contexts = PageContexts(input: input)
        var checked: Set<String> = []
        var reported: Set<String> = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // The templates and the glossary are the same for every page: digested once here, so a
        // page's key hashes their digests, not their whole text again for each of thousands of pages.
        let themeKey = Data(PageManifest.sha256(Data(theme.sources.sorted { $0.key < $1.key }.map { "\($0.key.utf8.count):\($0.key)\($0.value.utf8.count):\($0.value)" }.joined().utf8)).utf8)
        // The glossary's links are made on procedure pages and superseded versions after they are rendered.
        let glossaryKey = input.glossary.isEmpty ? Data() : Data(PageManifest.sha256((try? encoder.encode(input.glossary)) ?? Data(UUID().uuidString.utf8)).utf8)
        let linkedPages = input.glossary.isEmpty ? [] : Set(input.procedures.map { PagePath.procedure(id: $0.id).file }
            + input.archive.map { PagePath.archivedVersion(id: $0.procedure.id, version: $0.version).file })
        var keys: [String: String] = [:]
        var keptTerms: [String: [String]] = [:]
        var linkedTerms: [String: [String]] = [:]
        var rendered: [String] = []
        var pending: [PageRender] = []
        func render(_ template: String, _ context: some Encodable & Sendable, to page: PagePath) {
            // A theme's own template is checked against what its pages are given, once per
            // template: a misspelt name would otherwise be an empty gap on every page.
            if !theme.overrides.isEmpty, checked.insert(template).inserted {
                for miss in TemplateNameCheck.unresolved(template, templates: theme.sources, context: context) {
                    guard let file = theme.overrides[miss.template], reported.insert(file + "\u{0}" + miss.name).inserted else { continue }
                    let partial = miss.name.hasPrefix(">") || miss.name.hasPrefix("<")
                    problems.append(.error(.themeTemplate, at: SourceLocation(file: file),
                        partial ? "the template includes '\(miss.name.dropFirst())', which is not a template"
                                : "the template uses {{\(miss.name)}}, which its pages are not given",
                        help: partial ? "the templates are: " + theme.sources.keys.sorted().joined(separator: ", ")
                                      : "check the spelling against the keys listed in the README that escalate theme export writes"))
                }
            }
            // A context that cannot be encoded has no key: the page is rendered and not recorded.
            let key = (try? encoder.encode(context)).map { json in
                PageManifest.key([Data(PageManifest.currentFormat.utf8), Data(tool.utf8), Data(template.utf8), Data(page.file.utf8), themeKey, json,
                                  linkedPages.contains(page.file) ? glossaryKey : Data()])
            }
            if let key, let old = previous.pages[page.file], old.entry.key == key {
                files[page.file] = old.bytes
                keys[page.file] = key
                keptTerms[page.file] = old.entry.glossaryTerms
                return
            }
            rendered.append(page.file)
            let library = theme.library
            pending.append(PageRender(file: page.file, key: key, template: template) {
                library.render(ReflectedContext.wrap(context), withTemplate: template).map { Data(BidiControls.balancedBetweenTags(Self.tidy(EmailBreaks.apply($0))).utf8) }
            })
        }
        // The pages queued so far, rendered on every core, stored in the order they were queued.
        func renderPending() {
            for (job, page) in zip(pending, PageRender.run(pending)) {
                guard let page else {
                    problems.append(.error(.themeTemplate, at: SourceLocation(file: job.template), "the \(job.template) template could not be rendered"))
                    continue
                }
                files[job.file] = page
                if let key = job.key { keys[job.file] = key }
            }
            pending = []
        }
        render("index", contexts.index(), to: .index)
        render("compare", contexts.compare(), to: .compare)
        if let stats = input.statistics {
            // Without a case log there is no statistics page, and no menu item or sitemap entry for one.
            render("statistics", contexts.statistics(), to: .statistics)
            for section in stats.sections {
                guard let id = section.id else { continue }
                render("statistics", contexts.statistics(partnership: id), to: .partnershipStatistics(id: id))
            }
            do {
                for (path, data) in try StatisticsFiles.files(stats) { files["statistics/" + path] = data }
            } catch {
                problems.append(.error(.statisticsDisclosure, at: SourceLocation(file: "statistics/statistics.json"),
                                       "the statistics could not be written as JSON: \(error)", help: "this is a fault in escalate: report it with this message"))
            }
        }
        var notFound = contexts.notFound()
        // Its links start from base-url's path, which a browser opening 404.html from disk
        // cannot follow: the stylesheets are linked again from the top folder as well.
        notFound.fallbackStylesheets = notFound.root.hasPrefix("/")
        render("notfound", notFound, to: .notFound)
        render("updates", contexts.updates(), to: .updates)
        render("accessibility", contexts.accessibility(), to: .accessibility)
        render("privacy", contexts.privacy(), to: .privacy)
        for area in contexts.areaPages {
            render("partnership", contexts.partnership(area), to: .partnership(id: area.id))
        }

        // Links between policy files, by file name, as seen from a page's folder: every procedure
        // page sits at the same depth, so the table is made once per depth, not per procedure.
        var pagesFrom: [String: [String: String]] = [:]
        for p in input.procedures where pagesFrom[PagePath.procedure(id: p.id).root] == nil {
            let page = PagePath.procedure(id: p.id)
            pagesFrom[page.root] = Dictionary(input.procedures.map { (($0.source as NSString).lastPathComponent, page.link(to: .procedure(id: $0.id))) },
                                              uniquingKeysWith: { a, _ in a })
        }
        // Each procedure's context is made from the model alone (on every core); the pages are
        // then queued in the procedures' order.
        let tables = pagesFrom
        let procedurePages = input.procedures.concurrentMap { p in
            let page = PagePath.procedure(id: p.id)
            var prose = ProseRenderer(pages: tables[page.root] ?? [:], usedIDs: Self.fixedIDs(p))
            var context = contexts.procedure(p, prose: &prose)
            contexts.addDocuments(to: &context, for: p, page: page)
            return (page, context, prose.contentHrefs)
        }
        for (page, context, hrefs) in procedurePages {
            render("procedure", context, to: page)
            contentHrefs[page.file] = hrefs
        }
        // Search, glossary and superseded versions (SiteBuilder+Documents.swift); the glossary's
        // links are made on the rendered pages, so those are rendered first.
        renderArchive(input, contexts: contexts) { render($0, $1, to: $2) }
        renderPending()
        buildDocuments(input, contexts: contexts, file: { files[$0] }, store: { files[$0] = $1 },
                       kept: { keptTerms[$0] }, linked: { linkedTerms[$0] = $1 }) { render($0, $1, to: $2) }
        renderPending()

        files["assets/style.css"] = Data(BuiltInTheme.stylesheet.utf8)
        files["assets/theme.css"] = Data(ThemeColours.css(input.settings.theme.colours, extra: theme.extraCSS).utf8)
        files["assets/deadlines.js"] = Data(BuiltInTheme.script.utf8)
        files["assets/print.js"] = Data(BuiltInTheme.printScript.utf8)
        if let logo = theme.logo { files[logo.path] = logo.data }
        if let base = input.settings.baseURL {
            files["sitemap.xml"] = Data(Sitemap.xml(base: base, pages: contexts.sitePages + [.search], procedures: input.procedures, glossary: !input.glossary.isEmpty, archive: input.archive).utf8)
            files["feed.xml"] = Data(AmendmentFeed.xml(base: base, title: input.settings.title, procedures: input.procedures).utf8)
        }
        var manifest = PageManifest()
        for (path, key) in keys {
            guard let data = files[path] else { continue }
            manifest.pages[path] = .init(key: key, digest: PageManifest.sha256(data), glossaryTerms: keptTerms[path] ?? linkedTerms[path] ?? [])
        }
        return Result(files: files, diagnostics: problems, contentHrefs: contentHrefs, manifest: manifest,
                      rendered: rendered.sorted(), kept: keptTerms.keys.sorted())
    }

    /// The path of `base-url` (`/escalation/`), which the 404 page's links start from; nil
    /// without a base address.
    public static func sitePath(_ settings: SiteSettings) -> String? {
        guard let base = settings.baseURL, let components = URLComponents(string: base) else { return nil }
        let path = components.percentEncodedPath
        return path.isEmpty ? "/" : path.hasSuffix("/") ? path : path + "/"
    }

    /// Ids the procedure template gives its own sections, so prose headings never take them.
    static func fixedIDs(_ p: Procedure) -> Set<String> {
        var ids = ProcedureAnchor.all
        ids.formUnion(p.stages.map(\.anchor))
        ids.formUnion(p.urgentRoutes.map(\.anchor))
        ids.formUnion(p.sections.flatMap { [$0.anchor, $0.anchor + "-heading"] })
        ids.formUnion(p.subProcedures.flatMap { [$0.anchor, $0.anchor + "-heading"] + $0.steps.map(\.anchor) })
        ids.formUnion([PageContexts.documentsAnchor, PageContexts.documentsAnchor + "-heading"])
        return ids
    }

    /// Templates leave blank lines where sections were empty; they are dropped so pages read
    /// cleanly. Inside `<pre>` every line is the author's and is kept as it is. Done on the
    /// UTF-8 bytes (a page carries tens of kilobytes of inline SVG, and this runs on every page):
    /// lines split at `\n`, a line of spaces and tabs only is blank, runs of blank lines become
    /// one empty line, and the page is trimmed of white space at both ends.
    static func tidy(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 1)
            var inPre = false
            var lastBlank = true
            var first = true
            func isBlank(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
                line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            }
            func append(_ line: Slice<UnsafeBufferPointer<UInt8>>) {
                if !first { out.append(0x0A) }
                first = false
                out.append(contentsOf: line)
            }
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let line = bytes[start..<end]
                start = end + 1
                if inPre {
                    append(line)
                    lastBlank = isBlank(line)
                    if line.firstIndex(ofBytes: Self.preClose) != nil { inPre = false }
                    continue
                }
                let blank = isBlank(line)
                if blank, lastBlank { continue }
                append(blank ? line[line.startIndex..<line.startIndex] : line)
                lastBlank = blank
                if let open = line.lastIndex(ofBytes: Self.preOpen),
                   line[(open + Self.preOpen.count)...].firstIndex(ofBytes: Self.preClose) == nil {
                    inPre = true
                }
            }
            // White space at the ends: ASCII here; anything else (a no-break space, say) is
            // left to Foundation's trimming, which knows every white-space character.
            let ascii: Set<UInt8> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20]
            var lower = 0
            var upper = out.count
            while lower < upper, ascii.contains(out[lower]) { lower += 1 }
            while upper > lower, ascii.contains(out[upper - 1]) { upper -= 1 }
            let trimmed = String(decoding: out[lower..<upper], as: UTF8.self)
            if lower < upper, out[lower] >= 0x80 || out[upper - 1] >= 0x80 {
                return trimmed.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
            }
            return trimmed + "\n"
        }
    }

    private static let preOpen = Array("<pre".utf8)
    private static let preClose = Array("</pre>".utf8)

}
