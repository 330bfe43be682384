import FactCheckCore

/// Reads `areas.csv` and `figures.csv` into Core values, reporting every bad field.
struct DatasetTables {
  static let areaColumns = ["area", "aliases", "region", "country"]
  static let optionalAreaColumns = ["forces", "cities"]
  static let figureColumns = [
    "period", "area", "measure", "value", "source_url", "source_published", "source_kind", "flags",
  ]

  /// Maps column names to indexes; reports unknown, duplicate and missing columns.
  static func columns(
    _ table: CSVTable, file: String, required: [String], optional: [String] = [],
    _ sink: inout DiagnosticSink
  ) -> [String: Int]? {
    guard !table.header.isEmpty else {
      sink.add(file, line: 1, column: 1, "empty file; expected a header row")
      return nil
    }
    var index: [String: Int] = [:]
    for (i, field) in table.header.enumerated() {
      let name = field.text
      if !(required + optional).contains(name) {
        sink.add(file, table.location(field.offset), "unknown column '\(name)'; expected "
          + (required + optional).joined(separator: ", "))
      } else if index[name] != nil {
        sink.add(file, table.location(field.offset), "duplicate column '\(name)'")
      } else {
        index[name] = i
      }
    }
    let missing = required.filter { index[$0] == nil }
    if !missing.isEmpty {
      sink.add(file, line: 1, column: 1, "missing column(s) " + missing.joined(separator: ", "))
      return nil
    }
    return index
  }

  /// Checks that each row has as many fields as the header.
  static func rowsOfRightWidth(_ table: CSVTable, file: String, _ sink: inout DiagnosticSink)
    -> [[CSVTable.Field]]
  {
    if let offset = table.unterminatedQuote {
      sink.add(file, table.location(offset), "quoted field is never closed")
    }
    return table.rows.filter { row in
      guard row.count == table.header.count else {
        sink.add(file, table.location(row[0].offset),
          "row has \(row.count) fields; the header has \(table.header.count)")
        return false
      }
      return true
    }
  }

  /// The `;`-separated items, trimmed, empty ones left out.
  ///
  /// Most cells hold one item or none: without a `;` byte there is no `;` Character, so the
  /// Character split (~1.5 M instructions a corpus load) is skipped.
  static func list(_ text: String) -> [String] {
    guard text.utf8.contains(UInt8(ascii: ";")) else {
      let item = text.trimmingSpaces
      return item.isEmpty ? [] : [item]
    }
    return text.split(separator: ";").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
  }

  static func areas(_ table: CSVTable, file: String, national: String?, _ sink: inout DiagnosticSink)
    -> [Area]
  {
    guard
      let col = columns(table, file: file, required: areaColumns, optional: optionalAreaColumns, &sink)
    else { return [] }
    var areas: [Area] = []
    for row in rowsOfRightWidth(table, file: file, &sink) {
      func text(_ name: String) -> String { col[name].map { row[$0].text.trimmingSpaces } ?? "" }
      let name = text("area")
      guard !name.isEmpty else {
        sink.add(file, table.location(row[col["area"]!].offset), "empty area name")
        continue
      }
      areas.append(
        Area(
          name: name, forces: list(text("forces")), aliases: list(text("aliases")),
          cities: list(text("cities")), region: text("region").nilIfEmpty,
          country: text("country").nilIfEmpty, isNational: name == national))
    }
    for collision in Gazetteer.collisions(in: areas) {
      sink.add(file, line: 1, column: 1,
        "name '\(collision.name)' is given to more than one area: "
          + collision.areas.joined(separator: ", "))
    }
    return areas
  }
}

extension Substring {
  var trimmingSpaces: String {
    // Most cells have no space at either end: the Character loop below cost ~3 M
    // instructions per corpus load for them. A first and last byte that are not a space mean
    // the first and last Character are not " " either, so the loop would remove nothing.
    if let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20 {
      return String(self)
    }
    var s = self
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}

extension String {
  var trimmingSpaces: String { self[...].trimmingSpaces }
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
