extension Dataset {
  /// The percentage change of a measure between two periods: "1,596 / 1,496 − 1 = +6.7%".
  public func percentChange(
    measure: String, area: String, from: String, to: String, asOf: CalendarDate?
  ) -> Derived? {
    guard let a = value(measure, area, from, asOf), let b = value(measure, area, to, asOf),
      a.value != 0
    else { return nil }
    let change = (b.value / a.value - 1) * 100
    let text =
      "\(NumberText.format(b.value)) / \(NumberText.format(a.value)) − 1 = "
      + "\(NumberText.format(change, decimals: 1, signed: true))%"
    return Derived(value: change, arithmetic: text, inputs: [a, b])
  }

  /// The difference of a measure between two periods: "1,596 − 1,496 = +100".
  public func change(
    measure: String, area: String, from: String, to: String, asOf: CalendarDate?
  ) -> Derived? {
    guard let a = value(measure, area, from, asOf), let b = value(measure, area, to, asOf)
    else { return nil }
    let diff = b.value - a.value
    let text =
      "\(NumberText.format(b.value)) − \(NumberText.format(a.value)) = "
      + NumberText.format(diff, signed: true)
    return Derived(value: diff, arithmetic: text, inputs: [a, b])
  }

  /// "One in N" from a rate: "100,000 / 142 = 1 in 704". The rate measure is `measure`, or the
  /// one a `one_in_n` measure derives from.
  public func oneInN(
    fromRateOf area: String, period: String, asOf: CalendarDate?, measure: String? = nil
  ) -> Derived? {
    guard let id = measure ?? rateMeasureForOneInN(), case .rate(let base)? = self.measure(id: id)?.unit,
      let rate = value(id, area, period, asOf), rate.value > 0
    else { return nil }
    let n = base / rate.value
    let text =
      "\(NumberText.format(base)) / \(NumberText.format(rate.value)) = 1 in "
      + NumberText.format(n.rounded())
    return Derived(value: n, arithmetic: text, inputs: [rate])
  }

  /// A rate from a published "one in N": "100,000 / 704 = 142.0 per 100,000".
  public func rate(
    fromOneInNOf area: String, period: String, asOf: CalendarDate?, measure: String? = nil
  ) -> Derived? {
    let oneInNMeasure = measure ?? measures.first { $0.unit == .oneInN }?.id
    guard let id = oneInNMeasure, let rateID = rateMeasureForOneInN(id),
      case .rate(let base)? = self.measure(id: rateID)?.unit,
      let n = value(id, area, period, asOf), n.value > 0
    else { return nil }
    let rate = base / n.value
    let text =
      "\(NumberText.format(base)) / \(NumberText.format(n.value)) = "
      + "\(NumberText.format(rate, decimals: 1)) per \(NumberText.format(base))"
    return Derived(value: rate, arithmetic: text, inputs: [n])
  }

  /// One measure as a percentage of another: "1,596 / 2,300 = 69.4%".
  public func share(
    measure: String, of total: String, area: String, period: String, asOf: CalendarDate?
  ) -> Derived? {
    guard let part = value(measure, area, period, asOf), let whole = value(total, area, period, asOf),
      whole.value != 0
    else { return nil }
    let pct = part.value / whole.value * 100
    let text =
      "\(NumberText.format(part.value)) / \(NumberText.format(whole.value)) = "
      + "\(NumberText.format(pct, decimals: 1))%"
    return Derived(value: pct, arithmetic: text, inputs: [part, whole])
  }

  /// The sum of a count over every area, only when every area has a figure.
  public func sumOfAreas(measure: String, period: String, asOf: CalendarDate?) -> Derived? {
    guard self.measure(id: measure)?.unit == .count else { return nil }
    let parts = figures(measure: measure, period: period, asOf: asOf)
    guard !parts.isEmpty, parts.count == gazetteer.areas.count else { return nil }
    let total = parts.reduce(0) { $0 + $1.value }
    let text = "sum of \(parts.count) areas = \(NumberText.format(total))"
    return Derived(value: total, arithmetic: text, inputs: parts)
  }

  /// An area's rank (1 = highest) among the areas with a figure, and how many there are.
  public func rank(measure: String, area: String, period: String, asOf: CalendarDate?)
    -> (rank: Int, of: Int)?
  {
    let all = figures(measure: measure, period: period, asOf: asOf)
    guard let name = gazetteer.canonicalName(area),
      let mine = all.first(where: { $0.area == name })
    else { return nil }
    return (all.filter { $0.value > mine.value }.count + 1, all.count)
  }

  private func value(_ measure: String, _ area: String, _ period: String, _ asOf: CalendarDate?)
    -> Figure?
  {
    figure(measure: measure, area: area, period: period, asOf: asOf).figure
  }

  private func rateMeasureForOneInN(_ oneInN: String? = nil) -> String? {
    let m = measures.first { $0.derivation == .oneInN && (oneInN == nil || $0.id == oneInN) }
    return m?.derivedFrom.first
  }
}
