import ArgumentParser
import FactCheckData
import Foundation

@main
struct FactCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factcheck",
    abstract: "Find the numeric claims in news articles and check them against official statistics.",
    discussion: """
      Exit status: 0 when no claim is contradicted, 1 when at least one is (or another verdict \
      in fail_on, or a suppression without a reason), 2 when an input, dataset, rules, \
      configuration or baseline file cannot be read, the output cannot be written or git fails, \
      64 on a usage error.
      """,
    subcommands: [
      CheckCommand.self, AuditCommand.self, ClaimsCommand.self, NumbersCommand.self,
      DataCommand.self, RulesCommand.self, InitCommand.self, BaselineCommand.self,
    ]
  )

  /// A closed standard output (`| head`) is a write error with a message and status 2, not a
  /// silent death by SIGPIPE.
  static func main() {
    signal(SIGPIPE, SIG_IGN)
    Self.main(nil)
  }

  @Flag(help: "Show the tool version and the versions of the bundled datasets.")
  var version = false

  func run() throws {
    guard version else { throw CleanExit.helpRequest(self) }
    write(ToolInfo.versionLine() + "\n")
  }
}

enum ToolInfo {
  static let name = "factcheck"
  static let version = "0.1.0"

  /// "factcheck 0.1.0 (datasets: mappa 2024-11-01)"; the tool version alone when the bundled
  /// corpus is missing or cannot be loaded.
  static func versionLine() -> String {
    let line = "\(name) \(version)"
    guard let path = ResourceLocator.bundled("Corpus"),
      let corpus = try? DatasetLoader.loadCorpus(path), !corpus.datasets.isEmpty
    else { return line }
    let sets = corpus.datasets.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
    return "\(line) (datasets: \(sets))"
  }
}
