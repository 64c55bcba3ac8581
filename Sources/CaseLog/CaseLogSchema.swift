/// The columns escalate reads from a case log (docs/case-log.md). Every other column is
/// personal or free text (child's name, date of birth, NHS number, practitioners, notes) and
/// is dropped unread.
public enum CaseLogSchema {
    public static let caseID = "case_id"
    public static let partnership = "partnership"
    public static let procedure = "procedure"
    public static let raisedOn = "raised_on"
    public static let raisingAgency = "raising_agency"
    public static let receivingAgency = "receiving_agency"
    public static let category = "category"
    public static let resolvedOn = "resolved_on"
    public static let resolvedStage = "resolved_stage"
    public static let outcome = "outcome"

    /// Columns every log must have.
    public static let required = [caseID, partnership, raisedOn, raisingAgency, receivingAgency, category]
    public static let optional = [procedure, resolvedOn, resolvedStage, outcome]
    /// The most stage columns looked for (`stage1_on` … `stage20_on`).
    public static let maxStages = 20

    public static func stage(_ n: Int) -> String { "stage\(n)_on" }

    /// The stage number of a `stageN_on` field name.
    public static func stageNumber(_ field: String) -> Int? {
        guard field.hasPrefix("stage"), field.hasSuffix("_on"),
              let n = Int(field.dropFirst(5).dropLast(3)), (1...maxStages).contains(n) else { return nil }
        return n
    }

    /// Every field name, stage columns included, in schema order.
    public static var fields: [String] {
        [caseID, partnership, procedure, raisedOn, raisingAgency, receivingAgency, category]
            + (1...maxStages).map(stage) + [resolvedOn, resolvedStage, outcome]
    }

    /// How headers and spellings are compared: case, surrounding space and runs of spaces do not matter.
    public static func normalised(_ text: String) -> String {
        // Excel and Word turn apostrophes and quotes curly, and dashes long: "Children’s
        // Services" is the spelling a mapping gives as "Children's Services".
        var out = text.lowercased()
        if out.unicodeScalars.contains(where: { $0.value > 0x7F }) {
            out = String(String.UnicodeScalarView(out.unicodeScalars.map { c -> Unicode.Scalar in
                switch c {
                case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": return "'"
                case "\u{201C}", "\u{201D}": return "\""
                case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": return "-"
                default: return c
                }
            }))
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ")
    }
}
