// libFuzzer target: a calendar file in the shape of GOV.UK's bank-holidays.json, read as the
// content loader reads `content/calendars/*.json`; every division read is then made into a
// working-day calendar and used for a few deadlines, as the pages and `escalate deadlines` do.
import CFuzzDriver
import Foundation
import Model
import WorkingDays

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let (holidays, _) = BankHolidays.load(files: [(shown: "calendars/fuzz.json", data: bytes)], display: "calendars")
    for name in holidays.names.sorted() {
        guard let calendar = holidays.calendar(name) else { continue }
        let start = calendar.closures.min() ?? Day(year: 2025, month: 1, day: 1)
        for n in [0, 1, 5, 20] {
            let day = calendar.adding(workingDays: n, to: start)
            _ = calendar.covers(day)
            _ = day.description
        }
        let steps: [(String, Timescale)] = [
            ("Stage 1", Timescale(kind: .fromRaised, value: 3, unit: .workingDays)),
            ("Stage 2", Timescale(kind: .afterPrevious, value: 72, unit: .hours)),
        ]
        _ = Deadlines.compute(steps, raised: start, calendar: calendar)
    }
    return 0
}

/// SwiftPM's `main` for this executable: libFuzzer's driver, with the options of the command line.
@_cdecl("FuzzCalendar_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data!, size) }
}
