import ArgumentParser

@main
struct Escalate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Build escalation-policy flowcharts, guidance pages and statistics from Markdown policy sources.",
        subcommands: [CheckCommand.self, BuildCommand.self, ModelCommand.self, FlowchartCommand.self, DeadlinesCommand.self, ExplainCommand.self, ThemeCommand.self]
    )
}
