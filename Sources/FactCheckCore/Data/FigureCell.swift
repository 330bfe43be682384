/// The published history of one cell: its first release and any revisions, oldest first.
///
/// Rules: among a cell's rows the earliest source is the first release (an undated row belongs
/// to it), and takes effect on the period's release day. A later source with a different value
/// is a revision, effective from its source date (a month or year counts from its first day).
/// A later source with the same value confirms the current one and changes nothing.
public struct FigureCell: Sendable, Hashable {
  public struct Version: Sendable, Hashable {
    public var value: Double
    public var source: Source
    public var effective: CalendarDate?
  }

  public private(set) var versions: [Version] = []

  /// Builds the history. `rows` all belong to one cell; conflicting duplicates (see
  /// `conflicts(in:)`) should be rejected before, otherwise the first of them wins.
  public init(rows: [FigureRow], releaseDate: CalendarDate?) {
    for row in FigureCell.ordered(rows) {
      let date = row.source.publishedFrom
      guard let current = versions.last else {
        versions.append(Version(value: row.value, source: row.source, effective: releaseDate ?? date))
        continue
      }
      guard row.value != current.value, row.source.published != current.source.published else {
        continue
      }
      let effective = [date, releaseDate].compactMap { $0 }.max()
      versions.append(Version(value: row.value, source: row.source, effective: effective))
    }
  }

  /// The index of the version in force on `asOf` (the latest when nil); nil before the first.
  public func versionIndex(asOf: CalendarDate?) -> Int? {
    guard let asOf else { return versions.isEmpty ? nil : versions.count - 1 }
    return versions.lastIndex { $0.effective.map { $0 <= asOf } ?? true }
  }

  /// Pairs of row indexes (into `rows`) for the same cell and the same source date as written
  /// but different values: the file cannot say which one was published first.
  public static func conflicts(in rows: [FigureRow]) -> [(first: Int, second: Int)] {
    struct Key: Hashable {
      var measure, area, period: String
      var published: String?
    }
    var firstIndex: [Key: Int] = [:]
    // Sized up front: grown from empty, it rehashed its keys at each doubling (~1.1 M
    // instructions a corpus load).
    firstIndex.reserveCapacity(rows.count)
    var result: [(Int, Int)] = []
    for (i, row) in rows.enumerated() {
      let key = Key(
        measure: row.measure, area: row.area, period: row.period, published: row.source.published)
      if let j = firstIndex[key] {
        if rows[j].value != row.value { result.append((j, i)) }
      } else {
        firstIndex[key] = i
      }
    }
    return result
  }

  /// Undated rows first, then by source date; ties keep file order.
  private static func ordered(_ rows: [FigureRow]) -> [FigureRow] {
    rows.enumerated().sorted { a, b in
      let (da, db) = (a.element.source.publishedFrom, b.element.source.publishedFrom)
      if da != db {
        guard let da else { return true }
        guard let db else { return false }
        return da < db
      }
      return a.offset < b.offset
    }.map(\.element)
  }
}
