extension Dataset {
  /// The value of one cell as published on or before `asOf` (the latest when nil).
  ///
  /// `area` may be any name the gazetteer knows. Asking before the period's release day gives
  /// `.notYetPublished`; an empty cell, or a period not of the dataset's form, gives `.noFigure`.
  public func figure(measure: String, area: String, period: String, asOf: CalendarDate?)
    -> FigureLookup
  {
    guard self.measure(id: measure) != nil else { return .unknownMeasure }
    guard let match = gazetteer.lookup(area) else { return .unknownArea }
    guard let ordinal = periodType.ordinal(of: period) else { return .noFigure }
    let period = periodType.label(ordinal: ordinal)
    let release = releaseDate(of: period)
    if let asOf, let release, asOf < release { return .notYetPublished(release: release) }
    let key = CellKey(measure: measure, area: match.area.name, period: period)
    guard let cell = cells[key] else { return .noFigure }
    guard let index = cell.versionIndex(asOf: asOf) else {
      let first = cell.versions.first?.effective
      return first.map { .notYetPublished(release: $0) } ?? .noFigure
    }
    return .found(makeFigure(key, cell, index))
  }

  /// Every area's figure for one measure and period (national area excluded), in file order.
  public func figures(measure: String, period: String, asOf: CalendarDate?) -> [Figure] {
    gazetteer.areas.compactMap {
      figure(measure: measure, area: $0.name, period: period, asOf: asOf).figure
    }
  }

  /// Every period's figure for one measure and area, oldest first.
  public func series(measure: String, area: String, asOf: CalendarDate?) -> [Figure] {
    periods.compactMap { figure(measure: measure, area: area, period: $0, asOf: asOf).figure }
  }

  /// The national area's published figure, when there is one.
  public func nationalFigure(measure: String, period: String, asOf: CalendarDate?) -> Figure? {
    guard let national = gazetteer.national else { return nil }
    return figure(measure: measure, area: national.name, period: period, asOf: asOf).figure
  }

  private func makeFigure(_ key: CellKey, _ cell: FigureCell, _ index: Int) -> Figure {
    let version = cell.versions[index]
    let asRevision = { (v: FigureCell.Version) in
      Revision(value: v.value, source: v.source, effective: v.effective)
    }
    let later = cell.versions[(index + 1)...].map(asRevision)
    return Figure(
      datasetID: id, measure: key.measure, area: key.area, period: key.period,
      value: version.value, source: version.source, releaseDate: releaseDate(of: key.period),
      effective: version.effective, previous: cell.versions[..<index].map(asRevision),
      revisions: later, superseded: !later.isEmpty)
  }
}
