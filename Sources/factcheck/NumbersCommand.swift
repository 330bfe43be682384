import ArgumentParser

struct NumbersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "numbers", abstract: "List every numeric expression in a file.")
  func run() throws { throw ExitCode(2) }
}
