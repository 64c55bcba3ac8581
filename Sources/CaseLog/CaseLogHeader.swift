import Diagnostics

/// The header row of a log, found by its column names (title rows and blank rows above it are
/// skipped), and which column holds each schema field.
struct CaseLogHeader {
    /// Schema field → 0-based column.
    var columns: [String: Int] = [:]
    /// Schema field → the log's own header text, for messages.
    var names: [String: String] = [:]
    /// Non-empty headers that are not schema fields: personal or free-text columns, dropped unread.
    var otherColumns = 0
    var row = 0

    /// Stage numbers that have a column.
    var stages: [Int] {
        columns.keys.compactMap(CaseLogSchema.stageNumber).sorted()
    }

    /// The fields in a fixed order, for `keep(columns:)`: slot i holds `fields[i]`.
    var fields: [String] {
        CaseLogSchema.fields.filter { columns[$0] != nil }
    }

    /// How many rows are looked at for the header before giving up.
    static let searchRows = 50

    /// The header among `cells` (one row), if it names every required field.
    static func read(_ cells: [Cell], row: Int, configuration: CaseLogConfiguration) -> (header: CaseLogHeader, duplicates: [String]) {
        var header = CaseLogHeader(row: row)
        var duplicates: [String] = []
        for (column, cell) in cells.enumerated() {
            guard case .text(let text) = cell else { continue }
            guard let field = configuration.field(forHeader: text) else {
                if !text.trimmingCharacters(in: .whitespaces).isEmpty { header.otherColumns += 1 }
                continue
            }
            if header.columns[field] != nil {
                duplicates.append(field)
                continue
            }
            header.columns[field] = column
            header.names[field] = String(text.trimmingCharacters(in: .whitespaces).prefix(60))
        }
        return (header, duplicates)
    }

    var missingRequired: [String] {
        CaseLogSchema.required.filter { columns[$0] == nil }
    }

    /// The log's name for a field, or the name it would be looked for under.
    func name(_ field: String, _ configuration: CaseLogConfiguration) -> String {
        names[field] ?? configuration.settings.columns[field] ?? field
    }
}
