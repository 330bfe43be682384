import ArgumentParser

@main
struct FactCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factcheck",
    abstract: "Find the numeric claims in news articles and check them against official statistics.",
    version: ToolInfo.version,
    subcommands: [CheckCommand.self, ClaimsCommand.self, NumbersCommand.self, DataCommand.self, RulesCommand.self]
  )
}

enum ToolInfo {
  static let name = "factcheck"
  static let version = "0.1.0"
}
