/// What a measure's numbers count.
public enum MeasureUnit: Sendable, Hashable, Codable {
  case count
  /// Per `base` people (MAPPA: per 100,000 residents aged 10 and over).
  case rate(base: Double)
  case percent
  /// "One in every N people".
  case oneInN

  public var label: String {
    switch self {
    case .count: "count"
    case .rate(let base): "rate per \(NumberText.format(base))"
    case .percent: "percent"
    case .oneInN: "one in N"
    }
  }
}

/// Whether a measure is a snapshot, a tally of events, or computed from other measures.
public enum MeasureTiming: String, Sendable, Hashable, Codable, CaseIterable {
  /// A snapshot at the end of the period.
  case stock
  /// Events during the period.
  case flow
  /// Computed from other measures (as published, or by us).
  case derived
}

/// How a derived measure is computed from the measures it derives from.
public enum Derivation: String, Sendable, Hashable, Codable, CaseIterable {
  /// N = base / rate, from one rate measure.
  case oneInN = "one_in_n"
  /// Change between a period and the one a year earlier, from one count measure.
  case percentChange = "percent_change"
  /// Part / total × 100, from a part measure and a total measure.
  case share
}

/// One statistic a dataset publishes for every area and period.
public struct Measure: Sendable, Hashable, Codable {
  public var id: String
  public var label: String
  public var unit: MeasureUnit
  public var timing: MeasureTiming
  /// The population a rate or share is taken over, when there is one.
  public var population: String?
  public var definition: String
  /// Ids of the measures this one is computed from.
  public var derivedFrom: [String]
  public var derivation: Derivation?

  public init(
    id: String, label: String, unit: MeasureUnit, timing: MeasureTiming, population: String? = nil,
    definition: String, derivedFrom: [String] = [], derivation: Derivation? = nil
  ) {
    self.id = id
    self.label = label
    self.unit = unit
    self.timing = timing
    self.population = population
    self.definition = definition
    self.derivedFrom = derivedFrom
    self.derivation = derivation
  }
}
