/// A place a dataset reports on, with the names prose uses for it.
public struct Area: Sendable, Hashable, Codable {
  /// The canonical name used in the figures file.
  public var name: String
  /// The bodies responsible for the area (MAPPA: police forces); may be empty.
  public var forces: [String]
  /// Other names for the whole area ("Cleveland" for Teesside).
  public var aliases: [String]
  /// Places inside the area ("Leeds" in West Yorkshire): weaker evidence than a name.
  public var cities: [String]
  public var region: String?
  public var country: String?
  /// True for the area that covers the whole dataset (MAPPA: England and Wales).
  public var isNational: Bool

  public init(
    name: String, forces: [String] = [], aliases: [String] = [], cities: [String] = [],
    region: String? = nil, country: String? = nil, isNational: Bool = false
  ) {
    self.name = name
    self.forces = forces
    self.aliases = aliases
    self.cities = cities
    self.region = region
    self.country = country
    self.isNational = isNational
  }
}

/// An area found from a name, with how strongly the name points at it.
public struct AreaMatch: Sendable, Hashable {
  /// How a name matched: the canonical name, an alias of the whole area, or a place inside it.
  public enum Confidence: String, Sendable, Hashable, Codable, Comparable {
    case name, alias, city

    private var rank: Int { self == .name ? 2 : self == .alias ? 1 : 0 }
    public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }
  }

  public var area: Area
  public var confidence: Confidence

  public init(area: Area, confidence: Confidence) {
    self.area = area
    self.confidence = confidence
  }
}
