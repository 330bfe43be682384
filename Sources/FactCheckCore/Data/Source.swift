/// Where a figure was read.
public enum ProvenanceKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The publisher's own tables or bulletin.
  case official
  /// A news report quoting the publisher.
  case secondaryNews = "secondary-news"
  /// Computed from other published figures.
  case derived
}

/// The provenance of one figure: URL, publication date as written, kind and flags.
public struct Source: Sendable, Hashable, Codable {
  public var url: String
  /// The source's publication date as written: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil if unknown.
  public var published: String?
  public var kind: ProvenanceKind
  /// Caveats declared by the dataset, e.g. `conflicting_release`, `rounded_in_source`.
  public var flags: [String]

  public init(url: String, published: String? = nil, kind: ProvenanceKind, flags: [String] = []) {
    self.url = url
    self.published = published
    self.kind = kind
    self.flags = flags
  }

  /// The first day the source could have appeared (a month or year counts from its first day).
  public var publishedFrom: CalendarDate? { published.flatMap(Source.firstDay) }

  /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to the first day it covers; nil when malformed.
  public static func firstDay(of text: String) -> CalendarDate? {
    switch text.utf8.count {
    case 10: return CalendarDate(iso: text)
    case 7: return CalendarDate(iso: text + "-01")
    case 4: return CalendarDate(iso: text + "-01-01")
    default: return nil
    }
  }
}
