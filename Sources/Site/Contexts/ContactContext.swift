import Model
import TextTools

/// A way to reach someone, as links: `mailto:`, `tel:` and a web address. Used for the feedback
/// contact in every footer, the accessibility contact and the partnerships' contacts.
struct ContactContext: Encodable, Sendable {
    var email: Maybe<String>
    var phone: Maybe<String>
    /// `tel:` and the number without spaces or punctuation.
    var phoneHref: Maybe<String>
    var url: Maybe<String>

    /// The same, in order, for writing on one line: `{{#items}}…{{^last}}, {{/last}}{{/items}}`.
    var items: [Item]

    struct Item: Encodable, Sendable {
        /// False for a phone number with nothing to dial.
        var href: Maybe<String>
        var text: String
        var last: Bool
    }

    /// - Parameter urlText: the words of the web link ("the feedback form").
    init(email: String?, phone: String?, url: String?, urlText: String) {
        // A placeholder (`feedback@example.org`) reaches nobody: it is left out like a missing one.
        let email = PlaceholderAddress.real(email)
        self.email = Maybe(email)
        self.phone = Maybe(phone)
        self.phoneHref = Maybe(phone.flatMap(Self.tel))
        // Only a web address is a link; anything else would be a relative link into the site.
        let url = PlaceholderAddress.real(url).flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil }
        self.url = Maybe(url)
        var items: [Item] = []
        if let email { items.append(Item(href: Maybe("mailto:" + email), text: email, last: false)) }
        if let phone { items.append(Item(href: phoneHref, text: phone, last: false)) }
        if let url { items.append(Item(href: Maybe(url), text: urlText, last: false)) }
        if !items.isEmpty { items[items.count - 1].last = true }
        self.items = items
    }

    var isEmpty: Bool { email.value == nil && phone.value == nil && url.value == nil }

    /// "01992 555 555" → "tel:01992555555"; nil when the text holds no digits to dial.
    static func tel(_ phone: String) -> String? {
        phone.contains(where: { $0.isASCII && $0.isNumber }) ? ImmediateRisk.telephoneLink(phone) : nil
    }
}
