import FactCheckCore
import Yams

/// The contents of a dataset's `dataset.yml`, checked key by key.
struct DatasetMetadata {
  var id = "", title = "", publisher = "", licence = "", homeURL = ""
  var summary: String?
  var periodType = PeriodType.calendarYear
  /// False when `period_type` was missing or wrong: periods are then not checked, to avoid noise.
  var periodTypeKnown = false
  var release: ReleaseSchedule?
  var nationalArea: String?
  var nationalAreaNode: Node?
  var flags: [String: String] = [:]
  var measures: [Measure] = []

  static let keys = [
    "id", "title", "publisher", "licence", "home_url", "summary", "period_type", "release",
    "national_area", "flags", "measures",
  ]
  static let required = ["id", "title", "publisher", "licence", "home_url", "period_type", "measures"]
  static let releaseKeys = ["months_after_period_end", "day", "time", "note"]
  static let measureKeys = [
    "id", "label", "unit", "rate_base", "timing", "population", "definition", "derived_from",
    "derivation",
  ]

  /// Parses the YAML text; problems go to `reader.sink`.
  static func parse(_ text: String, _ reader: inout YAMLReader) -> DatasetMetadata {
    var meta = DatasetMetadata()
    let root: Node?
    do {
      root = try composeYAML(text)
    } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _),
      let YamlError.composer(_, problem, mark, _)
    {
      reader.sink.add(reader.file, line: mark.line, column: mark.column, "invalid YAML: \(problem)")
      return meta
    } catch {
      reader.sink.add(reader.file, line: 1, column: 1, "invalid YAML: \(error)")
      return meta
    }
    guard let map = reader.mapping(root, "dataset", allowed: keys, required: required) else {
      return meta
    }
    meta.id = reader.string(map["id"], "id") ?? ""
    meta.title = reader.string(map["title"], "title") ?? ""
    meta.publisher = reader.string(map["publisher"], "publisher") ?? ""
    meta.licence = reader.string(map["licence"], "licence") ?? ""
    meta.homeURL = reader.string(map["home_url"], "home_url") ?? ""
    meta.summary = reader.string(map["summary"], "summary")
    let periodType: PeriodType? = reader.choice(map["period_type"], "period_type")
    meta.periodType = periodType ?? .calendarYear
    meta.periodTypeKnown = periodType != nil
    meta.nationalArea = reader.string(map["national_area"], "national_area")
    meta.nationalAreaNode = map["national_area"]
    if let node = map["release"] { meta.release = parseRelease(node, &reader) }
    if let node = map["flags"] { meta.flags = parseFlags(node, &reader) }
    meta.measures = parseMeasures(map["measures"], &reader)
    return meta
  }

  private static func parseRelease(_ node: Node, _ reader: inout YAMLReader) -> ReleaseSchedule? {
    guard
      let map = reader.mapping(
        node, "release", allowed: releaseKeys, required: ["months_after_period_end", "day"])
    else { return nil }
    let months = reader.integer(map["months_after_period_end"], "months_after_period_end")
    let time = reader.string(map["time"], "time")
    _ = reader.string(map["note"], "note")
    guard let dayText = reader.string(map["day"], "day") else { return nil }
    guard let day = ReleaseSchedule.Day(dayText) else {
      reader.error(map["day"], "'day' must be a day of the month or e.g. 'last thursday', not '\(dayText)'")
      return nil
    }
    return months.map { ReleaseSchedule(monthsAfterPeriodEnd: $0, day: day, time: time) }
  }

  private static func parseFlags(_ node: Node, _ reader: inout YAMLReader) -> [String: String] {
    guard case .mapping(let mapping) = node else {
      reader.error(node, "'flags' must map each flag to its meaning")
      return [:]
    }
    var flags: [String: String] = [:]
    for (key, value) in mapping {
      if let name = reader.string(key, "flag"), let meaning = reader.string(value, name) {
        flags[name] = meaning
      }
    }
    return flags
  }

  private static func parseMeasures(_ node: Node?, _ reader: inout YAMLReader) -> [Measure] {
    guard let node else { return [] }
    guard case .sequence(let items) = node, !items.isEmpty else {
      reader.error(node, "'measures' must be a non-empty list")
      return []
    }
    var measures: [Measure] = []
    var nodes: [String: Node] = [:]
    for item in items {
      guard let m = parseMeasure(item, &reader) else { continue }
      if nodes[m.id] != nil {
        reader.error(item, "duplicate measure id '\(m.id)'")
        continue
      }
      nodes[m.id] = item
      measures.append(m)
    }
    checkDerivations(measures, nodes, &reader)
    return measures
  }

  private static func parseMeasure(_ node: Node, _ reader: inout YAMLReader) -> Measure? {
    guard
      let map = reader.mapping(
        node, "measure", allowed: measureKeys, required: ["id", "label", "unit", "timing", "definition"])
    else { return nil }
    let id = reader.string(map["id"], "id")
    let label = reader.string(map["label"], "label")
    let timing: MeasureTiming? = reader.choice(map["timing"], "timing")
    let definition = reader.string(map["definition"], "definition")
    let unit = parseUnit(map["unit"], map["rate_base"], &reader)
    let population = reader.string(map["population"], "population")
    let derivedFrom = reader.strings(map["derived_from"], "derived_from")
    let derivation: Derivation? = reader.choice(map["derivation"], "derivation")
    guard let id, let label, let timing, let definition, let unit else { return nil }
    return Measure(
      id: id, label: label, unit: unit, timing: timing, population: population,
      definition: definition, derivedFrom: derivedFrom, derivation: derivation)
  }

  private static func parseUnit(_ node: Node?, _ base: Node?, _ reader: inout YAMLReader)
    -> MeasureUnit?
  {
    guard let text = reader.string(node, "unit") else { return nil }
    if text != "rate", let base {
      reader.error(base, "'rate_base' is only for unit 'rate'")
    }
    switch text {
    case "count": return .count
    case "percent": return .percent
    case "one_in_n": return .oneInN
    case "rate":
      guard base != nil else {
        reader.error(node, "unit 'rate' needs 'rate_base' (e.g. 100000)")
        return nil
      }
      return reader.number(base, "rate_base").map { .rate(base: $0) }
    default:
      reader.error(node, "'unit' must be one of count, rate, percent, one_in_n, not '\(text)'")
      return nil
    }
  }

  private static func checkDerivations(
    _ measures: [Measure], _ nodes: [String: Node], _ reader: inout YAMLReader
  ) {
    let ids = Set(measures.map(\.id))
    for m in measures {
      let node = nodes[m.id]
      for source in m.derivedFrom where !ids.contains(source) {
        reader.error(node, "measure '\(m.id)' derives from unknown measure '\(source)'")
      }
      guard let derivation = m.derivation else { continue }
      let needed = derivation == .share ? 2 : 1
      if m.derivedFrom.count != needed {
        reader.error(node, "derivation '\(derivation.rawValue)' of '\(m.id)' needs \(needed) measure(s) in 'derived_from'")
      }
    }
  }
}
