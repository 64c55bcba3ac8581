/// One named step of the build. Steps run in the order of `BuildPipeline.steps`; the mode
/// decides how far the run goes (`model` stops after the model, `check` before writing).
public struct BuildStep: Sendable {
    public enum Name: String, Sendable, CaseIterable {
        case read, settings, parse, validate, model, cases, statistics, theme, charts, pages, links, write
    }

    public let name: Name
    let body: @Sendable (BuildPipeline, inout BuildContext) async -> Void

    init(_ name: Name, _ body: @escaping @Sendable (BuildPipeline, inout BuildContext) async -> Void) {
        self.name = name
        self.body = body
    }
}
