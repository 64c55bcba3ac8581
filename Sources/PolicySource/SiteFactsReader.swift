import Diagnostics
import Model

/// The nested keys of site.yml that the site's own pages are written from: `owner:` (page owner
/// and feedback, on every page), `accessibility:` (the accessibility statement) and `privacy:`.
/// A missing fact is reported by `check` (`site-owner`, `accessibility-fact`) and left out of the
/// page; nothing is made up in its place.
struct SiteFactsReader {
    static let ownerKeys = ["name", "email", "phone", "feedback-url"]
    static let accessibilityKeys = ["email", "phone", "url", "reply-working-days", "compliance", "last-tested", "tested-by",
                                    "prepared", "known-limits"]
    static let privacyKeys = ["email", "notice-url", "hosting"]
    /// One sentence of a statement or a footer, not an essay.
    static let longestText = 1000
    static let mostLimits = 50

    let file: String

    func read(_ map: [String: YAMLNode], into settings: inout SiteSettings, _ diagnostics: inout [Diagnostic]) {
        let siteFile = SourceLocation(file: file)
        if let node = map["owner"], let m = node.mapping("'owner'", known: Self.ownerKeys, into: &diagnostics) {
            settings.owner = SiteOwner(name: text(m["name"], "name", &diagnostics), email: email(m["email"], &diagnostics),
                                       phone: text(m["phone"], "phone", &diagnostics), feedbackURL: url(m["feedback-url"], "feedback-url", &diagnostics))
        }
        if settings.owner.name == nil || !settings.owner.hasContact {
            let missing = [settings.owner.name == nil ? "'name' (who runs the site)" : nil,
                           settings.owner.hasContact ? nil : "feedback contact ('email', 'phone' or 'feedback-url')"].compactMap { $0 }
            diagnostics.append(.warning(.siteOwner, at: map["owner"]?.location ?? siteFile,
                "site.yml gives no \(missing.joined(separator: " and no ")) under 'owner:', so the pages' footers leave \(missing.count == 1 ? "it" : "them") out",
                help: "add 'owner:' with 'name:' and 'email:' (or 'feedback-url:'), for example owner: {name: Hertfordshire Safeguarding Children Partnership, email: hscp@example.org}"))
        }

        var facts = AccessibilityFacts()
        if let node = map["accessibility"], let m = node.mapping("'accessibility'", known: Self.accessibilityKeys, into: &diagnostics) {
            facts.email = email(m["email"], &diagnostics)
            facts.phone = text(m["phone"], "phone", &diagnostics)
            facts.url = url(m["url"], "url", &diagnostics)
            if let n = m["reply-working-days"], let v = text(n, "reply-working-days", &diagnostics) {
                if let days = Int(v), (1...365).contains(days) { facts.replyWorkingDays = days } else {
                    diagnostics.append(.error(.siteSetting, at: n.location, "'reply-working-days' must be a whole number of working days from 1 to 365, not '\(v.prefix(40))'"))
                }
            }
            if let n = m["compliance"], let v = text(n, "compliance", &diagnostics) {
                if let c = AccessibilityFacts.Compliance(rawValue: v) { facts.compliance = c } else {
                    diagnostics.append(.error(.siteSetting, at: n.location, "'compliance' must be one of \(AccessibilityFacts.Compliance.allCases.map(\.rawValue).joined(separator: ", ")), not '\(v.prefix(40))'",
                                              help: "say how far the site meets WCAG 2.2 AA as the last test found it"))
                }
            }
            facts.lastTested = date(m["last-tested"], "last-tested", &diagnostics)
            facts.testedBy = text(m["tested-by"], "tested-by", &diagnostics)
            facts.prepared = date(m["prepared"], "prepared", &diagnostics)
            if let n = m["known-limits"], let items = n.sequence("known-limits", into: &diagnostics) {
                if items.count > Self.mostLimits {
                    diagnostics.append(.error(.siteSetting, at: n.location, "'known-limits' lists \(items.count) problems; at most \(Self.mostLimits) are read",
                                              help: "group related problems into one sentence each"))
                }
                facts.knownLimits = items.prefix(Self.mostLimits).compactMap { text($0, "known-limits", &diagnostics) }
            }
            settings.accessibility = facts
        }
        let missing = [facts.hasContact ? nil : "a contact for accessibility problems ('email', 'phone' or 'url')",
                       facts.compliance == nil ? "how far the site complies ('compliance')" : nil,
                       facts.lastTested == nil ? "when it was last tested ('last-tested')" : nil,
                       facts.prepared == nil ? "when the statement was prepared ('prepared')" : nil].compactMap { $0 }
        if !missing.isEmpty {
            diagnostics.append(.warning(.accessibilityFact, at: map["accessibility"]?.location ?? siteFile,
                "the accessibility statement cannot say " + missing.joined(separator: "; ") + ": site.yml does not give " + (missing.count == 1 ? "it" : "them")
                    + " under 'accessibility:'",
                help: "public-sector sites must publish these; add them under 'accessibility:' in site.yml (escalate explain accessibility-fact shows an example)"))
        }

        if let node = map["privacy"], let m = node.mapping("'privacy'", known: Self.privacyKeys, into: &diagnostics) {
            settings.privacy = PrivacyFacts(email: email(m["email"], &diagnostics), noticeURL: url(m["notice-url"], "notice-url", &diagnostics),
                                            hosting: text(m["hosting"], "hosting", &diagnostics))
        }
    }

    private func text(_ node: YAMLNode?, _ key: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let node, !node.isNull, let v = node.text(key, into: &diagnostics), !v.isEmpty else { return nil }
        guard v.count <= Self.longestText else {
            diagnostics.append(.error(.siteSetting, at: node.location, "'\(key)' is \(v.count) characters long; at most \(Self.longestText) are allowed",
                                      help: "keep it to a sentence or two; link to a longer document instead"))
            return nil
        }
        return v
    }

    private func email(_ node: YAMLNode?, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let node, let v = text(node, "email", &diagnostics) else { return nil }
        guard FrontMatterReader.looksLikeEmail(v) else {
            diagnostics.append(.error(.contactEmail, at: node.location, "'\(v.prefix(80))' is not an email address",
                                      help: "give one address such as accessibility@example.org"))
            return nil
        }
        return v
    }

    private func url(_ node: YAMLNode?, _ key: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let node, let v = text(node, key, &diagnostics) else { return nil }
        guard v.hasPrefix("https://") || v.hasPrefix("http://") else {
            diagnostics.append(.error(.siteSetting, at: node.location, "'\(key)' must be a full web address starting with https://, not '\(v.prefix(80))'"))
            return nil
        }
        return v
    }

    private func date(_ node: YAMLNode?, _ key: String, _ diagnostics: inout [Diagnostic]) -> PolicyDate? {
        guard let node, let v = text(node, key, &diagnostics) else { return nil }
        guard let d = PolicyDate(v), d.day != nil else {
            diagnostics.append(.error(.invalidDate, at: node.location, "'\(key)' is not a date in YYYY-MM-DD form: '\(v.prefix(40))'"))
            return nil
        }
        return d
    }
}
