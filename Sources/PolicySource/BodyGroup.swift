import CmarkGFM

/// A heading and the blocks under it, up to the next heading of the same or a higher level.
struct BodyGroup {
    var heading: MarkdownNode?
    var slug: String
    var blocks: [MarkdownNode]

    /// Splits `blocks` at headings of `level`; blocks before the first such heading form a group with no heading.
    static func split(_ blocks: [MarkdownNode], level: Int, slugs: [Int: String]) -> [BodyGroup] {
        var groups = [BodyGroup(heading: nil, slug: "", blocks: [])]
        for block in blocks {
            if block.kind == .heading, block.headingLevel == level {
                groups.append(BodyGroup(heading: block, slug: slugs[block.startLine] ?? "", blocks: []))
            } else {
                groups[groups.count - 1].blocks.append(block)
            }
        }
        return groups
    }

    var title: String { heading?.plainText.trimmingCharacters(in: .whitespaces) ?? "" }
}
