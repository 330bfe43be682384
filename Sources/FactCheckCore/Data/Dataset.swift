/// A statistics dataset: metadata, measures, areas and every published figure with provenance.
///
/// Nothing here is specific to one publisher: periods, release calendar, measures and areas all
/// come from the dataset's own metadata.
public struct Dataset: Sendable, Hashable {
  /// Every field, in one box: a dataset is copied for each claim checked (and into the
  /// diagnosis's lookups), and copying two dozen references, retaining each and releasing
  /// it again, cost about 1,100 instructions a claim. A copy is now one retain.
  private var box: Box

  /// The box's fields never change: a write makes a new box (writes happen while loading).
  /// Being constant, they are sendable, and read without the exclusivity check a variable
  /// of a class needs on every access (which cost more than the copies saved).
  private final class Box: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  /// The fields; setting one makes a new box.
  private var fields: Fields {
    _read { yield box.fields }
    set { box = Box(newValue) }
  }

  public var id: String {
    _read { yield box.fields.id }
    _modify { yield &fields.id }
  }
  public var title: String {
    _read { yield box.fields.title }
    _modify { yield &fields.title }
  }
  public var publisher: String {
    _read { yield box.fields.publisher }
    _modify { yield &fields.publisher }
  }
  public var licence: String {
    _read { yield box.fields.licence }
    _modify { yield &fields.licence }
  }
  public var homeURL: String {
    _read { yield box.fields.homeURL }
    _modify { yield &fields.homeURL }
  }
  public var summary: String? {
    _read { yield box.fields.summary }
    _modify { yield &fields.summary }
  }
  /// Setting it rebuilds the table of release days (it is by the type's ordinals).
  public var periodType: PeriodType {
    _read { yield box.fields.periodType }
    set {
      var changed = fields
      changed.periodType = newValue
      changed.buildReleaseDays()
      fields = changed
    }
  }
  /// Setting it rebuilds the series (their cells carry their period's release day).
  public var release: ReleaseSchedule? {
    _read { yield box.fields.release }
    set {
      var changed = fields
      changed.release = newValue
      changed.buildReleaseDays()
      changed.buildSeries()
      changed.buildSeriesTable()
      fields = changed
    }
  }
  /// Setting it rebuilds the series table (it follows the order of measures).
  public var measures: [Measure] {
    _read { yield box.fields.measures }
    set {
      var changed = fields
      changed.measures = newValue
      changed.buildSeriesTable()
      fields = changed
    }
  }
  /// Setting it rebuilds the columns (they follow the gazetteer's order of areas).
  public var gazetteer: Gazetteer {
    get { box.fields.gazetteer }
    set {
      var changed = fields
      changed.gazetteer = newValue
      changed.buildColumns()
      changed.buildSeriesTable()
      fields = changed
    }
  }
  /// Flag name to meaning, as declared by the dataset.
  public var flags: [String: String] {
    _read { yield box.fields.flags }
    _modify { yield &fields.flags }
  }
  /// The figures as loaded, in file order.
  public var rows: [FigureRow] { _read { yield box.fields.rows } }
  /// The newest source date or release day in the data, `YYYY-MM-DD`.
  public var version: String { _read { yield box.fields.version } }

  struct CellKey: Hashable, Sendable {
    var measure, area, period: String
  }
  var cells: [CellKey: FigureCell] { _read { yield box.fields.cells } }
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
  var columns: [ColumnKey: [ColumnCell]] { _read { yield box.fields.columns } }
  /// Canonical periods that have at least one figure, oldest first (built with the cells).
  public var periods: [String] { _read { yield box.fields.periods } }
  struct SeriesKey: Hashable, Sendable {
    var measure, area: String
  }
  /// A filled cell of a series, with its period parsed and the period's release day
  /// (`releaseDate(ordinal:)`, about 320 instructions a lookup when worked out each time).
  struct SeriesCell: Sendable, Hashable {
    var ordinal: Int
    var period: String
    var cell: FigureCell
    var release: CalendarDate?
  }
  /// Each (measure, area)'s filled cells, oldest period first. A lookup by `cells` hashed the
  /// three strings of its key each time: `series(measure:area:asOf:)` did that for every
  /// period, and the diagnosis of a contradicted claim for every period and every measure
  /// (28.5 M instructions for 360 claims of 2,000 articles). Here one key of two strings finds
  /// the whole series, and a period is a compare of integers.
  var seriesCells: [SeriesKey: [SeriesCell]] { _read { yield box.fields.seriesCells } }
  /// `seriesCells` by position: the series of `measures[m]` in the gazetteer's area at
  /// position `e` (see `Gazetteer.entry(_:)`) is at `m * gazetteer.entryCount + e`, empty
  /// when there is none. Finding a series by its key of two strings cost about 740
  /// instructions a lookup, hashing them (some 9,000 lookups for 2,000 articles).
  var seriesTable: [[SeriesCell]] { _read { yield box.fields.seriesTable } }

  /// `release?.releaseDate(periodEnd: periodType.end(ordinal: o))` for the periods of the
  /// years `PeriodType.tableFirstYear` on (`PeriodType.tableYears` of them), oldest first;
  /// empty without a release calendar. Worked out for each lookup, a release day cost about
  /// 225 instructions (weekday arithmetic), and the verifier and the search for the latest
  /// period published ask for some 5,000 on 2,000 articles.
  var releaseDays: [CalendarDate?] { _read { yield box.fields.releaseDays } }

  /// `gazetteer.entryCount` and `gazetteer.entryName(_:)`, read in place: the gazetteer's
  /// getter copies it out.
  var areaEntryCount: Int { box.fields.gazetteer.entryCount }
  func areaName(entry: Int) -> String { box.fields.gazetteer.entryName(entry) }
  /// `gazetteer.nationalEntryIndex`, read in place.
  var nationalAreaEntry: Int? { box.fields.gazetteer.nationalEntryIndex }
  /// `gazetteer.entry(_:)`, read in place.
  func areaEntry(_ name: String) -> (index: Int, name: String)? { box.fields.gazetteer.entry(name) }

  public init(
    id: String, title: String, publisher: String, licence: String, homeURL: String,
    summary: String? = nil, periodType: PeriodType, release: ReleaseSchedule?,
    measures: [Measure], gazetteer: Gazetteer, flags: [String: String] = [:], rows: [FigureRow]
  ) {
    var fields = Fields(
      id: id, title: title, publisher: publisher, licence: licence, homeURL: homeURL,
      summary: summary, periodType: periodType, release: release, measures: measures,
      gazetteer: gazetteer, flags: flags, rows: rows)
    fields.buildReleaseDays()
    fields.buildCells()
    fields.buildColumns()
    fields.buildSeriesTable()
    box = Box(fields)
  }

  public static func == (a: Dataset, b: Dataset) -> Bool {
    a.box === b.box || a.box.fields == b.box.fields
  }

  public func hash(into hasher: inout Hasher) {
    box.fields.hash(into: &hasher)
  }

  /// The stored fields (what the dataset's synthesized equality and hash compared before
  /// they moved into the box).
  private struct Fields: Sendable, Hashable {
    var id: String
    var title: String
    var publisher: String
    var licence: String
    var homeURL: String
    var summary: String?
    var periodType: PeriodType
    var release: ReleaseSchedule?
    var measures: [Measure]
    var gazetteer: Gazetteer
    var flags: [String: String]
    var rows: [FigureRow]
    var version = ""
    var cells: [CellKey: FigureCell] = [:]
    var columns: [ColumnKey: [ColumnCell]] = [:]
    var periods: [String] = []
    var seriesCells: [SeriesKey: [SeriesCell]] = [:]
    var seriesTable: [[SeriesCell]] = []
    var releaseDays: [CalendarDate?] = []

    init(
      id: String, title: String, publisher: String, licence: String, homeURL: String,
      summary: String?, periodType: PeriodType, release: ReleaseSchedule?, measures: [Measure],
      gazetteer: Gazetteer, flags: [String: String], rows: [FigureRow]
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
    }

    /// `releaseDays` from the release calendar.
    mutating func buildReleaseDays() {
      guard let release else {
        releaseDays = []
        return
      }
      let type = periodType
      let first = PeriodType.tableFirstYear * type.periodsPerYear
      releaseDays = (0..<PeriodType.tableYears * type.periodsPerYear).map {
        release.releaseDate(periodEnd: type.end(ordinal: first + $0))
      }
    }

    /// `Dataset.releaseDate(of:)`, for building.
    private func releaseDate(of period: String) -> CalendarDate? {
      guard let ordinal = periodType.ordinal(of: period) else { return nil }
      return release?.releaseDate(periodEnd: periodType.end(ordinal: ordinal))
    }

    mutating func buildCells() {
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
    mutating func buildSeries() {
      var grouped: [SeriesKey: [SeriesCell]] = [:]
      // Grown from empty, the dictionary rehashed its keys at each doubling (a third of this).
      grouped.reserveCapacity(cells.count)
      for (key, cell) in cells {
        guard let ordinal = periodType.ordinal(of: key.period) else { continue }
        grouped[SeriesKey(measure: key.measure, area: key.area), default: []]
          .append(SeriesCell(
            ordinal: ordinal, period: key.period, cell: cell,
            release: release?.releaseDate(periodEnd: periodType.end(ordinal: ordinal))))
      }
      // Ties broken by the written period: today every period that parses has one written form,
      // but two spellings of one period must not come out in hash order.
      seriesCells = grouped.mapValues { $0.sorted { ($0.ordinal, $0.period) < ($1.ordinal, $1.period) } }
    }

    /// `seriesTable` from `seriesCells`: each position holds what the key of its measure's id
    /// and its area's canonical name finds, so a lookup by position answers as one by name.
    mutating func buildSeriesTable() {
      let areaCount = gazetteer.entryCount
      var table: [[SeriesCell]] = []
      table.reserveCapacity(measures.count * areaCount)
      for measure in measures {
        for e in 0..<areaCount {
          table.append(seriesCells[SeriesKey(measure: measure.id, area: gazetteer.entryName(e))] ?? [])
        }
      }
      seriesTable = table
    }

    mutating func buildColumns() {
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
