import Foundation

/// What every procedure page says first: what to do when a child is at immediate risk of harm.
/// The wording and each partnership's front door to children's social care are site facts
/// (`immediate-risk` in `site.yml`), shown whether or not a procedure names such a route: a
/// worried practitioner must not have to read a procedure to find them.
public struct ImmediateRisk: Sendable, Hashable {
    /// The block's heading.
    public var heading: String
    /// The first thing to do, as the text of the `tel:999` link.
    public var police: String
    /// The second: children's social care for the child's area, in and out of office hours.
    public var socialCare: String
    /// Each partnership's front door, by partnership id.
    public var frontDoors: [String: [FrontDoor]]

    public static let defaultHeading = "If a child is at immediate risk of harm"
    public static let defaultPolice = "Call the police on 999"
    public static let defaultSocialCare = "Then contact children's social care for the area where the child lives. They take calls in and out of office hours."

    public init(heading: String = defaultHeading, police: String = defaultPolice, socialCare: String = defaultSocialCare,
                frontDoors: [String: [FrontDoor]] = [:]) {
        self.heading = heading
        self.police = police
        self.socialCare = socialCare
        self.frontDoors = frontDoors
    }

    /// One way into children's social care for a partnership's area (a MASH, a front door, an
    /// emergency duty team out of hours).
    public struct FrontDoor: Sendable, Hashable {
        public var name: String
        /// When it answers ("Monday to Friday, 9am to 5pm", "Out of hours").
        public var hours: String?
        /// As published; nil when no number is known.
        public var phone: String?
        /// The author says no number is published: the page shows where to find one instead.
        public var phoneNotPublished: Bool
        public var email: String?
        /// A web address where the reader finds the contact (always an `https://` or `http://` address).
        public var findAt: String?

        public init(name: String, hours: String? = nil, phone: String? = nil, phoneNotPublished: Bool = false,
                    email: String? = nil, findAt: String? = nil) {
            self.name = name
            self.hours = hours
            self.phone = phone
            self.phoneNotPublished = phoneNotPublished
            self.email = email
            self.findAt = findAt
        }
    }

    /// The `tel:` address of a published number: digits, and a leading `+`.
    public static func telephoneLink(_ phone: String) -> String {
        var digits = ""
        for c in phone {
            if c.isASCII && c.isNumber { digits.append(c) } else if c == "+" && digits.isEmpty { digits.append(c) }
        }
        return "tel:" + digits
    }

    /// Whether a text reads as a telephone number: digits with spaces, dashes, dots, brackets
    /// and one leading `+`; at least three digits (999, 101) and at most fifteen (E.164).
    public static func isTelephoneNumber(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return false }
        var digits = 0
        for (i, c) in trimmed.enumerated() {
            if c.isASCII && c.isNumber { digits += 1 }
            else if c == "+" { if i != 0 { return false } }
            else if !" -.()".contains(c) { return false }
        }
        return (3...15).contains(digits)
    }
}
