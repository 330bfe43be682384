import ArgumentParser

struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data", abstract: "Inspect and validate the statistics datasets.")
  func run() throws { throw ExitCode(2) }
}
