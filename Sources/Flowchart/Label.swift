/// A node or edge label: lines of text, each wrapped to a width, joined with DOT's
/// line-break escape after every line has been escaped on its own.
struct Label {
    var lines: [String] = []

    init(_ lines: [String] = []) {
        self.lines = lines
    }

    /// Adds `text` wrapped at `width` characters; `prefix` starts the first line ("Who: ").
    mutating func add(_ text: String, prefix: String = "", width: Int = Label.width) {
        lines += Label.wrap(prefix + text, width: width)
    }

    mutating func blank() {
        lines.append("")
    }

    static let width = 40

    /// An edge label: `text` wrapped and quoted.
    static func wrapped(_ text: String, width: Int) -> String {
        var label = Label()
        label.add(text, width: width)
        return label.dot()
    }

    /// The label as a quoted DOT string; `justify` is `n` (centred) or `l` (left).
    func dot(justify: Character = "n") -> String {
        "\"" + lines.map { DOTEscaping.escaped($0) + "\\" + String(justify) }.joined() + "\""
    }

    /// Greedy word wrap; a word longer than the width gets a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                out.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || out.isEmpty { out.append(line) }
        return out
    }
}
