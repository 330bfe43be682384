import ArgumentParser
import FactCheckCI
import FactCheckCore
import FactCheckReporters
import Foundation

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the numbers in articles against the official figures.",
    discussion: """
      A folder stands for the .md, .markdown and .txt files under it. Settings come from the \
      nearest .factcheck.yml above each file (or --config); flags win over it.

      Suppress an accepted finding with a reason: <!-- factcheck-ignore: reason --> on the line \
      before the claim, <!-- factcheck-ignore-line: reason --> on its line, or \
      'factcheck-ignore: reason' in the front matter for the whole file.

      Exit status: 0 when no claim has a verdict in fail_on (default: contradicted) and no \
      suppression lacks a reason, 1 otherwise, 2 when an input, configuration, baseline, \
      dataset or rules file cannot be read or git fails, 64 on a usage error.
      """)

  @Argument(help: "Article files or folders (- for standard input, with --published).")
  var files: [String]

  @OptionGroup var options: AnalysisOptions

  @Option(help: "Output format: text, json, github, sarif, junit or checkstyle (default: the configuration's, else text).")
  var format: CheckFormat?

  @Option(help: "Colour in text output: auto (on a terminal), always or never.")
  var color: ColorMode = .auto

  @Flag(name: [.customLong("show-supported"), .customLong("verbose")],
        help: "List supported claims too (text output); errors and warnings are always listed.")
  var showSupported = false

  @Option(help: "Configuration file (default: the nearest .factcheck.yml above each file).")
  var config: String?

  @Option(help: "Report only findings not recorded in this baseline (see `factcheck baseline`).")
  var baseline: String?

  @Option(name: .customLong("changed-since"), help: ArgumentHelp(
    "Judge only the lines changed since this git ref (untouched files are skipped).", valueName: "REF"))
  var changedSince: String?

  @Option(name: .customLong("fail-on"), help: "Verdict that fails the run, repeatable: contradicted, unverifiable (default: the configuration's).")
  var failOn: [FailVerdict] = []

  func run() throws {
    let failed = try ExitStatus.guarding { () throws -> Bool in
      let run = try CIRun(options, configPath: config)
      let changed = try changedSince.map { try ChangedLines.since($0, in: CIRun.cwd) }
      let paths = CIRun.expand(files)
      let first = try paths.first.flatMap { try run.config(for: $0) }
      let chosen = format ?? first?.format.flatMap(CheckFormat.init(rawValue:)) ?? .text
      var allowances = try (baseline ?? first?.baseline.map { first!.resolve($0) })
        .map { try Baseline.load($0).allowances() }
      var results: [(CIRun.Analysed, Gate.Outcome)] = []
      for path in paths {
        if let changed, path != "-", changed.change(of: path) == nil { continue }
        guard let a = try run.analyse(path) else { continue }
        let verdicts = failOn.isEmpty ? (a.config?.failOn ?? ["contradicted"]) : failOn.map(\.rawValue)
        var gate = Gate(failOn: Set(verdicts.compactMap(Verdict.init(rawValue:))),
                        changedLines: path == "-" ? nil : changed?.change(of: path),
                        allowances: allowances)
        let outcome = gate.apply(a.report, suppressions: a.suppressions, fingerprintPath: a.fingerprintPath)
        allowances = gate.allowances
        results.append((a, outcome))
      }
      write(CIOutput(format: chosen, color: color, showSupported: showSupported,
                     explain: options.explain, failOnUnverifiable: failOn.contains(.unverifiable))
              .render(results))
      return results.contains { $0.1.failed }
    }
    if failed { throw ExitCode(1) }
  }
}

enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, github, sarif, junit, checkstyle
}

enum FailVerdict: String, ExpressibleByArgument, CaseIterable {
  case contradicted, unverifiable
}
