/// The counts for one partnership over one period, as the log streams past. Everything is a
/// counter or a histogram, so tallies merge (years into a pooled period, partnerships into the
/// all-partnerships figures) and memory does not grow with the number of cases.
public struct Tally: Sendable, Hashable {
    public var raised = 0
    public var byQuarter: [Int: Int] = [:]
    public var byRaisingAgency: [String: Int] = [:]
    public var byReceivingAgency: [String: Int] = [:]
    public var byCategory: [String: Int] = [:]
    /// Keyed by stage number; 0 when the log holds no stage date for the case.
    public var byHighestStage: [Int: Int] = [:]
    /// Keyed by stage number; 0 when resolved with no stage recorded (a procedure without
    /// stages), `Tally.open` while unresolved.
    public var byResolvedStage: [Int: Int] = [:]
    /// The unresolved cases by the highest stage they reached (keys as `byHighestStage`): a
    /// resolved case is resolved at its highest stage, so this is what the two stage tables differ by.
    public var unresolvedByHighestStage: [Int: Int] = [:]
    /// Keyed by outcome id; `""` while open, `"?"` when resolved with no outcome recorded.
    public var byOutcome: [String: Int] = [:]
    /// Working days from raised to resolved, of the resolved cases.
    public var workingDaysToResolve = DurationHistogram()
    /// Keyed by procedure and stage: a partnership with two procedures has two sets of stages.
    public var compliance: [ProcedureStage: StageCompliance] = [:]
    /// Cases raised before a later amendment of their procedure.
    public var raisedBeforeAmendment = 0

    /// The resolved-stage key of a case the log shows unresolved.
    public static let open = -1

    public init() {}

    public mutating func merge(_ o: Tally) {
        raised += o.raised
        byQuarter.merge(o.byQuarter, uniquingKeysWith: +)
        byRaisingAgency.merge(o.byRaisingAgency, uniquingKeysWith: +)
        byReceivingAgency.merge(o.byReceivingAgency, uniquingKeysWith: +)
        byCategory.merge(o.byCategory, uniquingKeysWith: +)
        byHighestStage.merge(o.byHighestStage, uniquingKeysWith: +)
        byResolvedStage.merge(o.byResolvedStage, uniquingKeysWith: +)
        byOutcome.merge(o.byOutcome, uniquingKeysWith: +)
        unresolvedByHighestStage.merge(o.unresolvedByHighestStage, uniquingKeysWith: +)
        workingDaysToResolve.merge(o.workingDaysToResolve)
        for (stage, c) in o.compliance { compliance[stage, default: StageCompliance()].merge(c) }
        raisedBeforeAmendment += o.raisedBeforeAmendment
    }
}

public struct ProcedureStage: Sendable, Hashable, Comparable {
    public var procedure: String
    public var stage: Int

    public init(procedure: String, stage: Int) {
        self.procedure = procedure
        self.stage = stage
    }

    public static func < (a: ProcedureStage, b: ProcedureStage) -> Bool { (a.procedure, a.stage) < (b.procedure, b.stage) }
}

/// How the cases that reached one stage kept to its timescale.
public struct StageCompliance: Sendable, Hashable {
    /// Cases the log shows reaching the stage.
    public var reached = 0
    public var within = 0
    public var late = 0
    /// Still in the stage with its time not yet run out, on the latest date in the log: the
    /// deadlines of those cases, counted by day, since that date is known only at the end.
    public var openDeadlines = DurationHistogram()

    public init() {}

    public mutating func merge(_ o: StageCompliance) {
        reached += o.reached
        within += o.within
        late += o.late
        openDeadlines.merge(o.openDeadlines)
    }

    /// Open cases split on the latest date in the log: past their deadline count as late.
    public func settled(asOf day: Int) -> (within: Int, late: Int, notYetDue: Int) {
        let overdue = openDeadlines.counts.filter { $0.key < day }.values.reduce(0, +)
        return (within, late + overdue, openDeadlines.total - overdue)
    }
}
