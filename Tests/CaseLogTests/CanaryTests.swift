import CaseLog
import Diagnostics
import Foundation
import Pipeline
import Testing
import TestSupport

/// Every personal column, the case id and even the cells that are wrong hold marker text; the
/// log is checked and built, with and without --exclude-invalid-rows, and no marker may appear
/// in any diagnostic (as people, GitHub annotations or JSON see them) or any output file.
@Suite struct CanaryTests {
    static let marker = "CANARY-7f3a"

    static var log: String {
        var text = "case_id,child_name,child_date_of_birth,nhs_number,partnership,raised_on,raising_agency,receiving_agency,practitioner,category,stage3_on,stage4_on,resolved_on,resolved_stage,outcome,notes\n"
        let m = marker
        func row(_ i: Int, partnership: String = "herts", raised: String = "2024-05-01", raising: String = "school", category: String = "resources",
                 stage3: String = "2024-05-08", resolved: String = "2024-05-10", stage: String = "3", outcome: String = "agreed", id: String? = nil) -> String {
            [id ?? "\(m)-ID-\(i)", "\(m)-NAME-\(i)", "\(m)-DOB-\(i)", "\(m)-NHS-\(i)", partnership, raised, raising, "police", "\(m)-PRACTITIONER-\(i)",
             category, stage3, "", resolved, stage, outcome, "\"\(m)-NOTES-\(i), with \"\"quotes\"\"\nand a line break\""].joined(separator: ",") + "\n"
        }
        text += row(1)
        text += row(2, raised: "\(m)-DATE")
        text += row(3, raising: "\(m)-AGENCY")
        text += row(4, partnership: "\(m)-PARTNERSHIP")
        text += row(5, category: "\(m)-CATEGORY")
        text += row(6, outcome: "\(m)-OUTCOME")
        text += row(7, stage: "\(m)-STAGE")
        text += row(8, resolved: "\(m)-RESOLVED")
        text += row(9, id: "\(m)-ID-1")
        text += row(10, raised: "")
        text += row(11, stage3: "2024-04-01")
        return text
    }

    @Test(arguments: [false, true])
    func noMarkerReachesAnyMessageOrOutputFile(_ exclude: Bool) async throws {
        let folder = try TestFolder()
        try folder.write("log.csv", Self.log)
        let output = folder.url.appendingPathComponent("output")
        var pipeline = Fixtures.pipeline()
        pipeline.cases = folder.url.appendingPathComponent("log.csv")
        pipeline.casesDisplay = "log.csv"
        pipeline.excludeInvalidRows = exclude
        let checked = await pipeline.run(.check)
        let built = await pipeline.run(.build(output: output))
        for context in [checked, built] {
            #expect(context.caseLog?.records == 1)
            #expect(context.diagnostics.items.filter { $0.code.hasPrefix("case-log") }.count >= 10, "\(context.diagnostics.items.map(\.message))")
            for format in [DiagnosticFormat.human, .github, .json] {
                let formatter = DiagnosticFormatter(format: format, strict: false)
                let text = formatter.format(context.diagnostics.sorted()) + formatter.format(context.diagnostics.limited()) + formatter.summary(context.diagnostics)
                #expect(!text.contains(Self.marker), "a marker reached the \(format) diagnostics")
            }
        }
        if exclude {
            #expect(built.written.count > 0, "the build goes on when invalid rows are excluded")
            for (path, data) in try Fixtures.files(under: output) {
                #expect(!String(decoding: data, as: UTF8.self).contains(Self.marker), "a marker reached \(path)")
            }
        } else {
            #expect(built.written.isEmpty, "invalid rows stop the build")
        }
    }
}
