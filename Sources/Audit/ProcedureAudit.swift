import Model

/// The completeness audit of one procedure: one check per `AuditCheck.ID`, in that order.
public struct ProcedureAudit: Sendable, Hashable {
    public var procedure: String
    public var title: String
    /// The source file relative to the content folder, as in the model.
    public var source: String
    public var checks: [AuditCheck]

    public init(procedure: String, title: String, source: String, checks: [AuditCheck]) {
        self.procedure = procedure
        self.title = title
        self.source = source
        self.checks = checks
    }

    /// Audits a procedure as its partnership wrote it.
    /// - Parameter today: the date the review date is measured against (`--today`).
    public init(_ procedure: Procedure, today: PolicyDate) {
        let auditor = ProcedureAuditor(procedure: procedure, today: today)
        self.init(procedure: procedure.id, title: procedure.title, source: procedure.source,
                  checks: AuditCheck.ID.allCases.map(auditor.check))
    }

    public func check(_ id: AuditCheck.ID) -> AuditCheck? {
        checks.first { $0.id == id }
    }

    public var failures: [AuditCheck] { checks.filter { $0.result == .fail } }

    public func count(_ result: AuditCheck.Result) -> Int { checks.filter { $0.result == result }.count }
}
