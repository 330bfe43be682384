import ArgumentParser
import FactCheckCore
import FactCheckReporters
import Foundation

struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "List the claims in articles: measure, area and period of every statistic.")

  @Argument(help: "Article files (- for standard input).")
  var files: [String]

  @OptionGroup var options: AnalysisOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() throws {
    try ExitStatus.guarding {
      let kit = try Toolkit(options, verify: false)
      let reports = try files.map { try kit.report(path: reportPath($0), options: options) }
      write(Render.render(reports, format: format, kit: kit, explain: options.explain, color: .never))
    }
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

enum Render {
  static func render(_ reports: [DocumentReport], format: OutputFormat, kit: Toolkit,
                     explain: Bool, color: ColorMode, showSupported: Bool = true) -> String {
    switch format {
    case .json:
      let datasets = kit.corpus.datasets.map { ReportV1.DatasetRef(id: $0.id, version: $0.version) }
      return JSONReporter(tool: .init(name: ToolInfo.name, version: ToolInfo.version),
                          datasets: datasets, explain: explain).render(reports)
    case .text:
      let useColor = color == .always || (color == .auto && isatty(1) != 0)
      var labels: [String: String] = [:]
      for d in kit.corpus.datasets { for m in d.measures { labels[m.id] = m.label } }
      return TextReporter(color: useColor, explain: explain, showSupported: showSupported,
                          measureLabels: labels).render(reports)
    }
  }
}
