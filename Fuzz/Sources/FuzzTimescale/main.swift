// libFuzzer target: the timescale parser, reached through the public reader. The input is the
// text after `- **Timescale:**` in stage 1 and in step 1 of a sub-procedure of an otherwise
// valid policy (line ends become spaces, so it stays one fact). Every timescale read is then
// turned into deadlines on a small calendar, as `escalate deadlines` and the pages do.
import CFuzzDriver
import CmarkGFM
import Model
import PolicySource
import WorkingDays

let head = """
    ---
    id: fuzz
    title: Fuzz
    partnerships:
      - id: fuzz
        name: Fuzz partnership
    calendar: england-and-wales
    ---

    # Fuzz

    ## Stage 1: First

    - **Who:** the practitioners
    - **Timescale:** 
    """
let middle = """

    ## Stage 2: Second

    - **Who:** the managers
    - **Timescale:** 5 working days after the previous stage

    ## Sub-procedure: Other

    - **Applies when:** always

    ### Step 1: One

    - **Who:** someone
    - **Timescale:** 
    """
let tail = "\n"

let closures: Set<Day> = [Day(year: 2025, month: 12, day: 25), Day(year: 2025, month: 12, day: 26), Day(year: 2026, month: 1, day: 1)]
let calendar = WorkingDayCalendar(name: "england-and-wales", closures: closures, firstYear: 2025, lastYear: 2026)
let raised = Day(year: 2025, month: 12, day: 19)
let reader = ProcedureReader(knownCalendars: ["england-and-wales"])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var phrase = Array(UnsafeBufferPointer(start: data, count: size))
    for i in phrase.indices where phrase[i] == 0x0A || phrase[i] == 0x0D { phrase[i] = 0x20 }
    let bytes = Array(head.utf8) + phrase + Array(middle.utf8) + phrase + Array(tail.utf8)
    let result = reader.read(bytes: bytes, file: "fuzz.md", source: "policies/fuzz.md")
    guard let procedure = result.procedure else { return 0 }
    let stages = procedure.stages.map { ("Stage \($0.number)", $0.timescale) }
    let deadlines = Deadlines.compute(stages, raised: raised, calendar: calendar)
    for sub in procedure.subProcedures {
        _ = Deadlines.compute(sub.steps.map { ("Step \($0.number)", $0.timescale) }, raised: raised, calendar: calendar)
    }
    for t in procedure.stages.map(\.timescale) { _ = t.summary }
    return deadlines.isEmpty ? 0 : 0
}

/// SwiftPM's `main` for this executable: libFuzzer's driver, with the options of the command line.
@_cdecl("FuzzTimescale_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data!, size) }
}
