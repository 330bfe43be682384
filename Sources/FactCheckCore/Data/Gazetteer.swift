/// The areas of one dataset, searchable by any of their names.
public struct Gazetteer: Sendable, Hashable {
  /// The areas below national level, in file order. Stored rather than filtered on each use:
  /// the verifier asks for them, and for `national`, several times per claim.
  public let areas: [Area]
  /// The area covering the whole dataset, if declared.
  public var national: Area? { nationalEntry.map { entries[$0] } }
  /// Where `national` is in `entries`: an index rather than the Area, which would add four
  /// references to retain whenever a dataset is copied.
  private let nationalEntry: Int?

  private var entries: [Area]
  private var index: [String: Entry] = [:]

  private struct Entry: Sendable, Hashable {
    var area: Int
    var confidence: AreaMatch.Confidence
  }

  /// Builds the index. When two areas share a name, the first (strongest) one wins; use
  /// `collisions(in:)` to find such names before building.
  public init(areas: [Area]) {
    entries = areas
    self.areas = areas.filter { !$0.isNational }
    nationalEntry = areas.firstIndex { $0.isNational }
    for confidence in [AreaMatch.Confidence.name, .alias, .city] {
      for (i, area) in areas.enumerated() {
        for name in Gazetteer.names(of: area, confidence) {
          let key = Gazetteer.key(name)
          if index[key] == nil { index[key] = Entry(area: i, confidence: confidence) }
        }
      }
    }
    // The canonical spelling too, so lookups by canonical name need no normalising.
    for (i, area) in areas.enumerated() {
      if let e = index[Gazetteer.key(area.name)], e.area == i { index[area.name] = e }
    }
  }

  /// The area called `name` (canonical, alias, force or city; case and spacing ignored).
  public func lookup(_ name: String) -> AreaMatch? {
    // Canonical names, as the claims carry them, hit the index without normalising.
    guard let entry = index[name] ?? index[Gazetteer.key(name)] else { return nil }
    return AreaMatch(area: entries[entry.area], confidence: entry.confidence)
  }

  /// The canonical name of the area called `name`: `lookup(name)?.area.name` without copying
  /// the area's aliases and cities, for the verifier's many lookups.
  public func canonicalName(_ name: String) -> String? {
    guard let entry = index[name] ?? index[Gazetteer.key(name)] else { return nil }
    return entries[entry.area].name
  }

  /// Where the area called `name` is among all the areas (the national one included), and
  /// its canonical name: `canonicalName(name)` with a position, by which the dataset finds
  /// the area's figures without hashing its name again.
  func entry(_ name: String) -> (index: Int, name: String)? {
    guard let entry = index[name] ?? index[Gazetteer.key(name)] else { return nil }
    return (entry.area, entries[entry.area].name)
  }

  /// The number of areas, the national one included: positions `entry(_:)` gives are below it.
  var entryCount: Int { entries.count }

  /// Where `national` is, as `entry(_:)` gives positions.
  var nationalEntryIndex: Int? { nationalEntry }

  /// The canonical name of the area at a position `entry(_:)` gave.
  func entryName(_ index: Int) -> String { entries[index].name }

  /// Every name and alias with its area, longest first, for scanning prose.
  public var names: [(name: String, area: String, confidence: AreaMatch.Confidence)] {
    var result: [(name: String, area: String, confidence: AreaMatch.Confidence)] = []
    var seen: Set<String> = []
    for confidence in [AreaMatch.Confidence.name, .alias, .city] {
      for area in entries {
        for name in Gazetteer.names(of: area, confidence) where seen.insert(Gazetteer.key(name)).inserted {
          result.append((name, area.name, confidence))
        }
      }
    }
    // Character counts taken once, not in every comparison: `count` walks the string, and
    // counting in the comparator cost ~3.9 M instructions of every start-up.
    let lengths = result.map(\.name.count)
    return result.indices.sorted {
      lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : $0 < $1
    }.map { result[$0] }
  }

  /// Names given to more than one area, as (lowercased name, areas).
  public static func collisions(in areas: [Area]) -> [(name: String, areas: [String])] {
    var seen: [String: [String]] = [:]
    var order: [String] = []
    for area in areas {
      for confidence in [AreaMatch.Confidence.name, .alias, .city] {
        for name in names(of: area, confidence) {
          let key = key(name)
          if seen[key] == nil { order.append(key) }
          if seen[key]?.contains(area.name) != true { seen[key, default: []].append(area.name) }
        }
      }
    }
    return order.compactMap { key in
      let owners = seen[key] ?? []
      return owners.count > 1 ? (key, owners) : nil
    }
  }

  /// Lowercased, with runs of spaces collapsed.
  ///
  /// ASCII names are read on bytes, each byte one Character (CR LF is neither a space nor a
  /// tab, so it splits nothing): the Character reading cost ~4,000 instructions a name,
  /// ~5 M of every start-up across the gazetteer, its collisions and its name list.
  public static func key(_ name: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    var space = false
    for b in name.utf8 {
      if b >= 0x80 { return keyCharacters(name) }
      if b == 0x20 || b == 0x09 {
        space = !bytes.isEmpty
        continue
      }
      if space {
        bytes.append(0x20)
        space = false
      }
      bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `key` by Characters: the reference reading, used for names outside ASCII.
  static func keyCharacters(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  private static func names(of area: Area, _ confidence: AreaMatch.Confidence) -> [String] {
    switch confidence {
    case .name: [area.name]
    case .alias: area.aliases + area.forces
    case .city: area.cities
    }
  }
}
