extension Dataset {
  /// The value of one cell as published on or before `asOf` (the latest when nil).
  ///
  /// `area` may be any name the gazetteer knows. Asking before the period's release day gives
  /// `.notYetPublished`; an empty cell, or a period not of the dataset's form, gives `.noFigure`.
  public func figure(measure: String, area: String, period: String, asOf: CalendarDate?)
    -> FigureLookup
  {
    guard hasMeasure(measure) else { return .unknownMeasure }
    guard let name = gazetteer.canonicalName(area) else { return .unknownArea }
    return figure(measure: measure, canonicalArea: name, period: period, asOf: asOf)
  }

  /// `figure(measure:area:period:asOf:)` once the measure is known and the area resolved.
  func figure(measure: String, canonicalArea: String, period: String, asOf: CalendarDate?)
    -> FigureLookup
  {
    // The period is then in canonical form already: no need to relabel it.
    guard let ordinal = periodType.ordinal(of: period) else { return .noFigure }
    let release = releaseDate(ordinal: ordinal)
    if let asOf, let release, asOf < release { return .notYetPublished(release: release) }
    guard
      let entry = seriesCells[SeriesKey(measure: measure, area: canonicalArea)]?
        .first(where: { $0.ordinal == ordinal })
    else { return .noFigure }
    let key = CellKey(measure: measure, area: canonicalArea, period: period)
    return figure(entry.cell, key, release: release, asOf: asOf)
  }

  /// `figure(measure: measures[measureIndex].id, canonicalArea: name, period:asOf:)`, where
  /// `name` is the canonical name of the gazetteer's area at position `areaEntry` (from
  /// `Gazetteer.entry(_:)`): the series is read by position rather than found by hashing
  /// the two names.
  func figure(measureIndex: Int, areaEntry: Int, period: String, asOf: CalendarDate?)
    -> FigureLookup
  {
    figure(measureIndex: measureIndex, areaEntry: areaEntry, ordinal: periodType.ordinal(of: period),
           period: period, asOf: asOf)
  }

  /// Whether the cell at `measureIndex` and `areaEntry` (as in `figure(measureIndex:…)`) of
  /// the period with `ordinal` (`periodType.ordinal(of:)`) has no figure in any release: then
  /// no lookup of it finds one, whatever the date.
  func isEmptyCell(measureIndex: Int, areaEntry: Int, ordinal: Int?) -> Bool {
    guard let ordinal else { return true }
    return !seriesTable[measureIndex * areaEntryCount + areaEntry].contains { $0.ordinal == ordinal }
  }

  /// `figure(measureIndex:areaEntry:period:asOf:)` with `ordinal`, `periodType.ordinal(of:
  /// period)`, worked out already: a check asks for several cells of its own period.
  func figure(measureIndex: Int, areaEntry: Int, ordinal: Int?, period: String, asOf: CalendarDate?)
    -> FigureLookup
  {
    guard let ordinal else { return .noFigure }
    // The release day comes with a filled cell; only an empty one needs it worked out.
    guard
      let entry = seriesTable[measureIndex * areaEntryCount + areaEntry]
        .first(where: { $0.ordinal == ordinal })
    else {
      if let asOf, let release = releaseDate(ordinal: ordinal), asOf < release {
        return .notYetPublished(release: release)
      }
      return .noFigure
    }
    let release = entry.release
    if let asOf, let release, asOf < release { return .notYetPublished(release: release) }
    let key = CellKey(
      measure: measures[measureIndex].id, area: areaName(entry: areaEntry),
      period: period)
    return figure(entry.cell, key, release: release, asOf: asOf)
  }

  /// The version of a filled cell in force on `asOf`, as a figure.
  private func figure(_ cell: FigureCell, _ key: CellKey, release: CalendarDate?, asOf: CalendarDate?)
    -> FigureLookup
  {
    guard let index = cell.versionIndex(asOf: asOf) else {
      let first = cell.versions.first?.effective
      return first.map { .notYetPublished(release: $0) } ?? .noFigure
    }
    return .found(makeFigure(key, cell, index, release: release))
  }

  /// Every area's figure for one measure and period (national area excluded), in file order.
  public func figures(measure: String, period: String, asOf: CalendarDate?) -> [Figure] {
    guard let (column, release) = column(measure: measure, period: period, asOf: asOf) else {
      return []
    }
    return column.compactMap { entry in
      entry.cell.versionIndex(asOf: asOf).map {
        makeFigure(
          CellKey(measure: measure, area: entry.area, period: period), entry.cell, $0,
          release: release)
      }
    }
  }

  /// The first of `figures(measure:period:asOf:)` whose area and value `accept` takes, the
  /// only one made: the diagnosis of a contradicted claim looks for another area's figure
  /// equal to the claim, and making every area's figure to find it cost 5.3 M instructions
  /// for 360 claims of 2,000 articles.
  func firstFigure(
    measure: String, period: String, asOf: CalendarDate?,
    where accept: (_ area: String, _ value: Double) -> Bool
  ) -> Figure? {
    guard let (column, release) = column(measure: measure, period: period, asOf: asOf) else {
      return nil
    }
    for entry in column {
      guard let index = entry.cell.versionIndex(asOf: asOf),
        accept(entry.area, entry.cell.versions[index].value)
      else { continue }
      let key = CellKey(measure: measure, area: entry.area, period: period)
      return makeFigure(key, entry.cell, index, release: release)
    }
    return nil
  }

  /// A (measure, period)'s column of filled cells and the period's release day; nil when the
  /// period is not out by `asOf`. What `figure(measure:area:period:asOf:)` checks for every
  /// area, checked once: only the versions differ from one area to the next.
  private func column(measure: String, period: String, asOf: CalendarDate?)
    -> (cells: [ColumnCell], release: CalendarDate?)?
  {
    guard hasMeasure(measure), let ordinal = periodType.ordinal(of: period) else { return nil }
    let release = releaseDate(ordinal: ordinal)
    if let asOf, let release, asOf < release { return nil }
    guard let column = columns[ColumnKey(measure: measure, period: period)] else { return nil }
    return (column, release)
  }

  /// Every period's figure for one measure and area, oldest first.
  public func series(measure: String, area: String, asOf: CalendarDate?) -> [Figure] {
    guard hasMeasure(measure), let name = gazetteer.canonicalName(area),
      let cells = seriesCells[SeriesKey(measure: measure, area: name)]
    else { return [] }
    return figures(of: cells, measure: measure, area: name, asOf: asOf)
  }

  /// `series(measure: measures[measureIndex].id, area: name, asOf:)`, where `name` is the
  /// canonical name of the area at position `areaEntry`: the series read by position.
  func series(measureIndex: Int, areaEntry: Int, asOf: CalendarDate?) -> [Figure] {
    figures(
      of: seriesTable[measureIndex * areaEntryCount + areaEntry], measure: measures[measureIndex].id,
      area: areaName(entry: areaEntry), asOf: asOf)
  }

  /// The first of `series(measureIndex:areaEntry:asOf:)` whose period and value `accept`
  /// takes, the only one made: the diagnosis of a contradicted claim looks for another
  /// period's figure equal to the claim, and making the whole series to find it cost about
  /// 2,400 instructions a claim.
  func firstSeriesFigure(
    measureIndex: Int, areaEntry: Int, asOf: CalendarDate?,
    where accept: (_ period: String, _ value: Double) -> Bool
  ) -> Figure? {
    for entry in seriesTable[measureIndex * areaEntryCount + areaEntry] {
      if let asOf, let release = entry.release, asOf < release { continue }
      guard let index = entry.cell.versionIndex(asOf: asOf),
        accept(entry.period, entry.cell.versions[index].value)
      else { continue }
      let key = CellKey(measure: measures[measureIndex].id, area: areaName(entry: areaEntry), period: entry.period)
      return makeFigure(key, entry.cell, index, release: entry.release)
    }
    return nil
  }

  /// A series' figures published by `asOf`.
  private func figures(of cells: [SeriesCell], measure: String, area: String, asOf: CalendarDate?)
    -> [Figure]
  {
    cells.compactMap { entry in
      let release = entry.release
      if let asOf, let release, asOf < release { return nil }
      let key = CellKey(measure: measure, area: area, period: entry.period)
      return figure(entry.cell, key, release: release, asOf: asOf).figure
    }
  }

  /// The national area's published figure, when there is one.
  public func nationalFigure(measure: String, period: String, asOf: CalendarDate?) -> Figure? {
    guard let national = gazetteer.national else { return nil }
    return figure(measure: measure, area: national.name, period: period, asOf: asOf).figure
  }

  private func makeFigure(
    _ key: CellKey, _ cell: FigureCell, _ index: Int, release: CalendarDate?
  ) -> Figure {
    let version = cell.versions[index]
    let asRevision = { (v: FigureCell.Version) in
      Revision(value: v.value, source: v.source, effective: v.effective)
    }
    let later = cell.versions[(index + 1)...].map(asRevision)
    return Figure(
      datasetID: id, measure: key.measure, area: key.area, period: key.period,
      value: version.value, source: version.source, releaseDate: release,
      effective: version.effective, previous: cell.versions[..<index].map(asRevision),
      revisions: later, superseded: !later.isEmpty)
  }
}
