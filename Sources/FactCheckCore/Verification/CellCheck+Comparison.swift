/// Comparison claims: a figure above or below the national one, the same as a year before,
/// the highest or lowest of all areas.
extension CellCheck {
  func comparison(_ out: inout CheckedClaim) {
    guard let target = out.claim.comparedWith, let direction = out.claim.direction else {
      return miss(&out, Miss(reason: .notChecked, message: "no direction in '\(text)'"))
    }
    var subject: Figure
    switch lookup() {
    case .failure(let m):
      // No official figure for the area: the article's own figure is compared instead.
      guard m.reason == .noFigure, target != .rank, let r = referenceFigure(target) else {
        return miss(&out, m)
      }
      subject = r
      subject.value = out.claim.value
      subject.area = canonicalArea
      subject.period = period
      out.notes.append("no official figure for \(canonicalArea) in \(period): compared the article's own \(NumberText.format(out.claim.value))")
    case .success(let f): subject = f
    }
    setEvidence(&out, subject, value: subject.value, arithmetic: nil, basePeriod: nil)
    out.expected = subject.value
    switch target {
    case .rank: rank(&out, subject, direction)
    case .national, .previous:
      let reference: Result<Figure, Miss>
      if target == .national, let national = dataset.gazetteer.national {
        // The national figure compared with itself: the claim's own area was misread.
        if subject.area == national.name {
          return miss(&out, Miss(reason: .ambiguousArea,
            message: "could not tell which area '\(text)' is about: it reads as \(national.name) itself"))
        }
        reference = lookup(area: national.name)
      } else if let earlier = dataset.period(period, shiftedBy: -1) {
        reference = lookup(period: earlier)
      } else {
        return miss(&out, Miss(reason: .noPeriod, message: "no period before \(period)"))
      }
      switch reference {
      case .failure(let m): miss(&out, m)
      case .success(let r): compare(&out, subject, r, direction)
      }
    }
  }

  private func referenceFigure(_ target: ComparisonTarget) -> Figure? {
    guard target == .national, let national = dataset.gazetteer.national else { return nil }
    return figure(area: national.name)
  }

  private func compare(_ out: inout CheckedClaim, _ s: Figure, _ r: Figure, _ direction: ChangeDirection) {
    // "about average": within 5% of the national figure counts as the same.
    let close = r.area != s.area && r.value > 0 && abs(s.value - r.value) / r.value <= 0.05
    let same = officialInterval(s.value).overlaps(officialInterval(r.value)) || close
    let holds: Bool
    switch direction {
    case .up: holds = s.value > r.value
    case .down: holds = s.value < r.value
    case .same: holds = same
    case .either: holds = !same
    }
    let relation = s.value > r.value ? "above" : s.value < r.value ? "below" : "the same as"
    let facts = "\(s.area) \(s.period): \(Self.show(s.value, unit: measure.unit)), \(relation) \(r.area) \(r.period): \(Self.show(r.value, unit: measure.unit))"
    out.verdict = holds ? .supported : .contradicted
    out.evidence?.arithmetic = facts
    out.message = holds ? "'\(text)' holds: \(facts)" : "'\(text)' is wrong: \(facts)"
    if !holds {
      out.suggestion = r.area != s.area
        ? "\(relation) the national average"
        : "\(["above": "higher than", "below": "lower than"][relation] ?? relation) the year before"
    }
  }

  private func rank(_ out: inout CheckedClaim, _ s: Figure, _ direction: ChangeDirection) {
    let areas = dataset.gazetteer.areas.count
    guard let (rank, of) = dataset.rank(measure: measure.id, area: s.area, period: period, asOf: asOf) else {
      return miss(&out, Miss(reason: .noFigure, message: "no ranking of \(measure.label.lowercasedFirst) for \(period)"))
    }
    guard of >= areas else {
      return miss(&out, Miss(reason: .noFigure,
        message: "'\(text)' needs every area's figure; the dataset has \(of) of \(areas) for \(period)"))
    }
    let position = direction == .down ? of - rank + 1 : rank
    out.verdict = position == 1 ? .supported : .contradicted
    let order = direction == .down ? "lowest" : "highest"
    out.message = position == 1
      ? "\(s.area) has the \(order) \(measure.label.lowercasedFirst) of \(of) areas in \(period)"
      : "'\(text)' is wrong: \(s.area) is \(position)\(Self.ordinalSuffix(position)) \(order) of \(of) areas in \(period)"
  }

  static func ordinalSuffix(_ n: Int) -> String {
    if (11...13).contains(n % 100) { return "th" }
    switch n % 10 {
    case 1: return "st"
    case 2: return "nd"
    case 3: return "rd"
    default: return "th"
    }
  }
}
