/// Broken and hostile case logs in `content/cases/`, built for real: each is refused with its
/// code (the previous output untouched), or built with nothing of it on any page.
extension Corpus {
    static let logHeader = "case_id,child_name,partnership,raised_on,raising_agency,receiving_agency,category,stage3_on,resolved_on,resolved_stage,outcome,notes\n"
    static func logRow(_ id: String, name: String = "x", notes: String = "x", agency: String = "school") -> String {
        "\(id),\(name),herts,2024-05-01,\(agency),police,resources,2024-05-08,2024-05-10,3,agreed,\(notes)\n"
    }

    static let caseLogCases: [BadInput] = [
        BadInput(name: "a case log with an unclosed quote", edits: [.write(file: "cases/open.csv", text: logHeader + "X-1,\"never closed,herts\n")],
                 outcome: .refused("case-log-file")),
        BadInput(name: "a case log with a 2 MB row", edits: [.write(file: "cases/long.csv", text: logHeader + "X-1," + String(repeating: "y", count: 2 << 20) + "\n")],
                 outcome: .refused("case-log-limit")),
        BadInput(name: "a case log with 1,001 columns", edits: [.write(file: "cases/wide.csv", text: logHeader + String(repeating: ",", count: 1_001) + "\n")],
                 outcome: .refused("case-log-limit")),
        BadInput(name: "a FIFO in the case folder", edits: [.fifo(file: "cases/pipe.csv")], outcome: .refused("case-log-file")),
        BadInput(name: "a case log linked from outside", edits: [.symlink(file: "cases/passwd.csv", target: "/etc/passwd")], outcome: .refused("case-log-file")),
        BadInput(name: "a UTF-16 case log", edits: [.bytes(file: "cases/utf16.csv", [0xFF, 0xFE] + Array("c\u{0}a\u{0}".utf8))], outcome: .refused("case-log-encoding")),
        BadInput(name: "invalid UTF-8 in a case log's cell", edits: [.bytes(file: "cases/latin1.csv", Array((logHeader + "X-1,x,herts,2024-05-01,").utf8) + [0xE9] + Array("cole,police,resources,,,,,\n".utf8))],
                 outcome: .refused("case-log-encoding")),
        BadInput(name: "a case log that is not a workbook", edits: [.write(file: "cases/log.xlsx", text: "PK not really a zip")], outcome: .refused("case-log-file")),
        BadInput(name: "a case log with no header", edits: [.write(file: "cases/junk.csv", text: String(repeating: "a,b,c\n", count: 80))], outcome: .refused("case-log-header")),
        BadInput(name: "a case log repeating a bundled case id", edits: [.write(file: "cases/again.csv", text: logHeader + logRow("SYN-2021-000003"))],
                 outcome: .refused("case-log-duplicate")),
        BadInput(name: "hostile text in a case log's agency", edits: [.write(file: "cases/hostile.csv", text: logHeader + hostile.enumerated().map { logRow("H-\($0.offset)", agency: "\"" + $0.element.text.replacingOccurrences(of: "\"", with: "\"\"") + "\"") }.joined())],
                 outcome: .refused("case-log-unknown")),
        BadInput(name: "hostile text in a case log's personal columns", edits: [.write(file: "cases/personal.csv", text: logHeader + hostile.enumerated().map {
            let quoted = "\"" + $0.element.text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return logRow("P-\($0.offset)", name: quoted, notes: quoted)
        }.joined())], outcome: .accepted),
        BadInput(name: "a NUL byte in a case id", edits: [.bytes(file: "cases/nul.csv", Array((logHeader + "N-").utf8) + [0] + Array(logRow("1").utf8))], outcome: .accepted),
        BadInput(name: "a category renamed in the policy the log still uses", edits: [.replace(file: herts, old: "- Resources\n", new: "- Resourcing\n")],
                 outcome: .refused("case-log-unknown")),
        BadInput(name: "a case-log.yml alias bomb", edits: [.write(file: "case-log.yml", text: "a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nmapping: [*b,*b,*b]\n")],
                 outcome: .refused("yaml-alias")),
    ]
}
