/// One row of a dataset's figures file, before releases and revisions are worked out.
public struct FigureRow: Sendable, Hashable, Codable {
  public var period: String
  public var area: String
  public var measure: String
  public var value: Double
  public var source: Source

  public init(period: String, area: String, measure: String, value: Double, source: Source) {
    self.period = period
    self.area = area
    self.measure = measure
    self.value = value
    self.source = source
  }
}

/// A value that replaced another, from the day it took effect.
public struct Revision: Sendable, Hashable, Codable {
  public var value: Double
  public var source: Source
  public var effective: CalendarDate?

  public init(value: Double, source: Source, effective: CalendarDate?) {
    self.value = value
    self.source = source
    self.effective = effective
  }
}

/// A published value of one cell (measure, area, period) as known on a given day.
///
/// `value` is stored after `source`, not in the order of `init`'s parameters, so that the
/// compiler still makes its memberwise initializer, which `init` calls (see `Evidence`): setting
/// the properties one by one built each figure in a temporary, copied it out and destroyed the
/// temporary.
public struct Figure: Sendable, Hashable, Codable {
  public var datasetID: String
  public var measure: String
  /// The canonical area name.
  public var area: String
  public var period: String
  public var source: Source
  public var value: Double
  /// The period's scheduled first release, when the dataset has a release calendar.
  public var releaseDate: CalendarDate?
  /// The day this value took effect: the release day for a first release, else the source date.
  public var effective: CalendarDate?
  /// Values published before this one (oldest first).
  public var previous: [Revision]
  /// Values published after this one (oldest first).
  public var revisions: [Revision]
  /// Whether a later revision replaced this value; nil when unknown.
  public var superseded: Bool?
}

extension Figure {
  public init(
    datasetID: String, measure: String, area: String, period: String, value: Double,
    source: Source, releaseDate: CalendarDate? = nil, effective: CalendarDate? = nil,
    previous: [Revision] = [], revisions: [Revision] = [], superseded: Bool? = nil
  ) {
    self.init(
      datasetID: datasetID, measure: measure, area: area, period: period, source: source,
      value: value, releaseDate: releaseDate, effective: effective, previous: previous,
      revisions: revisions, superseded: superseded)
  }
}

/// The answer to "what was the figure for this cell?".
public enum FigureLookup: Sendable, Hashable {
  case found(Figure)
  /// The measure and area exist but the cell is empty (or the period is not a valid period).
  case noFigure
  /// Asked before the period's first release.
  case notYetPublished(release: CalendarDate)
  case unknownMeasure
  case unknownArea

  /// The figure, when found.
  public var figure: Figure? {
    if case .found(let f) = self { return f }
    return nil
  }
}

/// A computed figure with its arithmetic kept as text for explanations.
public struct Derived: Sendable, Hashable, Codable {
  public var value: Double
  /// E.g. "1,596 / 1,496 − 1 = +6.7%".
  public var arithmetic: String
  public var inputs: [Figure]

  public init(value: Double, arithmetic: String, inputs: [Figure]) {
    self.value = value
    self.arithmetic = arithmetic
    self.inputs = inputs
  }
}
