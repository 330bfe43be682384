/// What probably went wrong with a contradicted figure, when the data can tell.
struct Diagnosis {
  let check: CellCheck

  /// Which other figure the claim matches.
  enum Match { case otherPeriod, national, otherArea, otherMeasure }

  /// Another period's, the national, another area's or another measure's figure that the
  /// claim matches, with a note saying so.
  func level(_ claimed: ClaimInterval, value: Double) -> (match: Match, note: String, value: Double, period: String)? {
    let c = check
    let fits = { (f: Figure) in claimed.overlaps(c.officialInterval(f.value)) }
    // Only the figure that fits is made (`firstOwnFigure`), not the whole series.
    if let f = c.firstOwnFigure(where: { period, v in period != c.period && claimed.overlaps(c.officialInterval(v)) }) {
      let hint = c.dataset.period(c.period, shiftedBy: -1) == f.period ? ": last year's figure?" : ""
      return (.otherPeriod, "\(NumberText.format(f.value)) is \(f.area)'s \(f.period) figure\(hint)", f.value, f.period)
    }
    if let national = c.dataset.gazetteer.national, national.name != c.canonicalArea,
      let f = c.nationalFigure(), fits(f)
    {
      return (.national, "\(NumberText.format(f.value)) is the \(national.name) figure for \(c.period)", f.value, f.period)
    }
    // Another area's rate within rounding is too common to mean anything: only an exact one.
    // The value first: most areas' differ, and comparing each area's name came first.
    let sameNumber = { (area: String, v: Double) in
      (c.measure.unit == .count ? claimed.overlaps(c.officialInterval(v)) : v == value) && area != c.canonicalArea
    }
    if let f = c.dataset.firstFigure(measure: c.measure.id, period: c.period, asOf: c.asOf, where: sameNumber) {
      return (.otherArea, "\(NumberText.format(f.value)) is \(f.area)'s figure for \(c.period): another area's number?", f.value, f.period)
    }
    // By index, the measures read in place: each copied out retained and released its strings.
    // The unit first: most measures share the claim's, and comparing their ids was 12,000
    // string comparisons for 360 claims of 2,000 articles.
    let own = c.measure.id, unit = c.measure.unit
    for i in c.dataset.measures.indices
    where c.dataset.measures[i].unit != unit && c.dataset.measures[i].id != own {
      if let f = c.figure(measureIndex: i), claimed.overlaps(.published(f.value, rounded: true)) {
        return (.otherMeasure, "\(NumberText.format(f.value)) is the \(c.dataset.measures[i].label.lowercasedFirst) for \(f.area) in \(c.period)", f.value, f.period)
      }
    }
    return nil
  }
}
