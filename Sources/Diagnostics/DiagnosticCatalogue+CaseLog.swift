extension DiagnosticCatalogue {
    static let exampleLog = "cases/example.csv"
    static let logHeader = "case_id,partnership,raised_on,raising_agency,receiving_agency,category,stage3_on,stage4_on,resolved_on,resolved_stage,outcome\n"
    static let goodRow = "EX-1,herts,2024-05-01,school,police,resources,2024-05-08,,2024-05-10,3,agreed\n"

    /// An example log: the header and the good row, with `row` after them.
    static func log(_ row: String, header: String = logHeader) -> String { header + goodRow + row }

    static let caseLogEntries: [DiagnosticDescription] = [
        DiagnosticDescription(
            .caseLogSetting, .caseLog, "Case-log setting not allowed", .error,
            explanation: "A value in `content/case-log.yml` (or a case folder's `log.yml`) is not one escalate can use: a date format other than `iso` or `dd/mm/yyyy`, an unknown encoding, a spelling mapped to an id no vocabulary has, a procedure id that is not one of the content's. The log would be read the wrong way or not at all.",
            example: .edits("The date format written as a pattern rather than one of the two names.",
                            [.replace(file: "case-log.yml", old: "  date-format: iso\n", new: "  date-format: yyyy-mm-dd\n")],
                            reportedIn: shown("case-log.yml")),
            fix: DiagnosticFix("Use one of the values docs/case-log.md lists: `date-format: iso` or `date-format: dd/mm/yyyy`.",
                               [.replace(file: "case-log.yml", old: "  date-format: yyyy-mm-dd\n", new: "  date-format: iso\n")])),
        DiagnosticDescription(
            .caseLogFile, .caseLog, "Case log that cannot be read", .error,
            explanation: "A case log named by `--cases`, or a file in the case folder, cannot be read as a log: it is missing, a link leading out of the folder, a pipe or device, a CSV with a quote that is never closed, or an `.xlsx` file that is not a workbook. Its escalations would be missing from the statistics.",
            example: .edits("A named pipe left in the case folder by an export script.",
                            [.namedPipe(file: "cases/incoming.csv")], reportedIn: shown("cases/incoming.csv")),
            fix: DiagnosticFix("Keep only regular `.csv` and `.xlsx` files in the case folder; save the log from Excel as 'CSV UTF-8' or as a workbook.",
                               [.remove(file: "cases/incoming.csv")])),
        DiagnosticDescription(
            .caseLogEncoding, .caseLog, "Case log in an unexpected encoding", .error,
            explanation: "A cell of the log is not text in the log's encoding: a CSV saved by Excel as 'CSV (Comma delimited)' is Windows-1252, not UTF-8, and a UTF-16 file ('Unicode text') is not read at all. A byte-order mark always means UTF-8; without one, `encoding` in `content/case-log.yml` decides (UTF-8 by default). The encoding is never guessed.",
            example: .edits("A log saved as Windows-1252 with an accented case reference, read as UTF-8.",
                            [.write(file: exampleLog, text: log("EX-Café-2,herts,2024-05-02,school,police,resources,2024-05-09,,2024-05-13,3,agreed\n")),
                             .convert(file: exampleLog, from: .utf8, to: .windows1252)],
                            reportedIn: shown(exampleLog)),
            fix: DiagnosticFix("Save the log as 'CSV UTF-8', or say how it is saved: `encoding: windows-1252` under `mapping` in `content/case-log.yml`.",
                               [.replace(file: "case-log.yml", old: "  encoding: utf-8\n", new: "  encoding: windows-1252\n")])),
        DiagnosticDescription(
            .caseLogLimit, .caseLog, "Case log beyond the reading limits", .error,
            explanation: "A log goes past a bound escalate reads within: a field longer than 32 KiB, a row longer than 1 MiB or with more than 1,000 columns, an `.xlsx` file over 16 MiB (or a sheet over 8 MiB of XML unzipped, about 8,000 rows with a notes column), a CSV over 8 GiB. Reading stops there, so the statistics would be made from part of the log; the bounds keep a broken or hostile file from exhausting the machine.",
            example: .none(reason: "It needs a file of megabytes or a thousand columns, too long to show here; `Tests/CorpusTests` hold such files."),
            fix: DiagnosticFix("Export only the log's own columns and rows; save a large workbook as CSV (UTF-8), which is read row by row at any size.")),
        DiagnosticDescription(
            .caseLogHeader, .caseLog, "Case log without the columns it needs", .error,
            explanation: "The header row (found by its column names among the first 50 rows) lacks a column every log needs (`case_id`, `partnership`, `raised_on`, `raising_agency`, `receiving_agency`, `category`), names one field twice, or lacks the `procedure` column that a partnership with more than one procedure requires. A log's own headers are mapped under `columns` in `content/case-log.yml`.",
            example: .edits("A log exported without its category column.",
                            [.write(file: exampleLog, text: "case_id,partnership,raised_on,raising_agency,receiving_agency,resolved_on\nEX-1,herts,2024-05-01,school,police,2024-05-10\n")],
                            reportedIn: shown(exampleLog)),
            fix: DiagnosticFix("Add the column, or map the log's own header onto the field under `columns` in `content/case-log.yml`.",
                               [.write(file: exampleLog, text: "case_id,partnership,raised_on,raising_agency,receiving_agency,category,resolved_on\nEX-1,herts,2024-05-01,school,police,resources,2024-05-10\n")])),
        DiagnosticDescription(
            .caseLogMissingValue, .caseLog, "Case without a value it needs", .error,
            explanation: "A row leaves empty a cell every case needs (its case id, partnership, date raised, raising or receiving agency, category), gives an outcome without a date resolved, or lacks the procedure where its partnership has several. The row cannot be counted. Messages name the row and the column, never what other cells hold.",
            example: .edits("A case whose receiving agency was not filled in.",
                            [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,school,,resources,2024-05-09,,2024-05-13,3,agreed\n"))],
                            reportedIn: shown(exampleLog)),
            fix: DiagnosticFix("Fill in the cell in the log, or build with `--exclude-invalid-rows` to leave the row out (the methods note counts it).",
                               [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,school,police,resources,2024-05-09,,2024-05-13,3,agreed\n"))])),
        DiagnosticDescription(
            .caseLogDate, .caseLog, "Date that cannot be read", .error,
            explanation: "A date cell is not a date in the log's configured format (`iso`, 2025-04-03, or `dd/mm/yyyy`, 03/04/2025), or is no real day (31/02/2025), or lies outside 1990 to 2100. The format is set in `content/case-log.yml` and never guessed, so 03/04/2025 can never be read as both 3 April and 4 March.",
            example: .edits("A UK-style date in a log configured as ISO.",
                            [.write(file: exampleLog, text: log("EX-2,herts,02/05/2024,school,police,resources,2024-05-09,,2024-05-13,3,agreed\n"))],
                            reportedIn: shown(exampleLog)),
            fix: DiagnosticFix("Write the date in the configured format, or set `date-format` under `mapping` in `content/case-log.yml` to the format the whole log uses.",
                               [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,school,police,resources,2024-05-09,,2024-05-13,3,agreed\n"))])),
        DiagnosticDescription(
            .caseLogDateOrder, .caseLog, "Dates in the wrong order", .error,
            explanation: "A case is resolved before it was raised or before its last stage began, or a stage begins before the case was raised or before the stage before it. Durations and timescale compliance would be negative or wrong.",
            example: .edits("A resolved date typed with the wrong month.",
                            [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,school,police,resources,2024-05-09,,2024-04-13,3,agreed\n"))],
                            reportedIn: shown(exampleLog)),
            fix: DiagnosticFix("Check the dates of the row in the case system and correct the log.",
                               [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,school,police,resources,2024-05-09,,2024-05-13,3,agreed\n"))])),
        DiagnosticDescription(
            .caseLogStageSkipped, .caseLog, "Stage skipped", .error,
            explanation: "A row has a date for a later stage but none for an earlier stage the log records. A case passes through every stage in turn, so the missing date is a gap in the log, and the time spent at each stage cannot be measured. Stages before the lowest one the log holds (set under `stages` in `content/case-log.yml`) are not expected.",
            example: .edits("Stage 4 dated, stage 3 left empty.",
                            [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,school,police,resources,,2024-05-20,2024-05-23,4,agreed\n"))],
                            reportedIn: shown(exampleLog)),
            fix: DiagnosticFix("Give the date the earlier stage began.",
                               [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,school,police,resources,2024-05-09,2024-05-20,2024-05-23,4,agreed\n"))])),
        DiagnosticDescription(
            .caseLogStageBeyond, .caseLog, "Stage the procedure does not have", .error,
            explanation: "A row gives a date (or a resolved stage) for a stage beyond the number of stages its procedure publishes, for a stage below the lowest one the log is set to hold, or any stage at all for a procedure published without stages. Either the row's procedure is wrong or the log's columns do not match the procedure.",
            example: .edits("A stage 5 column for Hertfordshire, whose procedure has four stages.",
                            [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,school,police,resources,2024-05-09,2024-05-20,2024-05-28,2024-05-30,5,agreed\n",
                                                                 header: "case_id,partnership,raised_on,raising_agency,receiving_agency,category,stage3_on,stage4_on,stage5_on,resolved_on,resolved_stage,outcome\n")
                                    .replacingOccurrences(of: "2024-05-08,,2024-05-10,3,agreed\n", with: "2024-05-08,,,2024-05-10,3,agreed\n"))],
                            reportedIn: shown(exampleLog)),
            fix: DiagnosticFix("Correct the row's procedure, or remove the column and the dates for stages the procedure does not have.",
                               [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,school,police,resources,2024-05-09,2024-05-20,2024-05-30,4,agreed\n"))])),
        DiagnosticDescription(
            .caseLogUnknown, .caseLog, "Partnership, procedure, agency, category or outcome not known", .error,
            explanation: "A cell names a partnership or procedure the content does not have, or an agency, category or outcome that is not in its vocabulary (`content/case-log.yml`; categories come from the procedure's own list, with `other`). Logs spell things their own way: map each spelling onto an id under `spellings`. The message suggests the nearest id, and never repeats the cell.",
            example: .edits("A log's own spelling of an agency, not yet mapped.",
                            [.write(file: exampleLog, text: log("EX-2,herts,2024-05-02,Skool,police,resources,2024-05-09,,2024-05-13,3,agreed\n"))],
                            reportedIn: shown(exampleLog)),
            fix: DiagnosticFix("Map the log's spelling onto a vocabulary id under `spellings` in `content/case-log.yml`, or correct the cell.",
                               [.replace(file: "case-log.yml", old: "      GP surgery: gp\n", new: "      GP surgery: gp\n      Skool: school\n")])),
        DiagnosticDescription(
            .caseLogDuplicate, .caseLog, "Case id used twice", .error,
            explanation: "Two rows (in one log or across the logs read together) have the same case id. Either one escalation was entered twice, which would count it twice, or two escalations share an id. Only a 64-bit hash of each id is kept while reading, so memory stays small at any size.",
            example: .edits("A case pasted into the log a second time.",
                            [.write(file: exampleLog, text: log(goodRow))],
                            reportedIn: shown(exampleLog)),
            fix: DiagnosticFix("Delete the repeated row, or give each escalation its own id.",
                               [.write(file: exampleLog, text: log(""))])),
        DiagnosticDescription(
            .caseLogTracked, .caseLog, "Case log with personal data where git would commit it", .warning,
            explanation: "A case log with personal or free-text columns (anything beyond the schema: names, dates of birth, NHS numbers, notes) sits inside a git work tree and is not ignored, or is already committed. A log committed to a public repository is a data breach. escalate asks git itself. Logs that declare themselves synthetic in a `log.yml` beside them (`synthetic: true`) are exempt; under `--strict` this stops the build.",
            example: .none(reason: "The examples run in temporary copies outside any git work tree; `CaseLogTests` run it in a repository of their own."),
            fix: DiagnosticFix("Keep real logs outside the repository and pass them with `--cases PATH`, or add them to `.gitignore`; if one was committed, remove it (`git rm --cached`) and have the history purged.")),
        DiagnosticDescription(
            .caseLogExcluded, .caseLog, "Rows left out of the statistics", .warning,
            explanation: "Under `--exclude-invalid-rows`, rows with problems are left out of the statistics instead of stopping the build; their problems are reported as warnings (the first 100 in full) and this says how many rows were excluded, by reason. The published methods note gives the same counts.",
            example: .none(reason: "It needs `--exclude-invalid-rows`, which the examples do not pass; `CaseLogTests` cover it."),
            fix: DiagnosticFix("Correct the rows in the log so that none is excluded.")),
    ]
}
