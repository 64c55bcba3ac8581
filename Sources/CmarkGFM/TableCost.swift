/// Tables that would make cmark-gfm's table extension do far more work than their length.
///
/// The cmark-gfm that Debian 12 ships (0.29.0.gfm.6) has three costs that grow faster than the
/// text (later releases bound some of them):
/// - a row shorter than the header is filled with empty cells: a header of 3,200 columns over
///   3,200 rows of `x` is 19 KB and became 10 million cells (`escalate check`: 112 s, 7 GB);
/// - a table line's cells are kept in a list that is walked to its end for each new cell, so a
///   line of n cells costs n²: one line of 100,000 `|` before a `|-|-|` took 11 s;
/// - each line that looks like a delimiter row (`|-|-|`) inside a paragraph whose last line does
///   not match it reads the paragraph so far again: 10,000 pairs of `a` and `|-|-|` lines (80 KB)
///   took 37 s.
/// Before cmark-gfm sees a document, its table-like blocks are measured here; if one goes over a
/// limit, the document is parsed without the table extension (its tables read as text, so the
/// work stays in proportion to the text) and the reader reports where.
///
/// The measures err high. A delimiter row is any line of only `|`, `-`, `:` and spaces with a `-`
/// and a `|`, after the `>` and indentation of the blocks around it, following a line that is not
/// blank and outside a table; it starts a table when that line has as many cells (split at each
/// `|` not escaped with `\\`, as cmark-gfm splits them). A block is the lines between blank lines;
/// a table runs from its delimiter row to the end of the block, and a row holds at most one cell
/// more than its `|`s.
public enum TableCost {
    /// The most cells a line of a table (its header, delimiter row or a row) may have.
    public static let cellsPerLine = 200
    /// Filled cells a table may need beyond the characters it is written with: a table whose
    /// rows leave out a few trailing cells is fine; hundreds of columns over many short rows are not.
    public static let fillAllowance = 1_000
    /// Characters of paragraphs read again for delimiter-like lines, beyond twice the text's length.
    public static let rereadAllowance = 100_000

    public struct Excess: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// Empty cells the rows would need, at least, and what was allowed: `fillAllowance`
            /// plus the table's length in characters (bytes).
            case filledCells(columns: Int, cells: Int, limit: Int)
            /// A line of a table with more cells than `cellsPerLine`.
            case cellsInLine(cells: Int)
            /// Characters read again for delimiter-like lines, and what was allowed.
            case rereading(characters: Int, limit: Int)
        }

        /// 1-based line in the text given.
        public var line: Int
        public var kind: Kind
    }

    /// The first place in `text` that goes over a limit, or nil for any ordinary document.
    public static func firstExcess(in text: String) -> Excess? {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let rereadLimit = rereadAllowance + 2 * text.utf8.count
        var reread = 0
        var offset = 0
        var blockStart = 0
        var previous: (pipes: Int, cells: Int, blank: Bool) = (0, 0, true)
        // The table being read: its delimiter row's line and columns, its length and filled cells.
        var table: (line: Int, columns: Int, bytes: Int, filled: Int)?

        func endTable() -> Excess? {
            defer { table = nil }
            guard let t = table else { return nil }
            let limit = fillAllowance + t.bytes + 2 * t.columns
            return t.filled > limit ? Excess(line: t.line, kind: .filledCells(columns: t.columns, cells: t.filled, limit: limit)) : nil
        }

        for (index, line) in lines.enumerated() {
            defer { offset += line.count + 1 }
            let content = stripContainers(line)
            if content.isEmpty {
                if let excess = endTable() { return excess }
                blockStart = offset + line.count + 1
                previous = (0, 0, true)
                continue
            }
            let pipes = content.reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) }
            // In a table, a line like a delimiter row is only a row.
            if table == nil, !previous.blank, isDelimiterRow(content) {
                // The paragraph so far is read again, and its last line and this one are split into cells.
                reread += offset - blockStart
                if reread > rereadLimit { return Excess(line: index + 1, kind: .rereading(characters: reread, limit: rereadLimit)) }
                if previous.pipes + 1 > cellsPerLine { return Excess(line: index, kind: .cellsInLine(cells: previous.pipes + 1)) }
                if pipes + 1 > cellsPerLine { return Excess(line: index + 1, kind: .cellsInLine(cells: pipes + 1)) }
                // A table only if the header has as many cells; else the paragraph goes on.
                let columns = cells(content)
                if columns == previous.cells { table = (index + 1, columns, 0, 0) }
            }
            if pipes + 1 > cellsPerLine, table != nil {
                return Excess(line: index + 1, kind: .cellsInLine(cells: pipes + 1))
            }
            if var t = table {
                t.bytes += line.count + 1
                if index + 1 > t.line { t.filled += max(0, t.columns - pipes - 1) }
                table = t
            }
            previous = (pipes, table == nil ? cells(content) : 0, false)
        }
        return endTable()
    }

    /// The line without the marks of the blocks around it (leading spaces, tabs, `>` of block
    /// quotes, list markers `-`, `*`, `+`, `1.`, `1)`) or trailing spaces.
    private static func stripContainers(_ line: Substring.UTF8View) -> Substring.UTF8View {
        var s = line
        func isSpace(_ c: UInt8?) -> Bool { c == nil || c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") }
        while let c = s.first {
            if isSpace(c) || c == UInt8(ascii: ">") {
                s.removeFirst()
            } else if c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+"), isSpace(s.dropFirst().first) {
                s.removeFirst()
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) {
                let digits = s.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                let rest = s.dropFirst(digits.count)
                guard digits.count <= 9, let mark = rest.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")"),
                      isSpace(rest.dropFirst().first) else { break }
                s = rest.dropFirst()
            } else {
                break
            }
        }
        while let c = s.last, c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") { s.removeLast() }
        return s
    }

    /// Whether `line` may be a table's delimiter row (`| :--- | ---: |`).
    private static func isDelimiterRow(_ line: Substring.UTF8View) -> Bool {
        var dashes = false
        var pipes = false
        for c in line {
            switch c {
            case UInt8(ascii: "-"): dashes = true
            case UInt8(ascii: "|"): pipes = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): break
            default: return false
            }
        }
        return dashes && pipes
    }

    /// The cells of a table line as cmark-gfm splits it: at each `|` not escaped with `\`, less a
    /// leading and a trailing one.
    private static func cells(_ line: Substring.UTF8View) -> Int {
        var count = 0
        var escaped = false
        var lastIsPipe = false
        for c in line {
            lastIsPipe = false
            if escaped { escaped = false; continue }
            if c == UInt8(ascii: "\\") { escaped = true } else if c == UInt8(ascii: "|") { count += 1; lastIsPipe = true }
        }
        if line.first == UInt8(ascii: "|") { count -= 1 }
        if lastIsPipe, line.count > 1 { count -= 1 }
        return count + 1
    }
}
