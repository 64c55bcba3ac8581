import Audit

extension PageContexts {
    /// The completeness audit for the compare page: one row per check, one cell per procedure,
    /// in the procedures' order. Review dates are measured against the content's own date (as
    /// "Updated" is), never the build clock, so the published page does not change by itself.
    func auditRows() -> [ComparePageContext.AuditRow] {
        guard let date = auditDate else { return [] }
        let audits = input.procedures.map { ProcedureAudit($0, today: date) }
        return AuditCheck.ID.allCases.map { id in
            ComparePageContext.AuditRow(id: id.rawValue, question: id.question, cells: audits.map { audit in
                let check = audit.check(id)
                return ComparePageContext.AuditCell(result: check?.result.rawValue ?? "not-applicable",
                                                    resultWords: check?.result.words ?? "Not applicable",
                                                    reason: check?.reason ?? "")
            })
        }
    }
}
