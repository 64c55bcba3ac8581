import WorkingDays

/// One escalation from a case log, after validation and mapping: only the fields statistics
/// are made of. Nothing personal is in it (no case id, names, dates of birth or notes), so a
/// record can be handed to any later step without a leak; dates are exact days because
/// durations are counted in working days, and the statistics publish nothing finer than a month.
public struct CaseRecord: Sendable, Hashable {
    /// Procedure id (from the `procedure` column, or the partnership's only procedure).
    public var procedure: String
    /// Partnership id.
    public var partnership: String
    public var raisedOn: Day
    /// Agency term ids (`CaseVocabularies.agencies`).
    public var raisingAgency: String
    public var receivingAgency: String
    /// Category term id in the procedure's categories (`other` when the log says other).
    public var category: String
    /// The lowest stage the log holds for this procedure (Hertfordshire's partnership log starts
    /// at stage 3); earlier stages are not recorded and their absence is not an error.
    public var firstStageHeld: Int
    /// `stageDates[n - firstStageHeld]` is the day stage n began, nil where the case never reached
    /// it. The highest non-nil stage is the highest reached.
    public var stageDates: [Day?]
    /// Nil while the case is open.
    public var resolvedOn: Day?
    public var resolvedStage: Int?
    /// Outcome term id, nil while open.
    public var outcome: String?

    public init(procedure: String, partnership: String, raisedOn: Day, raisingAgency: String, receivingAgency: String,
                category: String, firstStageHeld: Int = 1, stageDates: [Day?], resolvedOn: Day? = nil,
                resolvedStage: Int? = nil, outcome: String? = nil) {
        self.procedure = procedure
        self.partnership = partnership
        self.raisedOn = raisedOn
        self.raisingAgency = raisingAgency
        self.receivingAgency = receivingAgency
        self.category = category
        self.firstStageHeld = firstStageHeld
        self.stageDates = stageDates
        self.resolvedOn = resolvedOn
        self.resolvedStage = resolvedStage
        self.outcome = outcome
    }

    /// The day stage `n` began, if the log holds it.
    public func stageDate(_ n: Int) -> Day? {
        let i = n - firstStageHeld
        return stageDates.indices.contains(i) ? stageDates[i] : nil
    }

    /// The highest stage the log shows the case reached.
    public var highestStage: Int? {
        stageDates.lastIndex(where: { $0 != nil }).map { $0 + firstStageHeld }
    }
}

/// Whatever consumes records as the log is read, one at a time: the log is never held whole.
public protocol CaseRecordSink {
    mutating func add(_ record: CaseRecord)
}
