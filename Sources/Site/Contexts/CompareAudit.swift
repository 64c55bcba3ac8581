import Audit

extension PageContexts {
    /// The completeness audit for the compare page: one row per check, one cell per procedure,
    /// in the procedures' order. Review dates are measured against the content's own date (as
    /// "Updated" is), never the build clock, so the published page does not change by itself.
    /// Readers see each reason in their words (`readerReason`), never the keys an author edits.
    func auditRows() -> [ComparePageContext.AuditRow] {
        guard let date = auditDate else { return [] }
        let audits = input.procedures.map { ProcedureAudit($0, today: date) }
        return AuditCheck.ID.allCases.map { id in
            ComparePageContext.AuditRow(id: id.rawValue, question: id.question, cells: audits.map { audit in
                let check = audit.check(id)
                return ComparePageContext.AuditCell(result: check?.result.rawValue ?? "not-applicable",
                                                    resultWords: check?.result.words ?? "Not applicable",
                                                    reason: check.map(readerReason) ?? "")
            })
        }
    }

    /// The audit judges the partnership's document, but every procedure page of this site opens
    /// with the site's own immediate-risk block; a bare "Fail" beside that page would read as
    /// the site contradicting itself, so the reason says both.
    private func readerReason(_ check: AuditCheck) -> String {
        guard check.id == .immediateRiskRoute, check.result == .fail else { return check.readerReason }
        return check.readerReason + " " + Self.siteImmediateRiskNote
    }

    /// The page's block always links `tel:999` and then children's social care (`ImmediateRiskContext`).
    static let siteImmediateRiskNote = "This site still opens the procedure's page with what to do if a child is at immediate risk (call the police on 999, then children's social care for the child's area); the partnership's own document should say so too."
}
