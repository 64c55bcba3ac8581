// libFuzzer target: one policy file (front matter + Markdown body) through the reader that
// `escalate check` and `build` use. Any input must give diagnostics, never a crash, a hang or
// unbounded memory. Odd-sized inputs are read with raw HTML allowed (the RawHTMLFilter path),
// even-sized ones with the default (raw HTML replaced).
import CFuzzDriver
import CmarkGFM
import Model
import PolicySource

let calendars: Set<String> = ["england-and-wales", "scotland", "northern-ireland"]
let today = PolicyDate("2025-06-01")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let options = MarkdownOptions(allowRawHTML: size % 2 == 1)
    let reader = ProcedureReader(knownCalendars: calendars, today: today, markdownOptions: options)
    let result = reader.read(bytes: bytes, file: "fuzz.md", source: "policies/fuzz.md")
    // Touch the result so nothing is optimised away.
    if result.procedure == nil && result.diagnostics.isEmpty { return 0 }
    return 0
}

/// SwiftPM's `main` for this executable: libFuzzer's driver, with the options of the command line.
@_cdecl("FuzzPolicyReader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data!, size) }
}
