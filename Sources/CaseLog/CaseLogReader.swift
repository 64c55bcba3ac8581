import Diagnostics
import Foundation
import Yams

/// Reads case logs into a `CaseRecordSink`, one row at a time, in bounded memory: nothing of a
/// row is kept once it is handed on, except a 64-bit hash of its case id for the duplicate
/// check. Every problem is a `Diagnostic` naming the file, the row and the column, never a
/// value; the first `fullProblems` are reported in full and the rest as counts by kind.
public struct CaseLogReader: Sendable {
    public struct Options: Sendable {
        /// Rows with problems are left out (and counted) instead of failing the build.
        public var excludeInvalidRows = false
        /// Whether to ask git if a log with personal columns could be committed.
        public var checkGit = true
        public var fullProblems = 100

        public init(excludeInvalidRows: Bool = false, checkGit: Bool = true) {
            self.excludeInvalidRows = excludeInvalidRows
            self.checkGit = checkGit
        }
    }

    public var configuration: CaseLogConfiguration
    public var options: Options
    var files = CaseLogFiles()
    var csvLimits = CSVTokenizer.Limits()
    var xlsxLimits = XLSXRows.Limits()

    public init(configuration: CaseLogConfiguration, options: Options = Options()) {
        self.configuration = configuration
        self.options = options
    }

    public struct Result: Sendable {
        public var summary = CaseLogSummary()
        public var diagnostics: [Diagnostic] = []
        /// False when the path named nothing.
        public var found = false
    }

    /// Reads every log at `path` (a file, or the logs in a folder). `required` says whether a
    /// missing path is an error (it is for `--cases`; `content/cases/` is optional).
    public func read<S: CaseRecordSink>(_ path: URL, display: String, required: Bool, into sink: inout S) async -> Result {
        var result = Result()
        let (found, folder, problems, exists) = files.find(path, display: display)
        result.found = exists
        result.diagnostics += problems
        result.summary.excludingInvalidRows = options.excludeInvalidRows
        guard exists else {
            if required {
                result.diagnostics.append(.error(.caseLogFile, at: SourceLocation(file: display), "there is no case log here",
                                                 help: "pass --cases with the log file (.csv or .xlsx) or the folder that holds it"))
            }
            return result
        }
        let synthetic = folder.map { readFolderSettings($0, display: found.isEmpty ? display : (found[0].shown as NSString).deletingLastPathComponent, into: &result.diagnostics) } ?? false
        result.summary.synthetic = synthetic && !found.isEmpty
        var state = State(options: options)
        for file in found {
            let personal = readFile(file, state: &state, summary: &result.summary, into: &sink)
            result.summary.files.append(file.shown)
            if personal, !synthetic, options.checkGit {
                switch await GitExposure.check(file.url) {
                case .safe: break
                case .notIgnored:
                    state.fileProblems.append(.warning(.caseLogTracked, at: SourceLocation(file: file.shown),
                        "THIS CASE LOG HOLDS PERSONAL COLUMNS AND IS INSIDE A GIT WORK TREE WITHOUT BEING IGNORED: one 'git add' would commit personal data",
                        help: "move the log out of the repository and pass it with --cases, or add it to .gitignore; a log committed to a public repository is a data breach"))
                case .tracked:
                    state.fileProblems.append(.warning(.caseLogTracked, at: SourceLocation(file: file.shown),
                        "THIS CASE LOG HOLDS PERSONAL COLUMNS AND IS COMMITTED TO GIT (or staged): its personal data is in the repository's history",
                        help: "remove it from the repository (git rm --cached), keep it outside and pass it with --cases, and ask whoever manages the repository to purge it from the history; if the repository is public, treat it as a data breach"))
                }
            }
        }
        result.diagnostics += state.fileProblems + state.rowProblems
        for (code, count) in state.hidden.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let severity: Diagnostic.Severity = options.excludeInvalidRows ? .warning : .error
            result.diagnostics.append(Diagnostic(severity, code, at: SourceLocation(file: display),
                "… and \(count) more '\(code.rawValue)' problems in the case logs (the first \(options.fullProblems) problems are listed in full)",
                help: DiagnosticCatalogue.entry(code).fix.advice))
        }
        if options.excludeInvalidRows, result.summary.excludedRows > 0 {
            let reasons = result.summary.excluded.sorted { $0.key < $1.key }.map { "\($0.value) for \($0.key)" }.joined(separator: ", ")
            result.diagnostics.append(.warning(.caseLogExcluded, at: SourceLocation(file: display),
                "\(result.summary.excludedRows) of \(result.summary.rows) rows were left out of the statistics (\(reasons))",
                help: "the published methods note gives these counts; correct the rows in the log to include them"))
        }
        return result
    }

    struct State {
        let options: Options
        var fileProblems: [Diagnostic] = []
        var rowProblems: [Diagnostic] = []
        var hidden: [DiagnosticCode: Int] = [:]
        /// Hash of each case id seen → where it was first seen: the file's index in the top 8
        /// bits, its row in the low 24 (all ones for a row beyond them). 12 bytes a case.
        var seen = CaseIDTable()
        var fileNames: [String] = []

        /// "row 12", "row 12 of cases/a.csv", or "an earlier row" past 16,777,214 rows.
        func describe(_ place: UInt32, from file: Int32) -> String {
            let row = place & 0xFF_FFFF
            let index = Int(place >> 24)
            let what = row == 0xFF_FFFF ? "an earlier row" : "row \(row)"
            return index == Int(file) || row == 0xFF_FFFF ? what : "\(what) of \(fileNames[index])"
        }

        mutating func row(_ d: Diagnostic, _ code: DiagnosticCode) {
            if rowProblems.count < options.fullProblems { rowProblems.append(d) } else { hidden[code, default: 0] += 1 }
        }
    }

    /// Reads one file; true when it has personal (non-schema) columns.
    private func readFile<S: CaseRecordSink>(_ file: CaseLogFiles.Found, state: inout State, summary: inout CaseLogSummary, into sink: inout S) -> Bool {
        let shown = file.shown
        func fail(_ f: RowFailure) { state.fileProblems.append(Self.diagnostic(f, in: shown)) }
        var fd: Int32 = -1
        var fileBytes: Int?
        defer { if fd >= 0 { close(fd) } }
        var rows: any CaseLogRows
        do throws(RowFailure) {
            switch file.kind {
            case .csv:
                guard let opened = CaseLogFiles.open(file.url) else {
                    fail(RowFailure(code: .file, row: 0, message: "the file cannot be opened as a regular file", help: "check that it is a file and that its permissions let you read it"))
                    return false
                }
                fd = opened
                var info = stat()
                if fstat(fd, &info) == 0 { fileBytes = Int(info.st_size) }
                rows = try CSVRows(.file(fd), encoding: configuration.settings.encoding, limits: csvLimits)
            case .xlsx:
                rows = try XLSXRows(file: file.url, limits: xlsxLimits)
            }
        } catch {
            fail(error)
            return false
        }
        return read(&rows, shown: shown, bytes: fileBytes, state: &state, summary: &summary, into: &sink)
    }

    /// Reads CSV bytes already in memory, as a file would be read (for the fuzz target and
    /// tests of the tokenizer and validation together).
    public func read<S: CaseRecordSink>(csv bytes: [UInt8], display: String, into sink: inout S) -> Result {
        var result = Result()
        result.found = true
        var state = State(options: options)
        do throws(RowFailure) {
            var rows: any CaseLogRows = try CSVRows(.bytes(bytes), encoding: configuration.settings.encoding, limits: csvLimits)
            _ = read(&rows, shown: display, bytes: bytes.count, state: &state, summary: &result.summary, into: &sink)
        } catch {
            state.fileProblems.append(Self.diagnostic(error, in: display))
        }
        result.diagnostics = state.fileProblems + state.rowProblems
        return result
    }

    /// The header, then every row, of one log.
    private func read<S: CaseRecordSink>(_ rows: inout any CaseLogRows, shown: String, bytes: Int?, state: inout State,
                                         summary: inout CaseLogSummary, into sink: inout S) -> Bool {
        func fail(_ f: RowFailure) { state.fileProblems.append(Self.diagnostic(f, in: shown)) }
        state.fileNames.append(shown)
        let fileIndex = Int32(state.fileNames.count - 1)
        let date1904 = (rows as? XLSXRows)?.date1904 ?? false

        // The header: the first row that names every required column (the best partial match
        // is reported when none does).
        var header: CaseLogHeader?
        var best: (header: CaseLogHeader, score: Int)?
        var duplicates: [String] = []
        do throws(RowFailure) {
            var looked = 0
            while header == nil, looked < CaseLogHeader.searchRows, let cells = try rows.next() {
                looked += 1
                let (h, d) = CaseLogHeader.read(cells, row: rows.row, configuration: configuration)
                if h.missingRequired.isEmpty { header = h; duplicates = d; break }
                if h.columns.count >= 2, h.columns.count > (best?.score ?? 0) { best = (h, h.columns.count) }
            }
        } catch {
            fail(error)
            return false
        }
        guard let header else {
            if let best {
                let missing = best.header.missingRequired.map { "'\(best.header.name($0, configuration))'" }.joined(separator: ", ")
                state.fileProblems.append(.error(.caseLogHeader, at: SourceLocation(file: shown, line: best.header.row),
                    "row \(best.header.row) looks like the header but lacks the required column\(best.header.missingRequired.count == 1 ? "" : "s") \(missing)",
                    help: "add the column\(best.header.missingRequired.count == 1 ? "" : "s"), or map the log's own header to each field under 'columns' in \(mappingFile) (docs/case-log.md)"))
            } else {
                state.fileProblems.append(.error(.caseLogHeader, at: SourceLocation(file: shown),
                    "no header row naming the case-log columns was found in the first \(CaseLogHeader.searchRows) rows",
                    help: "the header needs the columns \(CaseLogSchema.required.joined(separator: ", ")); map the log's own names under 'columns' in \(mappingFile)"))
            }
            return false
        }
        let personal = header.otherColumns > 0
        for field in Set(duplicates).sorted() {
            state.fileProblems.append(.error(.caseLogHeader, at: SourceLocation(file: shown, line: header.row),
                "row \(header.row): more than one column is headed '\(header.name(field, configuration))'; the first is read",
                help: "rename or remove the other column so each field has one column"))
        }
        if configuration.procedureColumnRequired, header.columns[CaseLogSchema.procedure] == nil {
            state.fileProblems.append(.error(.caseLogHeader, at: SourceLocation(file: shown, line: header.row),
                "row \(header.row): the log has no 'procedure' column, which it needs because a partnership takes part in more than one procedure",
                help: "add a procedure column giving each case's procedure id, or map the log's own header to 'procedure' under 'columns' in \(mappingFile)"))
            return personal
        }
        let fields = header.fields
        rows.keep(columns: fields.map { header.columns[$0]! })
        let validator = CaseRowValidator(configuration: configuration, header: header)
        let plain = PlainRowReader(configuration: configuration, header: header)
        let severity: Diagnostic.Severity = options.excludeInvalidRows ? .warning : .error
        var rowsInFile = 0
        let ahead = RowReadAhead(rows, plain: plain)
        ahead.start()
        defer { ahead.finish() }
        var batch = RowReadAhead.Batch()
        var next = 0
        /// The next row from the reading thread, in the file's order; nil at the end.
        func nextRow() throws(RowFailure) -> RowReadAhead.Read? {
            while next == batch.reads.count {
                if batch.end {
                    if let failure = batch.failure { throw failure }
                    return nil
                }
                batch = ahead.next()
                next = 0
            }
            next += 1
            return batch.reads[next - 1]
        }
        do throws(RowFailure) {
            while let ahead = try nextRow() {
                let read = ahead.read
                let row = ahead.row
                var record: CaseRecord?
                var id: UInt64?
                var problems: [CaseRowValidator.Problem] = []
                switch read {
                case .plain(let r, let caseID):
                    record = r
                    id = caseID
                case .cells(let cells):
                    if validator.isBlank(cells) { continue }
                    id = validator.caseID(cells).map(Self.hash)
                    switch validator.validate(cells, date1904: date1904) {
                    case .record(let r): record = r
                    case .problems(let found): problems = found
                    }
                }
                summary.rows += 1
                rowsInFile += 1
                // Sized once from the first thousand rows, the duplicate check's table does not
                // double (and briefly hold both sizes) as a large log is read.
                if rowsInFile == 1_000, let bytes, let consumed = ahead.consumed, consumed > 0 {
                    let expected = min(Int(Double(bytes) / Double(consumed) * 1_050), 50_000_000)
                    state.seen.reserveCapacity(state.seen.count + expected)
                }
                if let record {
                    let place = Self.place(file: fileIndex, row: row)
                    if let id, let first = state.seen.firstPlace(id, else: place) {
                        problems.append(.init(.caseLogDuplicate, at: CaseLogSchema.caseID, "the case id is the same as in \(state.describe(first, from: fileIndex))",
                                              help: "give each escalation its own case id; if it is the same case entered twice, delete one row"))
                    } else {
                        sink.add(record)
                        summary.records += 1
                    }
                } else if let id {
                    _ = state.seen.firstPlace(id, else: Self.place(file: fileIndex, row: row))
                }
                guard let first = problems.first else { continue }
                summary.excluded[first.code.rawValue, default: 0] += 1
                for p in problems {
                    let column = header.columns[p.field].map { $0 + 1 } ?? 0
                    state.row(Diagnostic(severity, p.code, at: SourceLocation(file: shown, line: row, column: column),
                                         "row \(row), column '\(header.name(p.field, configuration))': \(p.message)", help: p.help), p.code)
                }
            }
        } catch {
            fail(error)
        }
        return personal
    }

    private var mappingFile: String { configuration.settings.file ?? "content/" + CaseLogSettings.fileName }

    /// Why a file stopped being read, at its row when there is one.
    static func diagnostic(_ f: RowFailure, in shown: String) -> Diagnostic {
        let code: DiagnosticCode = f.code == .limit ? .caseLogLimit : f.code == .encoding ? .caseLogEncoding : .caseLogFile
        return .error(code, at: SourceLocation(file: shown, line: f.row), f.row > 0 ? "row \(f.row): \(f.message)" : f.message, help: f.help)
    }

    static func place(file: Int32, row: Int) -> UInt32 {
        UInt32(file & 0xFF) << 24 | UInt32(min(row, 0xFF_FFFF))
    }

    /// FNV-1a, 64-bit: a compact stand-in for the case id. Two different ids share a hash with a
    /// chance of about 1 in 36 million across a million rows.
    static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The same hash of a cell's bytes (a plain cell's text is its bytes).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// `log.yml` beside the logs: `synthetic: true` marks the bundled example, which is exempt
    /// from the git check and shown as synthetic.
    private func readFolderSettings(_ folder: URL, display: String, into diagnostics: inout [Diagnostic]) -> Bool {
        let url = folder.appendingPathComponent(CaseLogFiles.folderSettings)
        let shown = display + "/" + CaseLogFiles.folderSettings
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return false }
        guard info.st_mode & S_IFMT == S_IFREG, info.st_size <= 64 << 10, let fd = CaseLogFiles.open(url) else {
            diagnostics.append(.error(.caseLogSetting, at: SourceLocation(file: shown), "log.yml must be a small regular file (not a link, pipe or device)",
                                      help: "replace it with a plain file holding 'synthetic: true' or nothing"))
            return false
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let data = (try? handle.read(upToCount: 64 << 10)) ?? Data()
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error(.caseLogSetting, at: SourceLocation(file: shown), "log.yml is not UTF-8 text", help: "save it as UTF-8"))
            return false
        }
        do {
            guard let node = try Yams.compose(yaml: text) else { return false }
            guard case .mapping(let map) = node else {
                diagnostics.append(.error(.caseLogSetting, at: SourceLocation(file: shown, line: 1), "log.yml must be a mapping such as 'synthetic: true'"))
                return false
            }
            var synthetic = false
            for (key, value) in map {
                let line = key.mark?.line ?? 1
                switch key.string {
                case "synthetic":
                    switch value.string?.lowercased() {
                    case "true", "yes": synthetic = true
                    case "false", "no": synthetic = false
                    default:
                        diagnostics.append(.error(.caseLogSetting, at: SourceLocation(file: shown, line: value.mark?.line ?? line), "'synthetic' must be true or false"))
                    }
                case "description": continue
                default:
                    diagnostics.append(.error(.caseLogSetting, at: SourceLocation(file: shown, line: line), "unknown key '\(key.string ?? "")' in log.yml",
                                              help: "log.yml knows 'synthetic' and 'description'"))
                }
            }
            return synthetic
        } catch {
            diagnostics.append(.error(.caseLogSetting, at: SourceLocation(file: shown), "log.yml is not valid YAML", help: "write it as 'synthetic: true'"))
            return false
        }
    }
}
