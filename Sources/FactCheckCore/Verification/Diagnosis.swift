/// What probably went wrong with a contradicted figure, when the data can tell.
struct Diagnosis {
  let check: CellCheck

  /// Another period's, another area's or the national figure that the claim matches.
  func level(_ claimed: ClaimInterval) -> [String] {
    let c = check
    let fits = { (f: Figure) in claimed.overlaps(c.officialInterval(f.value)) }
    for f in c.dataset.series(measure: c.measure.id, area: c.canonicalArea, asOf: c.asOf)
    where f.period != c.period && fits(f) {
      let hint = c.dataset.period(c.period, shiftedBy: -1) == f.period ? ": last year's figure?" : ""
      return ["\(NumberText.format(f.value)) is \(f.area)'s \(f.period) figure\(hint)"]
    }
    if let national = c.dataset.gazetteer.national, national.name != c.canonicalArea,
      case .success(let f) = c.lookup(area: national.name), fits(f)
    {
      return ["\(NumberText.format(f.value)) is the \(national.name) figure for \(c.period)"]
    }
    for f in c.dataset.figures(measure: c.measure.id, period: c.period, asOf: c.asOf)
    where f.area != c.canonicalArea && fits(f) {
      return ["\(NumberText.format(f.value)) is \(f.area)'s figure for \(c.period): another area's number?"]
    }
    for other in c.dataset.measures where other.id != c.measure.id && other.unit != c.measure.unit {
      if case .success(let f) = c.lookup(other.id), claimed.overlaps(.published(f.value, rounded: true)) {
        return ["\(NumberText.format(f.value)) is the \(other.label.lowercasedFirst) for \(f.area) in \(c.period)"]
      }
    }
    return []
  }
}
