import FactCheckCore

/// What `data show` prints, as text or JSON.
struct FigureView: Encodable {
  struct RevisionView: Encodable {
    var value: Double
    var source_url: String
    var source_published: String?
    var source_kind: String
    var effective: String?
    var flags: [String]
  }

  var dataset: String
  var measure: String
  var area: String
  var period: String
  var as_of: String?
  var status: String
  var value: Double?
  var unit: String?
  var source_url: String?
  var source_published: String?
  var source_kind: String?
  var flags: [String]
  var release_date: String?
  var effective: String?
  var previous: [RevisionView]
  var revisions: [RevisionView]

  init(dataset: Dataset, measure: String, area: String, period: String, asOf: CalendarDate?,
    lookup: FigureLookup)
  {
    self.dataset = dataset.id
    self.measure = measure
    self.area = dataset.gazetteer.lookup(area)?.area.name ?? area
    self.period = period
    as_of = asOf?.description
    unit = dataset.measure(id: measure)?.unit.label
    release_date = dataset.releaseDate(of: period)?.description
    flags = []
    previous = []
    revisions = []
    switch lookup {
    case .found(let f):
      status = "found"
      value = f.value
      source_url = f.source.url
      source_published = f.source.published
      source_kind = f.source.kind.rawValue
      flags = f.source.flags
      effective = f.effective?.description
      previous = f.previous.map(FigureView.revision)
      revisions = f.revisions.map(FigureView.revision)
    case .notYetPublished(let release):
      status = "not_yet_published"
      release_date = release.description
    case .noFigure: status = "no_figure"
    case .unknownMeasure: status = "unknown_measure"
    case .unknownArea: status = "unknown_area"
    }
  }

  static func revision(_ r: Revision) -> RevisionView {
    RevisionView(
      value: r.value, source_url: r.source.url, source_published: r.source.published,
      source_kind: r.source.kind.rawValue, effective: r.effective?.description, flags: r.source.flags)
  }

  var text: String {
    let asOfText = as_of.map { " as of \($0)" } ?? ""
    let head = "\(area) · \(measure) · \(period)\(asOfText)"
    guard let value else {
      switch status {
      case "not_yet_published":
        return "\(head)\n  not yet published: first release \(release_date ?? "?")"
      default: return "\(head)\n  no figure for \(area) \(period)"
      }
    }
    var lines = [head, "  value:     \(NumberText.format(value)) (\(unit ?? "?"))"]
    lines.append("  source:    \(source_url ?? "")")
    lines.append("             \(source_kind ?? ""), published \(source_published ?? "date unknown")")
    if !flags.isEmpty { lines.append("  flags:     " + flags.joined(separator: ", ")) }
    lines.append("  released:  \(release_date ?? "unknown") (scheduled first release); in force from \(effective ?? "?")")
    for r in previous { lines.append("  replaced:  \(describe(r))") }
    if revisions.isEmpty { lines.append("  revisions: none later") }
    for r in revisions { lines.append("  revised:   \(describe(r))") }
    return lines.joined(separator: "\n")
  }

  private func describe(_ r: RevisionView) -> String {
    "\(NumberText.format(r.value)) from \(r.effective ?? "?") (\(r.source_kind), published "
      + "\(r.source_published ?? "date unknown")) \(r.source_url)"
  }
}
