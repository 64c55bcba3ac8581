import Diagnostics
import Foundation
import Model
import TextTools
import Yams

/// Reads the YAML front matter into `FrontMatter`, reporting every problem it finds.
struct FrontMatterReader {
    let file: String
    let yaml: String
    let firstLine: Int

    func read(into diagnostics: inout [Diagnostic]) -> FrontMatter {
        var fm = FrontMatter()
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                diagnostics.append(.error(.frontMatterMissing, at: SourceLocation(file: file, line: firstLine, column: 1),
                                          "the front matter is empty",
                                          help: "add at least id, title and partnerships between the '---' lines"))
                return fm
            }
            root = node
            let aliases = YAMLAliases.check(node, source: yaml, file: file, lineOffset: firstLine - 1, what: "the front matter")
            guard aliases.isEmpty else {
                diagnostics += aliases
                fm.readable = false
                return fm
            }
        } catch let error as YamlError {
            diagnostics.append(yamlDiagnostic(error, in: "the front matter"))
            fm.readable = false
            return fm
        } catch {
            diagnostics.append(.error(.yamlSyntax, at: SourceLocation(file: file, line: firstLine, column: 1),
                                      "the front matter could not be read: \(error)"))
            fm.readable = false
            return fm
        }
        let top = YAMLNode(node: root, file: file, lineOffset: firstLine - 1)
        guard let map = top.mapping("the front matter", known: FrontMatter.keys, into: &diagnostics) else { return fm }
        for (key, node) in map {
            fm.locations[key] = node.location
        }

        fm.id = identifier(map["id"], key: "id", into: &diagnostics)
        fm.title = prose(map["title"], key: "title", into: &diagnostics)
        fm.summary = prose(map["summary"], key: "summary", into: &diagnostics)
        if let node = map["example"], let text = node.text("example", into: &diagnostics) {
            switch text.lowercased() {
            case "true", "yes": fm.example = true
            case "false", "no": fm.example = false
            default:
                diagnostics.append(.error(.frontMatterValue, at: node.location, "'example' must be true or false, not '\(text)'"))
            }
        }
        fm.version = nonEmptyText(map["version"], key: "version", into: &diagnostics)
        fm.calendar = identifier(map["calendar"], key: "calendar", into: &diagnostics)
        fm.timescaleNote = prose(map["timescale-note"], key: "timescale-note", into: &diagnostics)
        fm.stagesNote = prose(map["stages-note"], key: "stages-note", into: &diagnostics)
        if let node = map["stages"], let text = node.text("stages", into: &diagnostics) {
            if let listing = Procedure.StageListing(rawValue: text) {
                fm.stageListing = listing
            } else {
                diagnostics.append(.error(.frontMatterValue, at: node.location, "'stages' must be 'listed' or 'not-listed', not '\(text)'",
                                          help: "use 'not-listed' only when the source document does not list its stages"))
            }
        }
        fm.lastUpdated = date(map["last-updated"], key: "last-updated", into: &diagnostics)
        fm.nextReview = date(map["next-review"], key: "next-review", into: &diagnostics)
        if let node = map["approved"] { fm.approved = approval(node, into: &diagnostics) }
        if let node = map["reviewed"] {
            if case .scalar = node.node {
                fm.reviewed = date(node, key: "reviewed", into: &diagnostics).map { [$0] } ?? []
            } else if let items = node.sequence("reviewed", into: &diagnostics) {
                fm.reviewed = items.compactMap { date($0, key: "reviewed", into: &diagnostics) }
            }
        }
        if let items = map["amendments"]?.sequence("amendments", into: &diagnostics) {
            for item in items {
                guard let m = item.mapping("an amendment", known: FrontMatter.amendmentKeys, into: &diagnostics) else { continue }
                let d = date(m["date"], key: "date", into: &diagnostics)
                let change = prose(m["change"], key: "change", into: &diagnostics)
                if m["date"] == nil { missing("date", in: "an amendment", at: item, into: &diagnostics) }
                if m["change"] == nil { missing("change", in: "an amendment", at: item, into: &diagnostics) }
                if let d, let change { fm.amendments.append(Amendment(date: d, change: change)) }
            }
        }
        if let items = map["partnerships"]?.sequence("partnerships", into: &diagnostics) {
            for item in items {
                guard let m = item.mapping("a partnership", known: FrontMatter.partnershipKeys, into: &diagnostics) else { continue }
                let id = identifier(m["id"], key: "id", into: &diagnostics)
                let name = prose(m["name"], key: "name", into: &diagnostics)
                let contact = identifier(m["contact"], key: "contact", into: &diagnostics)
                if m["id"] == nil { missing("id", in: "a partnership", at: item, into: &diagnostics) }
                if m["name"] == nil { missing("name", in: "a partnership", at: item, into: &diagnostics) }
                if let id, let name {
                    fm.partnerships.append(Partnership(id: id, name: name, contact: contact))
                    fm.locations["partnership:\(id)"] = (m["contact"] ?? item).location
                }
            }
        }
        if let items = map["contacts"]?.sequence("contacts", into: &diagnostics) {
            for item in items {
                guard let m = item.mapping("a contact", known: FrontMatter.contactKeys, into: &diagnostics) else { continue }
                let id = identifier(m["id"], key: "id", into: &diagnostics)
                let name = nonEmptyText(m["name"], key: "name", into: &diagnostics)
                if m["id"] == nil { missing("id", in: "a contact", at: item, into: &diagnostics) }
                if m["name"] == nil { missing("name", in: "a contact", at: item, into: &diagnostics) }
                let email = nonEmptyText(m["email"], key: "email", into: &diagnostics)
                if let email, let node = m["email"], !Self.looksLikeEmail(email) {
                    diagnostics.append(.error(.contactEmail, at: node.location, "'\(email)' is not an email address",
                                              help: "write the address alone, e.g. team@example.gov.uk, without 'mailto:'"))
                }
                if let id, let name {
                    fm.contacts.append(Contact(
                        id: id, name: name, email: email,
                        phone: nonEmptyText(m["phone"], key: "phone", into: &diagnostics),
                        url: nonEmptyText(m["url"], key: "url", into: &diagnostics),
                        address: nonEmptyText(m["address"], key: "address", into: &diagnostics),
                        partnership: identifier(m["partnership"], key: "partnership", into: &diagnostics),
                        note: nonEmptyText(m["note"], key: "note", into: &diagnostics)))
                    fm.locations["contact:\(id)"] = item.location
                }
            }
        }
        if let node = map["print"], let m = node.mapping("'print'", known: FrontMatter.printKeys, into: &diagnostics) {
            var preference = PrintPreference()
            if let n = m["paper"], let text = n.text("paper", into: &diagnostics) {
                if let paper = PrintPreference.Paper(rawValue: text.lowercased()) { preference.paper = paper } else {
                    diagnostics.append(.error(.frontMatterValue, at: n.location, "'paper' must be a4 or a3, not '\(text)'",
                                              help: "write 'paper: a3' for a long procedure's charts"))
                }
            }
            if let n = m["orientation"], let text = n.text("orientation", into: &diagnostics) {
                switch text.lowercased() {
                case "portrait": preference.landscape = false
                case "landscape": preference.landscape = true
                default:
                    diagnostics.append(.error(.frontMatterValue, at: n.location, "'orientation' must be portrait or landscape, not '\(text)'",
                                              help: "write 'orientation: landscape' for a wide chart, or leave it out for portrait"))
                }
            }
            fm.print = preference
        }
        readSourceAndRelated(map, into: &fm, &diagnostics)
        return fm
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == ":" })
    }

    func missing(_ key: String, in what: String, at node: YAMLNode, into diagnostics: inout [Diagnostic]) {
        diagnostics.append(.error(.missingKey, at: node.location, "\(what) has no '\(key)'", help: "add '\(key): …' to it"))
    }

    /// Text people read, given the same typographic quotes and dashes as the Markdown body.
    func prose(_ node: YAMLNode?, key: String, into diagnostics: inout [Diagnostic]) -> String? {
        nonEmptyText(node, key: key, into: &diagnostics).map(SmartPunctuation.apply)
    }

    func nonEmptyText(_ node: YAMLNode?, key: String, into diagnostics: inout [Diagnostic]) -> String? {
        guard let node else { return nil }
        guard let text = node.text(key, into: &diagnostics) else { return nil }
        if text.isEmpty || node.isNull {
            diagnostics.append(.error(.frontMatterValue, at: node.location, "'\(key)' is empty", help: "give it a value or remove the line"))
            return nil
        }
        return text
    }

    /// Ids appear in URLs, file names and case data, so they are kept to lowercase letters, digits and hyphens.
    func identifier(_ node: YAMLNode?, key: String, into diagnostics: inout [Diagnostic]) -> String? {
        guard let node, let text = nonEmptyText(node, key: key, into: &diagnostics) else { return nil }
        let valid = text.first?.isLetter == true && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
            && !text.hasSuffix("-") && !text.contains("--")
        if !valid {
            diagnostics.append(.error(.frontMatterId, at: node.location, "'\(key)' must be lowercase letters, digits and single hyphens, not '\(text)'",
                                      help: "for example 'cambs-pboro'"))
            return nil
        }
        return text
    }

    func date(_ node: YAMLNode?, key: String, into diagnostics: inout [Diagnostic]) -> PolicyDate? {
        guard let node, let text = nonEmptyText(node, key: key, into: &diagnostics) else { return nil }
        if let date = PolicyDate(text) { return date }
        let shape = text.split(separator: "-").count >= 2 && text.first?.isNumber == true && text.count <= 10
        diagnostics.append(.error(
            .invalidDate, at: node.location,
            shape ? "'\(key)' is not a real date: '\(text)'" : "'\(key)' is not a date in YYYY-MM-DD form: '\(text)'",
            help: "write dates as YYYY-MM-DD (2025-05-21), or YYYY-MM (2018-05) when the source gives only a month"))
        return nil
    }

    private func approval(_ node: YAMLNode, into diagnostics: inout [Diagnostic]) -> Approval? {
        if case .scalar = node.node {
            return date(node, key: "approved", into: &diagnostics).map { Approval(date: $0) }
        }
        guard let m = node.mapping("'approved'", known: FrontMatter.approvalKeys, into: &diagnostics) else { return nil }
        if m["date"] == nil { missing("date", in: "'approved'", at: node, into: &diagnostics) }
        guard let d = date(m["date"], key: "date", into: &diagnostics) else { return nil }
        return Approval(date: d, by: nonEmptyText(m["by"], key: "by", into: &diagnostics))
    }

    /// A YAML error as a diagnostic; `document` names what was read ("the front matter",
    /// "site.yml"), since site.yml and theme.yml are read with the same reader.
    /// The first line in `from..<to` (1-based) where a value opens a quote it does not close.
    static func unclosedQuoteLine(_ yaml: String, from: Int, to: Int) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard from >= 1, to <= lines.count + 1, from < to else { return nil }
        for number in from..<to {
            let line = lines[number - 1]
            var value = Substring(line.drop { $0 == " " })
            if value.hasPrefix("- ") { value = value.dropFirst(2).drop { $0 == " " } }
            if let colon = value.range(of: ": ") { value = value[colon.upperBound...].drop { $0 == " " } }
            guard let quote = value.first, quote == "\"" || quote == "'" else { continue }
            let rest = value.dropFirst()
            let closed = quote == "\"" ? Self.hasUnescapedQuote(rest) : rest.contains("'")
            if !closed {
                let column = line.distance(from: line.startIndex, to: value.startIndex) + 1
                return (number, column)
            }
        }
        return nil
    }

    private static func hasUnescapedQuote(_ text: Substring) -> Bool {
        var escaped = false
        for ch in text {
            if escaped { escaped = false; continue }
            if ch == "\\" { escaped = true } else if ch == "\"" { return true }
        }
        return false
    }

    func yamlDiagnostic(_ error: YamlError, in document: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
        }
        let help = "\(document) is YAML: 'key: value' lines; the keys of one item line up under each other (same number of spaces, no tabs); lists start with '- '; quote values that contain ': ' or start with a special character"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml notices a problem where it gives up, which for an unclosed quote can be many
            // lines later; the construct it was reading started at the context's mark, which is
            // where the author has to look.
            if let context, context.mark.line < mark.line {
                let noticed = mark.line + firstLine - 1
                // A quote left open runs on over the following lines (YAML allows that), so
                // the first line between that opens a quoted value and does not close it is
                // the likeliest culprit.
                if let open = Self.unclosedQuoteLine(yaml, from: context.mark.line, to: mark.line) {
                    return .error(.yamlSyntax, at: SourceLocation(file: file, line: open.line + firstLine - 1, column: open.column),
                                  "\(document) is not valid YAML: the quoted value that starts here is not closed on its line (noticed on line \(noticed))",
                                  help: "close the quote at the end of the value, or remove it")
                }
                if context.text.contains("quoted scalar") {
                    return .error(.yamlSyntax, at: at(context.mark),
                                  "\(document) is not valid YAML: the quoted value that starts here is never closed (noticed on line \(noticed))",
                                  help: "close the quote on the same line, or remove it")
                }
                return .error(.yamlSyntax, at: at(context.mark),
                              "\(document) is not valid YAML: \(context.text) \(problem) (noticed on line \(noticed))", help: help)
            }
            let what = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
            return .error(.yamlSyntax, at: at(mark), "\(document) is not valid YAML: \(what)", help: help)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(.yamlDuplicateKey, at: at(context.mark),
                          "\(document) repeats the key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))",
                          help: "give each key once")
        default:
            // Other errors (libyaml's reader, for a character it refuses) describe themselves
            // over several lines, quoting the text; the first line is the message.
            let first = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            return .error(.yamlSyntax, at: SourceLocation(file: file, line: firstLine, column: 1),
                          "\(document) could not be read: \(first.prefix(200))", help: help)
        }
    }
}
