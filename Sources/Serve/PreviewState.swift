/// What the preview serves now: which build it is (the generation pages wait on) and, while
/// the content has errors, the problems to show instead of the site.
public actor PreviewState {
    public private(set) var generation: Int
    public private(set) var problems: String?

    /// Generations start from `first`: the command passes the start time, so a page left open
    /// from an earlier preview never holds the number of a build of this one.
    public init(first: Int = 0) {
        generation = first
    }

    /// A new build finished: `problems` is nil when it succeeded and the output was replaced.
    public func finished(problems: String?) {
        self.problems = problems
        generation += 1
    }

    /// The generation once it differs from `seen`, or the current one after `timeout`; pages
    /// hold one such request open and reload when the answer changes.
    func change(after seen: Int, timeout: Duration) async -> Int {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while generation == seen, clock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(150))
        }
        return generation
    }
}
