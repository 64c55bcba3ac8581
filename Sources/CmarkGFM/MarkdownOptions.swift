import CCmarkGFM

/// The one set of cmark-gfm options and extensions escalate uses, shared by the
/// structure reader and the HTML renderer so both see the same document.
public struct MarkdownOptions: Sendable, Equatable {
    /// Raw HTML in sources is replaced by a comment unless a publisher opts in.
    public var allowRawHTML: Bool
    public var smartPunctuation: Bool

    public init(allowRawHTML: Bool = false, smartPunctuation: Bool = true) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
    }

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// SMART and FOOTNOTES act at parse time, so they must reach the parser, not only the renderer.
    /// UNSAFE is never set: allowed raw HTML goes through `RawHTMLFilter` instead, and link
    /// destinations keep cmark-gfm's safe-mode check (no `javascript:`, `vbscript:`, `file:`).
    var cmarkFlags: Int32 {
        var flags = CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_VALIDATE_UTF8
        if smartPunctuation { flags |= CMARK_OPT_SMART }
        return Int32(flags)
    }
}
