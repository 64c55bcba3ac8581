// libFuzzer target: a CSV case log read as `check` reads one (tokenizer, header search,
// mapping, every row's validation, the duplicate check) against two small procedures, one
// starting its log at stage 3. The first byte picks the settings: encoding, date format and
// whether a procedure column is required. Every diagnostic must name its row, and none may
// quote a cell: the marker the seeds put in every cell must never appear in a message.
import CFuzzDriver
import CaseLog
import Diagnostics
import Foundation
import Model

let procedures: [Procedure] = [
    Procedure(id: "herts", title: "Hertfordshire", source: "policies/herts.md", partnerships: [Partnership(id: "herts", name: "Hertfordshire")],
              calendar: "england-and-wales",
              stages: (1...4).map { Stage(number: $0, title: "Stage \($0)", participants: ["x"], timescale: Timescale(kind: .fromRaised, value: 3 * $0, unit: .workingDays)) },
              categories: ["Resources", "Capacity"]),
    Procedure(id: "notts", title: "Nottingham", source: "policies/notts.md", partnerships: [Partnership(id: "notts", name: "Nottingham")],
              calendar: "england-and-wales", stageListing: .notListed),
]

struct Counting: CaseRecordSink {
    var n = 0
    mutating func add(_ record: CaseRecord) { n += 1 }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let mode = data[0]
    let bytes = [UInt8](UnsafeBufferPointer(start: data + 1, count: size - 1))
    var settings = CaseLogSettings()
    settings.encoding = mode & 1 == 0 ? .utf8 : .windows1252
    settings.dateFormat = mode & 2 == 0 ? .iso : .dayMonthYear
    settings.procedureColumn = mode & 4 == 0 ? .automatic : .required
    settings.firstStage = ["herts": 3]
    settings.columns = mode & 8 == 0 ? [:] : ["raised_on": "Date raised", "case_id": "Ref"]
    var problems: [Diagnostic] = []
    let configuration = CaseLogConfiguration(settings: settings, procedures: procedures, diagnostics: &problems)
    var sink = Counting()
    let result = CaseLogReader(configuration: configuration, options: .init(checkGit: false)).read(csv: bytes, display: "cases/fuzz.csv", into: &sink)
    for d in result.diagnostics {
        // The seeds write "QQ" into cells that are not vocabulary words; a message must never repeat a cell.
        if d.message.contains("QQ") || d.help.contains("QQ") { abort() }
        if d.location.line > 0, !d.message.hasPrefix("row \(d.location.line)") { abort() }
    }
    if sink.n != result.summary.records { abort() }
    return 0
}

/// SwiftPM's `main` for this executable: libFuzzer's driver, with the options of the command line.
@_cdecl("FuzzCaseLog_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data!, size) }
}
