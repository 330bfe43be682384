import ArgumentParser
import FactCheckCore
import FactCheckData

struct DataList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List datasets, their measures and coverage.")

  @OptionGroup var corpus: CorpusOption
  @Option(help: "Output format.") var format: DataFormat = .text

  func run() throws {
    let views = try corpus.load().datasets.map(DatasetView.init)
    print(format == .json ? DataOutput.json(views) : views.map(\.text).joined(separator: "\n\n"))
  }
}

/// What `data list` prints for one dataset.
struct DatasetView: Encodable {
  struct MeasureView: Encodable {
    var id, label, unit, timing, definition: String
    var population: String?
    var derived_from: [String]
    var cells: Int
    var periods: [String]
  }

  var id, title, publisher, licence, home_url, version, period_type: String
  var release: String?
  var areas: Int
  var periods: [String]
  var figures: Int
  var cells_filled: Int
  var cells_possible: Int
  var measures: [MeasureView]

  init(_ d: Dataset) {
    id = d.id
    title = d.title
    publisher = d.publisher
    licence = d.licence
    home_url = d.homeURL
    version = d.version
    period_type = d.periodType.rawValue
    release = d.release.map {
      "\($0.day) of the month \($0.monthsAfterPeriodEnd) months after the period ends"
        + ($0.time.map { ", \($0)" } ?? "")
    }
    areas = d.gazetteer.areas.count + (d.gazetteer.national == nil ? 0 : 1)
    periods = d.periods
    figures = d.rows.count
    cells_filled = d.cellCount()
    cells_possible = areas * periods.count * d.measures.count
    measures = d.measures.map { m in
      let ps = Set(d.rows.filter { $0.measure == m.id }.map(\.period))
      return MeasureView(
        id: m.id, label: m.label, unit: m.unit.label, timing: m.timing.rawValue,
        definition: m.definition, population: m.population, derived_from: m.derivedFrom,
        cells: d.cellCount(measure: m.id), periods: d.periods.filter(ps.contains))
    }
  }

  var text: String {
    var lines = [
      "\(id): \(title)", "  publisher: \(publisher)", "  source:    \(home_url)",
      "  version:   \(version); periods \(period_type) \(periods.first ?? "")–\(periods.last ?? "")",
      "  coverage:  \(figures) figures in \(cells_filled) cells (areas × periods × measures: "
        + "\(areas) × \(periods.count) × \(measures.count) = \(cells_possible))",
    ]
    if let release { lines.append("  releases:  \(release)") }
    lines.append("  measures:")
    for m in measures {
      let span = m.periods.isEmpty ? "no figures" : "\(m.periods.first!)–\(m.periods.last!)"
      lines.append("    \(m.id) [\(m.unit), \(m.timing)] \(m.cells) cells, \(span)")
      lines.append("      \(m.label). \(m.definition)")
    }
    return lines.joined(separator: "\n")
  }
}
