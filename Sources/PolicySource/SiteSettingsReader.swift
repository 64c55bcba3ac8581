import Diagnostics
import Foundation
import Model
import Snapshot
import Yams

/// Reads `content/site.yml` and `content/theme/theme.yml`. Both are optional; what they hold
/// is checked as strictly as policy front matter (unknown keys, types, colours).
struct SiteSettingsReader {
    static let siteKeys = ["title", "base-url", "language", "updated-within-days", "as-of", "allow-raw-html", "published-at",
                           "immediate-risk"]
        + ["owner", "accessibility", "privacy"]
    static let themeKeys = ["organisation", "logo", "logo-alt", "footer", "colours"]

    let snapshot: ContentSnapshot

    func read(into diagnostics: inout [Diagnostic]) -> SiteSettings {
        var frontDoors: [String: SourceLocation] = [:]
        var placeholders: [PlaceholderAddressScan.Use] = []
        return read(into: &diagnostics, frontDoors: &frontDoors, placeholders: &placeholders)
    }

    /// `frontDoors`: where site.yml names each partnership's front door, and `placeholders`
    /// its addresses on domains reserved for examples, for the checks across files.
    func read(into diagnostics: inout [Diagnostic], frontDoors: inout [String: SourceLocation],
              placeholders: inout [PlaceholderAddressScan.Use]) -> SiteSettings {
        var settings = SiteSettings()
        if let map = mapping(file: "site.yml", what: "site.yml", keys: Self.siteKeys, into: &diagnostics) {
            placeholders = PlaceholderAddressScan.scan(map)
            if let v = text(map["title"], "title", &diagnostics) { settings.title = v }
            if let node = map["base-url"], let v = text(node, "base-url", &diagnostics) {
                if v.hasPrefix("https://") || v.hasPrefix("http://") {
                    settings.baseURL = v.hasSuffix("/") ? v : v + "/"
                } else {
                    diagnostics.append(.error(.siteSetting, at: node.location, "'base-url' must start with https:// (or http://), not '\(v)'",
                                              help: "give the full address the site will be published at, e.g. https://example.org/escalation/"))
                }
            }
            if let v = text(map["published-at"], "published-at", &diagnostics) { settings.publishedAt = v }
            if let node = map["language"], let v = text(node, "language", &diagnostics) {
                if Self.isLanguageTag(v) { settings.language = v } else {
                    diagnostics.append(.error(.siteSetting, at: node.location, "'language' must be a language tag such as en-GB or cy, not '\(v.prefix(40))'",
                                              help: "give the BCP 47 tag of the pages' language (screen readers choose their voice by it): en-GB, cy, en"))
                }
            }
            if let node = map["updated-within-days"], let v = text(node, "updated-within-days", &diagnostics) {
                if let n = Int(v), n >= 0 { settings.updatedWithinDays = n } else {
                    diagnostics.append(.error(.siteSetting, at: node.location, "'updated-within-days' must be a whole number of days, not '\(v)'"))
                }
            }
            if let node = map["as-of"], let v = text(node, "as-of", &diagnostics) {
                if let d = PolicyDate(v), d.day != nil { settings.asOf = d } else {
                    diagnostics.append(.error(.invalidDate, at: node.location, "'as-of' is not a date in YYYY-MM-DD form: '\(v)'"))
                }
            }
            if let node = map["allow-raw-html"], let v = text(node, "allow-raw-html", &diagnostics) {
                switch v.lowercased() {
                case "true", "yes": settings.allowRawHTML = true
                case "false", "no": settings.allowRawHTML = false
                default: diagnostics.append(.error(.siteSetting, at: node.location, "'allow-raw-html' must be true or false, not '\(v)'"))
                }
            }
            // The site's own pages: page owner, accessibility and privacy statements.
            SiteFactsReader(file: snapshot.shown("site.yml")).read(map, into: &settings, &diagnostics)
            if let node = map["immediate-risk"] {
                let read = ImmediateRiskReader().read(node, into: &diagnostics)
                settings.immediateRisk = read.risk
                frontDoors = read.partnershipKeys
            }
        }
        if let map = mapping(file: "theme/theme.yml", what: "theme.yml", keys: Self.themeKeys, into: &diagnostics) {
            settings.theme.organisation = text(map["organisation"], "organisation", &diagnostics)
            settings.theme.logoAlt = text(map["logo-alt"], "logo-alt", &diagnostics)
            settings.theme.footer = text(map["footer"], "footer", &diagnostics)
            if let node = map["logo"], let v = text(node, "logo", &diagnostics) {
                if v.contains("..") || v.hasPrefix("/") || snapshot.file("theme/" + v) == nil {
                    diagnostics.append(.error(.themeLogo, at: node.location, "the logo '\(v)' is not a file in \(snapshot.shown("theme"))/",
                                              help: "put the logo (SVG or PNG) in \(snapshot.shown("theme"))/ and give its file name"))
                } else if case .refused(let reason) = LogoCheck.check(snapshot.file("theme/" + v)?.bytes ?? Data()) {
                    diagnostics.append(.error(.themeLogo, at: node.location, "the logo '\(v)' cannot be published: \(reason)",
                                              help: "use a PNG or JPEG, or a plain SVG drawing without scripts, event handlers or links to other files"))
                } else {
                    settings.theme.logo = v
                    if case .accepted(let kind) = LogoCheck.check(snapshot.file("theme/" + v)?.bytes ?? Data()) {
                        settings.theme.logoFormat = kind.rawValue
                    }
                    if settings.theme.logoAlt == nil {
                        diagnostics.append(.error(.themeLogo, at: node.location, "the logo has no 'logo-alt' text",
                                                  help: "add 'logo-alt: <the organisation's name>' so screen readers can announce it"))
                    }
                }
            }
            if let node = map["colours"], let colours = node.mapping("'colours'", known: ThemeSettings.colourRoles, into: &diagnostics) {
                for (role, valueNode) in colours {
                    if valueNode.isNull {
                        diagnostics.append(.error(.themeColour, at: valueNode.location, "colour '\(role)' has no value",
                            help: "in YAML a '#' starts a comment, so put the colour in quotes: \(role): '#1d4f91'"))
                        continue
                    }
                    guard let v = text(valueNode, role, &diagnostics) else { continue }
                    guard Self.isHexColour(v) else {
                        diagnostics.append(.error(.themeColour, at: valueNode.location, "colour '\(role)' must be written #RRGGBB, not '\(v)'",
                                                  help: "give six hexadecimal digits after '#', in quotes: \(role): '#1d4f91'"))
                        continue
                    }
                    settings.theme.colours[role] = v
                }
            }
        }
        return settings
    }

    /// A BCP 47 language tag as pages use them: a language (`en`, `cy`), optionally a script
    /// (`Latn`), a region (`GB`, `419`) and variants.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        var rest = parts.dropFirst()
        if let script = rest.first, script.count == 4, script.allSatisfy({ $0.isASCII && $0.isLetter }) { rest = rest.dropFirst() }
        if let region = rest.first, (region.count == 2 && region.allSatisfy({ $0.isASCII && $0.isLetter }))
            || (region.count == 3 && region.allSatisfy({ $0.isASCII && $0.isNumber })) { rest = rest.dropFirst() }
        return rest.allSatisfy { (5...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    static func isHexColour(_ text: String) -> Bool {
        text.count == 7 && text.hasPrefix("#") && text.dropFirst().allSatisfy(\.isHexDigit)
    }

    func mapping(file: String, what: String, keys: [String], into diagnostics: inout [Diagnostic]) -> [String: YAMLNode]? {
        guard let data = snapshot.file(file)?.bytes else { return nil }
        let shown = snapshot.shown(file)
        let source: SourceText
        switch SourceText.decode([UInt8](data), file: shown) {
        case .failure(let d): diagnostics.append(d); return nil
        case .success(let s): source = s
        }
        diagnostics += source.controlCharacters()
        let node: Node
        do {
            guard let n = try Yams.compose(yaml: source.text) else { return [:] }
            let aliases = YAMLAliases.check(n, source: source.text, file: shown, lineOffset: 0, what: what)
            guard aliases.isEmpty else {
                diagnostics += aliases
                return nil
            }
            node = n
        } catch let error as YamlError {
            diagnostics.append(FrontMatterReader(file: shown, yaml: source.text, firstLine: 1).yamlDiagnostic(error, in: what))
            return nil
        } catch {
            diagnostics.append(.error(.yamlSyntax, at: SourceLocation(file: shown), "\(what) could not be read: \(error)"))
            return nil
        }
        return YAMLNode(node: node, file: shown, lineOffset: 0).mapping(what, known: keys, into: &diagnostics)
    }

    private func text(_ node: YAMLNode?, _ key: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let node, let v = node.text(key, into: &diagnostics), !v.isEmpty, !node.isNull else { return nil }
        return v
    }
}
