/// A statistics dataset: metadata, measures, areas and every published figure with provenance.
///
/// Nothing here is specific to one publisher: periods, release calendar, measures and areas all
/// come from the dataset's own metadata.
public struct Dataset: Sendable, Hashable {
  public var id: String
  public var title: String
  public var publisher: String
  public var licence: String
  public var homeURL: String
  public var summary: String?
  public var periodType: PeriodType
  public var release: ReleaseSchedule?
  public var measures: [Measure]
  public var gazetteer: Gazetteer {
    didSet { buildColumns() }
  }
  /// Flag name to meaning, as declared by the dataset.
  public var flags: [String: String]
  /// The figures as loaded, in file order.
  public private(set) var rows: [FigureRow]
  /// The newest source date or release day in the data, `YYYY-MM-DD`.
  public private(set) var version: String

  struct CellKey: Hashable, Sendable {
    var measure, area, period: String
  }
  private(set) var cells: [CellKey: FigureCell] = [:]
  struct ColumnKey: Hashable, Sendable {
    var measure, period: String
  }
  /// A filled cell of a column, under the area name `figure(measure:area:period:asOf:)` gives it.
  struct ColumnCell: Hashable, Sendable {
    var area: String
    var cell: FigureCell
  }
  /// Each (measure, period)'s filled cells in `gazetteer.areas` order: `figures(measure:period:
  /// asOf:)`, asked for every contradicted claim, reads one column instead of resolving and
  /// looking up all the areas one by one.
  private(set) var columns: [ColumnKey: [ColumnCell]] = [:]
  /// Canonical periods that have at least one figure, oldest first (built with the cells).
  public private(set) var periods: [String] = []
  struct SeriesKey: Hashable, Sendable {
    var measure, area: String
  }
  /// A filled cell of a series, with its period parsed.
  struct SeriesCell: Sendable, Hashable {
    var ordinal: Int
    var period: String
    var cell: FigureCell
  }
  /// Each (measure, area)'s filled cells, oldest period first. A lookup by `cells` hashed the
  /// three strings of its key each time: `series(measure:area:asOf:)` did that for every
  /// period, and the diagnosis of a contradicted claim for every period and every measure
  /// (28.5 M instructions for 360 claims of 2,000 articles). Here one key of two strings finds
  /// the whole series, and a period is a compare of integers.
  private(set) var seriesCells: [SeriesKey: [SeriesCell]] = [:]

  public init(
    id: String, title: String, publisher: String, licence: String, homeURL: String,
    summary: String? = nil, periodType: PeriodType, release: ReleaseSchedule?,
    measures: [Measure], gazetteer: Gazetteer, flags: [String: String] = [:], rows: [FigureRow]
  ) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.licence = licence
    self.homeURL = homeURL
    self.summary = summary
    self.periodType = periodType
    self.release = release
    self.measures = measures
    self.gazetteer = gazetteer
    self.flags = flags
    self.rows = rows
    self.version = ""
    buildCells()
    buildColumns()
  }

  private mutating func buildCells() {
    // Sized up front: grown from empty, the dictionaries rehashed their keys at each doubling
    // (~1 M instructions a corpus load).
    var grouped: [CellKey: [FigureRow]] = [:]
    grouped.reserveCapacity(rows.count)
    cells.reserveCapacity(rows.count)
    for row in rows {
      grouped[CellKey(measure: row.measure, area: row.area, period: row.period), default: []]
        .append(row)
    }
    var newest: CalendarDate?
    for (key, rows) in grouped {
      let cell = FigureCell(rows: rows, releaseDate: releaseDate(of: key.period))
      cells[key] = cell
      for date in cell.versions.compactMap(\.effective) + rows.compactMap(\.source.publishedFrom) {
        newest = max(newest ?? date, date)
      }
    }
    version = newest?.description ?? ""
    buildSeries()
    let ordinals = Set(rows.compactMap { periodType.ordinal(of: $0.period) })
    periods = ordinals.sorted().map { periodType.label(ordinal: $0) }
  }

  /// `seriesCells` from `cells`. A period not of the dataset's form is left out: no lookup can
  /// reach it (`figure(measure:area:period:asOf:)` asks only for periods that parse, and a
  /// period that parses is its own canonical label).
  private mutating func buildSeries() {
    var grouped: [SeriesKey: [SeriesCell]] = [:]
    // Grown from empty, the dictionary rehashed its keys at each doubling (a third of this).
    grouped.reserveCapacity(cells.count)
    for (key, cell) in cells {
      guard let ordinal = periodType.ordinal(of: key.period) else { continue }
      grouped[SeriesKey(measure: key.measure, area: key.area), default: []]
        .append(SeriesCell(ordinal: ordinal, period: key.period, cell: cell))
    }
    // Ties broken by the written period: today every period that parses has one written form,
    // but two spellings of one period must not come out in hash order.
    seriesCells = grouped.mapValues { $0.sorted { ($0.ordinal, $0.period) < ($1.ordinal, $1.period) } }
  }

  private mutating func buildColumns() {
    var byArea: [ColumnKey: [String: FigureCell]] = [:]
    byArea.reserveCapacity(cells.count)
    for (key, cell) in cells {
      byArea[ColumnKey(measure: key.measure, period: key.period), default: [:]][key.area] = cell
    }
    columns = [:]
    columns.reserveCapacity(byArea.count)
    let names = gazetteer.areas.compactMap { gazetteer.canonicalName($0.name) }
    // Each filled cell placed by its area's position in `names`, rather than every name looked
    // up in every column (4,700 lookups, ~2 M instructions a corpus load). The same order when
    // no name repeats; otherwise the lookups as before.
    var position: [String: Int] = [:]
    position.reserveCapacity(names.count)
    for (i, name) in names.enumerated() where position[name] == nil { position[name] = i }
    for (key, cells) in byArea {
      if position.count == names.count {
        columns[key] = cells.compactMap { area, cell in position[area].map { ($0, ColumnCell(area: area, cell: cell)) } }
          .sorted { $0.0 < $1.0 }.map(\.1)
      } else {
        columns[key] = names.compactMap { name in cells[name].map { ColumnCell(area: name, cell: $0) } }
      }
    }
  }

  /// The measure with this id.
  public func measure(id: String) -> Measure? { measures.first { $0.id == id } }

  /// Whether a measure has this id: `measure(id:) != nil` without copying the measure out.
  func hasMeasure(_ id: String) -> Bool { measures.contains { $0.id == id } }

  /// The number of filled cells for a measure (all measures when nil).
  public func cellCount(measure: String? = nil) -> Int {
    cells.keys.filter { measure == nil || $0.measure == measure }.count
  }
}
