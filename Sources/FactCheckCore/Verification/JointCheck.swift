/// A level claimed for two areas together ("the West Midlands and Staffordshire"): checked
/// against the sum of their figures.
struct JointCheck {
  let corpus: StatCorpus
  let location: MeasureLocation
  var dataset: Dataset { corpus.datasets[location.dataset] }
  var measure: Measure { dataset.measures[location.measure] }
  let areas: [String]
  let asOf: CalendarDate
  let text: String
  let period: String?

  /// Judges `out` in place.
  func check(_ out: inout CheckedClaim) {
    guard let period else {
      out.reason = .noPeriod
      out.message = "no period for '\(text)'"
      return
    }
    guard out.claim.kind == .count, measure.unit == .count else {
      out.reason = .ambiguousArea
      out.message = "the article is about \(areas.joined(separator: " and ")) together; which one '\(text)' is about is unclear"
      return
    }
    var figures: [Figure] = []
    for area in areas {
      guard let f = dataset.figure(measure: measure.id, area: area, period: period, asOf: asOf).figure else {
        out.reason = .noFigure
        out.message = "no official figure for \(area) in \(period), so the total of \(areas.joined(separator: " and ")) cannot be checked"
        return
      }
      figures.append(f)
    }
    let total = figures.map(\.value).reduce(0, +)
    let arithmetic = figures.map { NumberText.format($0.value) }.joined(separator: " + ") + " = " + NumberText.format(total)
    let first = dataset.areaEntry(areas[0])
    let cell = CellCheck(corpus: corpus, location: location, area: areas[0],
                         canonicalArea: first?.name ?? areas[0], areaEntry: first?.index, period: period, asOf: asOf, text: text)
    cell.judge(&out, official: total, interval: .exactly(total), figure: figures[0], arithmetic: arithmetic)
    if var e = out.evidence {
      e.area = areas.joined(separator: " + ")
      out.evidence = e
    }
    out.message = out.verdict == .supported
      ? "matches \(arithmetic) (\(areas.joined(separator: " and ")), \(period))"
      : "'\(text)' does not match \(arithmetic) (\(areas.joined(separator: " and ")), \(period))"
    if out.verdict == .contradicted {
      // The same guards as for one area: a national figure, or a figure far off the total.
      var sum = figures[0]
      sum.value = total
      sum.area = areas.joined(separator: " + ")
      _ = cell.nationalReading(&out, local: sum) || cell.farOff(&out, sum)
    }
  }
}
