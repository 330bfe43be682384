import ArgumentParser
import FactCheckCore
import Foundation

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the numbers in articles against the official figures.",
    discussion: """
      Exit status: 0 when no claim is contradicted, 1 when at least one is, 2 when an input, \
      dataset or rules file cannot be read, 64 on a usage error.
      """)

  @Argument(help: "Article files (- for standard input, with --published).")
  var files: [String]

  @OptionGroup var options: AnalysisOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "Colour in text output: auto (on a terminal), always or never.")
  var color: ColorMode = .auto

  @Flag(name: [.customLong("show-supported"), .customLong("verbose")],
        help: "List supported claims too (text output); errors and warnings are always listed.")
  var showSupported = false

  func run() throws {
    let contradicted = try ExitStatus.guarding { () throws -> Bool in
      let kit = try Toolkit(options, verify: true)
      let reports = try files.map { try kit.report(path: $0, options: options) }
      write(Render.render(reports, format: format, kit: kit, explain: options.explain, color: color,
                          showSupported: showSupported))
      return reports.contains { $0.summary.contradicted > 0 }
    }
    if contradicted { throw ExitCode(1) }
  }
}
