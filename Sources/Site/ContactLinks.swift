import Foundation
import Model
import TextTools

/// Plain text from content as HTML in which every email address, and every phone number the
/// procedure's contacts hold, is a `mailto:` or `tel:` link: a reader on a phone taps it.
/// Numbers are linked only when the model holds them, so a date or a count of days in the same
/// sentence never turns into a call.
struct ContactLinks {
    /// The phone numbers to link, as written in content.
    var phones: [String]

    init(phones: [String] = []) {
        // Longest first, so a number that contains another is linked whole.
        self.phones = Array(Set(phones.filter { ImmediateRisk.isTelephoneNumber($0) })).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    init(procedure p: Procedure) {
        self.init(phones: p.contacts.compactMap(\.phone))
    }

    func html(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            if let phone = phones.first(where: { rest.hasPrefix($0) }) {
                out += "<a href=\"\(ImmediateRisk.telephoneLink(phone))\">\(MarkupEscaping.escape(phone))</a>"
                rest = rest.dropFirst(phone.count)
                continue
            }
            // An address starts at a word's start: letters, digits and . _ % + - before an '@'.
            if let email = Self.emailPrefix(rest), out.last.map({ !Self.localCharacters.contains($0) }) ?? true {
                let escaped = MarkupEscaping.escape(email)
                out += "<a href=\"mailto:\(escaped)\">\(escaped)</a>"
                rest = rest.dropFirst(email.count)
                continue
            }
            out += MarkupEscaping.escape(String(rest.first!))
            rest = rest.dropFirst()
        }
        return out
    }

    static let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
    static let domainCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")

    /// The email address `text` starts with, if any: a local part, '@', and a domain with a dot
    /// (a trailing full stop is the sentence's, not the address's).
    static func emailPrefix(_ text: Substring) -> String? {
        let local = text.prefix { localCharacters.contains($0) }
        guard !local.isEmpty, local.first != ".", text.dropFirst(local.count).first == "@" else { return nil }
        var domain = text.dropFirst(local.count + 1).prefix { domainCharacters.contains($0) }
        while domain.last == "." || domain.last == "-" { domain = domain.dropLast() }
        guard domain.contains("."), domain.first != ".", !domain.contains("..") else { return nil }
        return String(local) + "@" + String(domain)
    }
}
