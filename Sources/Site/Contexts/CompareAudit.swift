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
            ComparePageContext.AuditRow(id: id.rawValue, question: Self.statedTopic(id), cells: audits.map { audit in
                let check = audit.check(id)
                let result = check?.result ?? .notApplicable
                return ComparePageContext.AuditCell(result: result.rawValue, resultWords: Self.statedWords(result),
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

    /// The audit's result as the public page words it. Readers took "Pass" and "Fail" for a
    /// public audit of their partnership; the page says what each document states, neutrally,
    /// and the detail says why.
    static func statedWords(_ result: AuditCheck.Result) -> String {
        switch result {
        case .pass: return "Stated"
        case .fail: return "Not stated"
        case .notApplicable: return "Does not apply"
        }
    }

    /// What a check looks for, as a row of "What each procedure states": worded so that
    /// "Stated" and "Not stated" answer it (a review date that has passed is not "a next review
    /// date still to come").
    static func statedTopic(_ id: AuditCheck.ID) -> String {
        switch id {
        case .immediateRiskRoute: return "Its own route for a child at immediate risk (the police and children's social care)"
        case .ladoRoute: return "A route to the LADO for a concern about a professional"
        case .recordingDuty: return "What to record at every stage"
        case .finalDecision: return "A final stage with a named decision-maker"
        case .timescales: return "A fixed timescale for every stage, or why there is none"
        case .reviewDate: return "A next review date still to come, within three years of the last update"
        case .reachableContact: return "An email address or phone number for each partnership"
        case .version: return "Its version number"
        }
    }
}
