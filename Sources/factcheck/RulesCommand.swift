import ArgumentParser
import FactCheckCore
import FactCheckData

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the phrasing rules or run their examples.",
    subcommands: [List.self, Test.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List every rule with its description and examples.")
    @OptionGroup var options: AnalysisOptions

    func run() throws {
      try ExitStatus.guarding {
        let kit = try Toolkit(options, verify: false)
        var out = ""
        for rule in kit.rules.rules.sorted(by: { $0.id < $1.id }) {
          out += "\(rule.id)  (\(rule.kind.rawValue)\(rule.measure.map { " → \($0)" } ?? ""))\n"
          out += "    \(rule.description)\n"
          out += "    phrases: \(rule.phrases.map { "'\($0.source)'" }.joined(separator: ", "))\n"
          for m in rule.examples.match { out += "    match: \(m.text)\n" }
          for n in rule.examples.noMatch { out += "    no match: \(n)\n" }
        }
        write(out)
      }
    }
  }

  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "test", abstract: "Run every rule's match and no_match examples.")
    @OptionGroup var options: AnalysisOptions

    func run() throws {
      let failed = try ExitStatus.guarding { () throws -> Int in
        let kit = try Toolkit(options, verify: false)
        let runner = RuleExampleRunner(extractor: kit.checker.extractor)
        var failures: [RuleExampleRunner.Failure] = []
        var examples = 0
        for rule in kit.rules.rules.sorted(by: { $0.id < $1.id }) {
          examples += rule.examples.match.count + rule.examples.noMatch.count
          failures += runner.run(rule, segmenter: kit.segmenter)
        }
        write(failures.map { "\($0)\n" }.joined())
        write("\(kit.rules.rules.count) rules, \(examples) examples: \(examples - failures.count) passed, \(failures.count) failed\n")
        return failures.count
      }
      if failed > 0 { throw ExitCode(1) }
    }
  }
}
