import Diagnostics
import Foundation
import Model

/// Reads `immediate-risk` in `site.yml`: the wording of the block every procedure page opens
/// with, and each partnership's front door to children's social care.
///
/// ```yaml
/// immediate-risk:
///   heading: If a child is at immediate risk of harm
///   police: Call the police on 999
///   social-care: Then contact children's social care for the area where the child lives.
///   front-door:
///     herts:
///       - name: Hertfordshire children's services
///         hours: at any time
///         phone: 01632 960 123
///         find-at: https://www.gov.uk/report-child-abuse-to-local-council
/// ```
///
/// A phone number is never made up: when none is published the author writes
/// `phone: not-published` and gives `find-at`, the web address where the reader finds it.
struct ImmediateRiskReader {
    static let keys = ["heading", "police", "social-care", "front-door"]
    static let frontDoorKeys = ["name", "hours", "phone", "email", "find-at"]
    static let notPublished = "not-published"
    /// Bounds on what a site file may ask the page to show.
    static let maxPartnerships = 200
    static let maxContacts = 10

    /// The block, with the place each partnership's front door is named (for the checks made
    /// once the procedures are read).
    struct Read {
        var risk = ImmediateRisk()
        var partnershipKeys: [String: SourceLocation] = [:]
    }

    func read(_ node: YAMLNode, into diagnostics: inout [Diagnostic]) -> Read {
        var out = Read()
        guard let map = node.mapping("'immediate-risk'", known: Self.keys, into: &diagnostics) else { return out }
        if let v = text(map["heading"], "heading", &diagnostics) { out.risk.heading = v }
        if let v = text(map["police"], "police", &diagnostics) { out.risk.police = v }
        if let v = text(map["social-care"], "social-care", &diagnostics) { out.risk.socialCare = v }
        guard let doors = map["front-door"], !doors.isNull else { return out }
        guard case .mapping(let entries) = doors.node else {
            diagnostics.append(.error(.yamlType, at: doors.location, "'front-door' must be a mapping from partnership ids to their contacts",
                                      help: "write each partnership's id, then its contacts as a list: 'herts:' and below it '- name: …'"))
            return out
        }
        for (index, (keyNode, valueNode)) in entries.enumerated() {
            let key = doors.child(keyNode)
            guard index < Self.maxPartnerships else {
                diagnostics.append(.error(.contentLimit, at: key.location, "'front-door' names more than \(Self.maxPartnerships) partnerships",
                                          help: "split the site, or keep to the partnerships its procedures serve"))
                break
            }
            let id = keyNode.string ?? ""
            out.partnershipKeys[id] = key.location
            let value = doors.child(valueNode)
            guard let items = value.sequence("front-door: \(id)", into: &diagnostics) else { continue }
            if items.isEmpty {
                diagnostics.append(.error(.siteSetting, at: key.location, "the front door of '\(id)' lists no contact",
                                          help: "give at least one contact with its 'name' and a 'phone' (or 'phone: not-published' and 'find-at')"))
            }
            if items.count > Self.maxContacts {
                diagnostics.append(.error(.contentLimit, at: items[Self.maxContacts].location,
                                          "the front door of '\(id)' lists more than \(Self.maxContacts) contacts",
                                          help: "give the one or two numbers a worried practitioner needs: in and out of office hours"))
            }
            out.risk.frontDoors[id] = items.prefix(Self.maxContacts).compactMap { contact($0, partnership: id, &diagnostics) }
        }
        return out
    }

    private func contact(_ node: YAMLNode, partnership: String, _ diagnostics: inout [Diagnostic]) -> ImmediateRisk.FrontDoor? {
        guard let map = node.mapping("a front-door contact of '\(partnership)'", known: Self.frontDoorKeys, into: &diagnostics) else { return nil }
        guard let name = text(map["name"], "name", &diagnostics) else {
            diagnostics.append(.error(.missingKey, at: node.location, "a front-door contact of '\(partnership)' has no 'name'",
                                      help: "name the service as readers know it: 'Hertfordshire children's services', 'Emergency duty team (out of hours)'"))
            return nil
        }
        var door = ImmediateRisk.FrontDoor(name: name, hours: text(map["hours"], "hours", &diagnostics))
        if let phoneNode = map["phone"], let phone = text(phoneNode, "phone", &diagnostics) {
            if phone == Self.notPublished {
                door.phoneNotPublished = true
            } else if ImmediateRisk.isTelephoneNumber(phone) {
                door.phone = phone
            } else {
                diagnostics.append(.error(.siteSetting, at: phoneNode.location, "'phone' of '\(name)' is not a telephone number: '\(phone.prefix(40))'",
                                          help: "give the number as published (digits, spaces, a leading +), or 'not-published' when no number is published"))
            }
        }
        if let emailNode = map["email"], let email = text(emailNode, "email", &diagnostics) {
            if Self.isEmailAddress(email) { door.email = email } else {
                diagnostics.append(.error(.siteSetting, at: emailNode.location, "'email' of '\(name)' is not an email address: '\(email.prefix(60))'",
                                          help: "give the mailbox as published, such as mash@example.gov.uk"))
            }
        }
        if let urlNode = map["find-at"], let url = text(urlNode, "find-at", &diagnostics) {
            if (url.hasPrefix("https://") || url.hasPrefix("http://")) && !url.contains(where: \.isWhitespace) { door.findAt = url } else {
                diagnostics.append(.error(.siteSetting, at: urlNode.location, "'find-at' of '\(name)' must be a web address starting https://, not '\(url.prefix(60))'",
                                          help: "give the full address of the page that publishes the contact"))
            }
        }
        if door.phoneNotPublished && door.findAt == nil {
            diagnostics.append(.error(.siteSetting, at: node.location, "the front-door contact '\(name)' has no published phone and no 'find-at'",
                                      help: "give 'find-at': the web address where a reader finds the number"))
        } else if door.phone == nil && door.email == nil && door.findAt == nil {
            diagnostics.append(.error(.siteSetting, at: node.location, "the front-door contact '\(name)' gives no way to reach it",
                                      help: "give its 'phone' as published; when none is published, write 'phone: not-published' and 'find-at' with the web address that publishes it"))
        } else if door.phone == nil && !door.phoneNotPublished {
            // An explicit 'not-published' is the author saying they looked; a missing 'phone'
            // may be an oversight, and readers at a child's side need to ring.
            diagnostics.append(.warning(.frontDoorPhone, at: node.location, "the front-door contact '\(name)' has no phone number",
                                        help: "add 'phone' with the number as published; if no number is published, write 'phone: not-published' and give 'find-at'"))
        }
        return door
    }

    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !text.contains { $0.isWhitespace || "<>\"'(),;:[]\\".contains($0) }
    }

    private func text(_ node: YAMLNode?, _ key: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let node, let v = node.text(key, into: &diagnostics), !v.isEmpty, !node.isNull else { return nil }
        return v
    }
}

extension ContentLoader {
    /// A front door named for a partnership no procedure serves is a slip (a misspelt id); its
    /// number would never reach a page.
    static func frontDoorChecks(_ locations: [String: SourceLocation], procedures: [Procedure]) -> [Diagnostic] {
        let known = Set(procedures.flatMap { $0.partnerships.map(\.id) })
        // Nothing to measure against when no procedure could be read.
        guard !known.isEmpty else { return [] }
        return locations.sorted { $0.value < $1.value }.compactMap { id, at in
            known.contains(id) ? nil : .error(.frontDoorPartnership, at: at, "'front-door' names '\(id)', which is not a partnership of any procedure",
                                             help: Suggestion.help(for: id, in: known.sorted(), kind: "partnership ids"))
        }
    }
}
