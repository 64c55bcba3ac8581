import TextTools

/// What a printed copy of a procedure says about where it came from: the same words on a
/// printed chart and a printed page, and no build date (builds are reproducible; the browser
/// adds the print date itself).
public enum PrintedCopy {
    public static let checkCurrent = "Printed copies go out of date: check the web version is current."

    /// The lines of a printed footer: title and partnerships; version and last update; where the
    /// web version is; the reminder.
    public static func footer(for p: Procedure, webAddress: String?, publishedAt: String?) -> [String] {
        var lines = [p.title + " · " + p.partnerships.map(\.name).joined(separator: " · ")]
        var facts: [String] = []
        if let v = p.version { facts.append("Version \(v)") }
        if let d = p.lastUpdated { facts.append("last updated \(d.readable)") }
        if !facts.isEmpty { lines.append(facts.joined(separator: ", ")) }
        return lines + whereFrom(webAddress: webAddress, publishedAt: publishedAt)
    }

    /// The lines of a printed site page's footer (the compare page): the page and the site; where
    /// the web version is; the reminder. The procedure footer's words, less what only a procedure has.
    public static func footer(page title: String, siteTitle: String, webAddress: String?, publishedAt: String?) -> [String] {
        [title + " · " + siteTitle] + whereFrom(webAddress: webAddress, publishedAt: publishedAt)
    }

    /// Every printed footer's last lines: where the web version is, and the reminder.
    private static func whereFrom(webAddress: String?, publishedAt: String?) -> [String] {
        var lines: [String] = []
        if let webAddress { lines.append("Web version: \(webAddress)") } else if let publishedAt { lines.append("Published at: \(publishedAt)") }
        return lines + [checkCurrent]
    }

    /// A site page's full address (`file` from the site's root), under the same rule as a procedure's.
    public static func webAddress(ofFile file: String, baseURL: String?) -> String? {
        guard let base = PlaceholderAddress.real(baseURL), !base.isEmpty else { return nil }
        return (base.hasSuffix("/") ? base : base + "/") + file
    }

    /// The procedure page's full address, when the site says where it is published. A base on a
    /// domain reserved for examples (`example.org`) is no address a reader can visit: none is given.
    public static func webAddress(of p: Procedure, baseURL: String?) -> String? {
        webAddress(ofFile: p.id + "/", baseURL: baseURL)
    }
}

/// The paper a procedure's charts print on, when its author chooses (a long procedure on A3);
/// the command line's `--paper` and `--landscape` still override it.
public struct PrintPreference: Sendable, Hashable, Codable {
    public enum Paper: String, Sendable, Hashable, Codable, CaseIterable {
        case a4, a3
    }

    public var paper: Paper
    public var landscape: Bool

    public init(paper: Paper = .a4, landscape: Bool = false) {
        self.paper = paper
        self.landscape = landscape
    }
}
