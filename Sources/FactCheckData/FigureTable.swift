import FactCheckCore

/// A figure row with where it came from, so later checks can point back at it.
struct LocatedRow {
  var row: FigureRow
  var file: String
  var location: SourceLocation
}

/// Reads one figures CSV against a dataset's metadata and gazetteer.
struct FigureTable {
  let meta: DatasetMetadata
  let areaNames: Set<String>
  let gazetteer: Gazetteer

  func rows(_ table: CSVTable, file: String, _ sink: inout DiagnosticSink) -> [LocatedRow] {
    guard
      let col = DatasetTables.columns(
        table, file: file, required: DatasetTables.figureColumns, &sink)
    else { return [] }
    var result: [LocatedRow] = []
    // Each column's index looked up once, not once per cell: the dictionary lookups cost
    // ~1.5 M instructions a corpus load. `columns` has checked every one is present.
    let at = DatasetTables.figureColumns.map { col[$0]! }
    for fields in DatasetTables.rowsOfRightWidth(table, file: file, &sink) {
      var problems: [(column: String, reason: String)] = []
      let row = parse(fields, at) { problems.append(($0, $1)) }
      for p in problems { sink.add(file, table.location(fields[col[p.column]!].offset), p.reason) }
      if let row, problems.isEmpty {
        result.append(LocatedRow(row: row, file: file, location: table.location(fields[0].offset)))
      }
    }
    return result
  }

  /// The positions of `DatasetTables.figureColumns`.
  private enum Column: Int {
    case period, area, measure, value, sourceURL, sourcePublished, sourceKind, flags
  }

  private func parse(
    _ fields: [CSVTable.Field], _ at: [Int], _ report: (String, String) -> Void
  ) -> FigureRow? {
    func text(_ column: Column) -> String { fields[at[column.rawValue]].text.trimmingSpaces }
    let period = text(.period), area = text(.area), measure = text(.measure)
    if meta.periodTypeKnown, meta.periodType.ordinal(of: period) == nil {
      report("period", "period '\(period)' does not fit \(meta.periodType.rawValue): expected \(meta.periodType.pattern)")
    }
    if !areaNames.contains(area) {
      if let match = gazetteer.lookup(area) {
        report("area", "'\(area)' is another name for '\(match.area.name)'; use the canonical name")
      } else {
        report("area", "unknown area '\(area)'")
      }
    }
    if meta.measures.first(where: { $0.id == measure }) == nil {
      report("measure", "unknown measure '\(measure)'")
    }
    let value = DecimalText.parse(text(.value))
    if value == nil { report("value", "value '\(text(.value))' is not a plain number (digits and an optional decimal point)") }
    let url = text(.sourceURL)
    if url.isEmpty { report("source_url", "empty source_url; every figure needs its source") }
    let published = text(.sourcePublished).nilIfEmpty
    if let published, Source.firstDay(of: published) == nil {
      report("source_published", "date '\(published)' is not YYYY-MM-DD, YYYY-MM or YYYY")
    }
    let kind = ProvenanceKind(rawValue: text(.sourceKind))
    if kind == nil {
      let options = ProvenanceKind.allCases.map(\.rawValue).joined(separator: ", ")
      report("source_kind", "source_kind '\(text(.sourceKind))' is not one of \(options)")
    }
    let flags = DatasetTables.list(text(.flags))
    for flag in flags where meta.flags[flag] == nil {
      report("flags", "unknown flag '\(flag)'; declare it under 'flags' in dataset.yml")
    }
    guard let value, let kind else { return nil }
    let source = Source(url: url, published: published, kind: kind, flags: flags)
    return FigureRow(period: period, area: area, measure: measure, value: value, source: source)
  }
}
