@testable import FactCheckCore
import Testing

/// `Dataset` finds cells through its per-(measure, area) index; these compare every lookup of
/// the real corpus with the cells looked up by their full key, as before the index.
@Suite struct DatasetIndexTests {
  static let corpus = Pipeline.real.corpus

  /// `figure(measure:area:period:asOf:)` as it was: the cell by its three strings.
  static func byKey(_ d: Dataset, measure: String, area: String, period: String, asOf: CalendarDate?)
    -> FigureLookup
  {
    guard d.hasMeasure(measure) else { return .unknownMeasure }
    guard let name = d.gazetteer.canonicalName(area) else { return .unknownArea }
    guard let ordinal = d.periodType.ordinal(of: period) else { return .noFigure }
    let release = d.releaseDate(ordinal: ordinal)
    if let asOf, let release, asOf < release { return .notYetPublished(release: release) }
    guard let cell = d.cells[Dataset.CellKey(measure: measure, area: name, period: period)] else {
      return .noFigure
    }
    guard let index = cell.versionIndex(asOf: asOf) else {
      return cell.versions.first?.effective.map { .notYetPublished(release: $0) } ?? .noFigure
    }
    let version = cell.versions[index]
    return .found(Figure(
      datasetID: d.id, measure: measure, area: name, period: period, value: version.value,
      source: version.source, releaseDate: release, effective: version.effective,
      previous: cell.versions[..<index].map { Revision(value: $0.value, source: $0.source, effective: $0.effective) },
      revisions: cell.versions[(index + 1)...].map { Revision(value: $0.value, source: $0.source, effective: $0.effective) },
      superseded: index + 1 < cell.versions.count))
  }

  /// Publication dates around every release and revision in the dataset, and none.
  static func dates(_ d: Dataset) -> [CalendarDate?] {
    var days = Set<CalendarDate>()
    for period in d.periods {
      if let r = d.releaseDate(of: period) { days.formUnion([r, dayBefore(r)]) }
    }
    for row in d.rows {
      if let p = row.source.publishedFrom { days.formUnion([p, dayBefore(p)]) }
    }
    return [nil] + days.sorted()
  }

  static func dayBefore(_ d: CalendarDate) -> CalendarDate {
    if d.day > 1 { return CalendarDate(year: d.year, month: d.month, day: d.day - 1) }
    let (y, m) = d.month == 1 ? (d.year - 1, 12) : (d.year, d.month - 1)
    return CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))
  }

  @Test func everyCellAsByItsFullKey() throws {
    var found = 0
    for d in Self.corpus.datasets {
      let areas = d.gazetteer.areas.map(\.name) + (d.gazetteer.national.map { [$0.name] } ?? []) + ["Atlantis"]
      let periods = d.periods + ["1999-00", "2019/20", "x"]
      let measures = d.measures.map(\.id) + ["no_such_measure"]
      for asOf in Self.dates(d) {
        for measure in measures {
          for area in areas {
            for period in periods {
              let figure = d.figure(measure: measure, area: area, period: period, asOf: asOf)
              #expect(figure == Self.byKey(d, measure: measure, area: area, period: period, asOf: asOf),
                      "\(measure) \(area) \(period) \(String(describing: asOf))")
              if case .found = figure { found += 1 }
            }
            let series = d.series(measure: measure, area: area, asOf: asOf)
            #expect(series == d.periods.compactMap {
              Self.byKey(d, measure: measure, area: area, period: $0, asOf: asOf).figure
            })
          }
        }
      }
    }
    #expect(found > 1000)
  }

  /// `firstFigure` is the first of `figures` its test takes.
  @Test func firstFigureIsTheFirstOfFigures() {
    for d in Self.corpus.datasets {
      for measure in d.measures.map(\.id) {
        for period in d.periods {
          for asOf in [nil, CalendarDate(year: 2020, month: 11, day: 5)] {
            let all = d.figures(measure: measure, period: period, asOf: asOf)
            for pick in [{ (_: String, v: Double) in v > 100 }, { (a: String, _: Double) in a.hasPrefix("W") },
                         { (_: String, _: Double) in false }] {
              #expect(d.firstFigure(measure: measure, period: period, asOf: asOf, where: pick)
                == all.first { pick($0.area, $0.value) })
            }
          }
        }
      }
    }
  }
}
