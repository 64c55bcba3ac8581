/// The most a procedure may hold. Numbers come from what authors type, so each is bounded:
/// an absurd one is reported, never used to size an array or a loop.
public enum ProcedureLimits {
    /// Stages are numbered 1…stages, and steps of a sub-procedure 1…steps.
    public static let stages = 30
    public static let steps = 30
    /// The largest amount a timescale may give (working days, hours).
    public static let timescaleAmount = 999
    /// A number typed that is larger than any limit (more than six digits).
    static let beyondAnyLimit = 1_000_000
}
