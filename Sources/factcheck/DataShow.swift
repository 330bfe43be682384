import ArgumentParser
import FactCheckCore
import FactCheckData

struct DataShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one figure with its provenance and revisions.")

  @OptionGroup var corpus: CorpusOption
  @Option(help: "Measure id (see `factcheck data list`).") var measure: String
  @Option(help: "Area name or alias.") var area: String
  @Option(help: "Period, in the dataset's form (e.g. 2019-20).") var period: String
  @Option(name: .customLong("as-of"), help: "Show the value as published on this day (YYYY-MM-DD).")
  var asOf: String?
  @Option(help: "Dataset id, when several declare the measure.") var dataset: String?
  @Option(help: "Output format.") var format: DataFormat = .text

  func run() throws {
    let date = try asOf.map { text in
      guard let d = CalendarDate(iso: text) else { throw ValidationError("--as-of must be YYYY-MM-DD") }
      return d
    }
    let corpus = try corpus.load()
    guard let data = dataset.map({ corpus.dataset(id: $0) }) ?? corpus.measure(measure)?.dataset else {
      throw ValidationError("unknown measure '\(measure)'" + (dataset.map { " or dataset '\($0)'" } ?? ""))
    }
    let lookup = data.figure(measure: measure, area: area, period: period, asOf: date)
    let view = FigureView(dataset: data, measure: measure, area: area, period: period, asOf: date, lookup: lookup)
    switch lookup {
    case .unknownMeasure: throw ValidationError("unknown measure '\(measure)' in \(data.id)")
    case .unknownArea: throw ValidationError("unknown area '\(area)' in \(data.id)")
    default: break
    }
    print(format == .json ? DataOutput.json(view) : view.text)
    if lookup.figure == nil { throw ExitCode(1) }
  }
}
