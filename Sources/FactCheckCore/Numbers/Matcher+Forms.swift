/// The forms a quantity takes from the words after it: percent, rate, one-in-N, multiple,
/// duration, ordinal, fraction, bounds.
extension Matcher {
  func forms(of q: Quantity) -> (NumericExpression, Int)? {
    if let b = dashRange(q), case (var e, let next)? = suffixForm(b) {
      guard [.number, .percent, .percentagePoints, .duration, .money].contains(e.form) else {
        return nil
      }
      e.range.start = view[q.start].range.start
      e.min = q.value
      e.max = b.value
      e.value = (q.value + b.value) / 2
      e.hedge = .between
      return (e, next)
    }
    if view.is(q.end, W.over), let r = overFraction(q) { return r }
    return suffixForm(q)
  }

  /// "one over three", "2000 over 3": a division, but only when nothing is counted after the
  /// divisor ("2000 over 3 years" keeps "over 3 years" as a hedged duration).
  private func overFraction(_ q: Quantity) -> (NumericExpression, Int)? {
    guard q.kind == .cardinal, !q.vague, !q.yearLike, view.is(q.end, W.over),
      view.joined(q.end + 1), let d = quantities.parse(at: q.end + 1), d.kind == .cardinal,
      !d.vague, d.value != 0, d.end >= view.count || view[d.end].kind == .punctuation
    else { return nil }
    var e = expression(q, .fraction, end: d.end)
    e.value = q.value / d.value
    e.resolution = q.resolution / d.value
    return (e, d.end)
  }

  /// The form given by what follows the quantity.
  ///
  /// Forms that need a value or a word after the quantity are called only when it is there
  /// (each form's own first test, repeated): calling one to get nil back copied a 170-byte
  /// optional result, for most of 7,000 quantities in a 2,000-article audit.
  private func suffixForm(_ q: Quantity) -> (NumericExpression, Int)? {
    // The forms tried at most quantities write to `e` (see `Matcher.core`).
    var e = Self.blank
    if let next = percent(q, into: &e) { return (e, next) }
    if q.value == 1, let r = oneInN(q) { return r }
    if q.value >= 2, view.is(q.end, W.in) || view.is(q.end, W.out), let r = proportion(q) { return r }
    if let next = rate(q, into: &e) { return (e, next) }
    if view.is(q.end, W.times), let r = times(q) { return r }
    if view.isHyphen(q.end), let r = fold(q) { return r }
    if let next = duration(q, into: &e) { return (e, next) }
    switch q.kind {
    case .fraction: return (expression(q, .fraction, end: q.end), q.end)
    case .ordinal: return (expression(q, .ordinal, end: q.end), q.end)
    case .cardinal: break
    }
    e = expression(q, .number, end: q.end)
    if q.vague { e.min = q.value }
    if let (h, next) = suffixBound(after: q.end) {
      e.range.end = view[next - 1].range.end
      apply(h, to: &e)
      return (e, next)
    }
    return (e, q.end)
  }

  func expression(_ q: Quantity, _ form: NumberForm, end: Int) -> NumericExpression {
    NumericExpression(
      range: view.range(q.start, end), value: q.value, form: form,
      resolution: q.resolution, spelled: q.spelled)
  }

  // MARK: - Percent

  /// "7%", "7 per cent", "7pc", "6.7per cent", "7 percent", "2.5 percentage points".
  private func percent(_ q: Quantity, into out: inout NumericExpression) -> Int? {
    guard q.kind == .cardinal, let (form, end) = percentSuffix(at: q.end) else { return nil }
    out = expression(q, form, end: end)
    return end
  }

  func percentSuffix(at k: Int) -> (NumberForm, Int)? {
    guard k < view.count, view.joined(k) else { return nil }
    if view.punct(k) == 0x25, view[k].gap != .space { return (.percent, k + 1) }
    if view.is(k, W.per), view.is(k + 1, W.cent), view.joined(k + 1) { return (.percent, k + 2) }
    if view.is(k, W.percent) || view.is(k, W.percents) || view.is(k, W.pc) {
      return (.percent, k + 1)
    }
    if view.is(k, W.percentage) {
      if view.is(k + 1, W.points) || view.is(k + 1, W.point) {
        return (.percentagePoints, k + 2)
      }
      return (.percent, k + 1)
    }
    return nil
  }

  // MARK: - Rates and one in N

  /// "99 per 100,000", "99 offenders for every 100,000 people", "114 in 100,000 people".
  private func rate(_ q: Quantity, into out: inout NumericExpression) -> Int? {
    guard q.kind == .cardinal, !q.vague, !q.yearLike else { return nil }
    var k = q.end
    for _ in 0...3 {
      guard k < view.count, view.joined(k) else { return nil }
      // `rateBase`'s first test, here: most words fail it, and the call cost more than it.
      if let key = view[k].key, key == W.per || key == W.for || key == W.in,
        let (base, end) = rateBase(at: k)
      {
        var e = expression(q, .rate, end: end)
        e.base = base
        out = e
        return end
      }
      // A number word ends the search; only words with the quantity bit can be one, so most
      // words skip the lookup.
      guard view[k].kind == .word,
        !view[k].starts.contains(.quantity) || view[k].key.map({ NumberLexicon.atoms[$0] == nil }) ?? true
      else { return nil }
      // "20 fewer per 100,000 than the national figure": a difference of rates, not a rate.
      if let key = view[k].key, NumberLexicon.differenceWords.contains(key) { return nil }
      k += 1
    }
    return nil
  }

  /// "per 100,000 people" at `k`: the base and the index after the phrase.
  private func rateBase(at k: Int) -> (Double, Int)? {
    // Each phrase starts with one of three words: one comparison of the key rules out the
    // rest at most of the words `rate` looks at (it was 760 instructions a call).
    guard let key = view[k].key, key == W.per || key == W.for || key == W.in else { return nil }
    var j: Int
    var strict = false
    if view.is(k, W.per) {
      j = k + 1
    } else if (view.is(k, W.for) || view.is(k, W.in)) && view.is(k + 1, W.every) {
      j = k + 2
    } else if view.is(k, W.in) {
      j = k + 1
      strict = true
    } else {
      return nil
    }
    guard let b = quantities.parse(at: j), b.kind == .cardinal, !b.yearLike,
      isPowerOfTen(b.value), b.value >= (strict ? 100 : 10), b.value <= 1e12
    else { return nil }
    return (b.value, populationTail(after: b.end))
  }

  private func isPowerOfTen(_ v: Double) -> Bool {
    var x = v
    while x >= 10 && x.truncatingRemainder(dividingBy: 10) == 0 { x /= 10 }
    return x == 1 && v >= 10
  }

  /// The index after "people", "residents", "of the population" following a base.
  private func populationTail(after k: Int) -> Int {
    if let key = view.contains(k) ? view[k].key : nil, view.joined(k),
      NumberLexicon.populationNouns.contains(key)
    {
      return k + 1
    }
    return k
  }

  /// "one in every 812 people", "one for every 534 people", "1 in 5", "one out of three".
  private func oneInN(_ q: Quantity) -> (NumericExpression, Int)? {
    guard q.kind == .cardinal, q.value == 1, !q.vague else { return nil }
    var j = q.end
    if view.is(j, W.in) || view.is(j, W.for) || view.is(j, W.of) {
      j += 1
    } else if view.is(j, W.out), view.is(j + 1, W.of) {
      j += 2
    } else {
      return nil
    }
    let hasEvery = view.is(j, W.every)
    if hasEvery { j += 1 }
    guard view.is(q.end, W.in) || hasEvery || view.is(q.end, W.out) else { return nil }
    guard let n = quantities.parse(at: j), n.kind == .cardinal, !n.yearLike, n.value > 1
    else { return nil }
    let end = populationTail(after: n.end)
    var e = expression(q, .oneInN, end: end)
    e.value = n.value
    e.resolution = n.resolution
    e.spelled = n.spelled
    return (e, end)
  }

  /// "nine in ten", "two out of three", "3 in every 4": a proportion, read as the fraction
  /// (0.9), give or take half of one in M. Not one number and then another: "Nine in ten
  /// offenders are managed at level one" was two counts at level one, nine and ten. M is at
  /// most 100: "3 in 100,000" is a rate's wording, and "5 in 2019" a year's. M is no span of
  /// time: "14 in 20 months" is a count of 14.
  private func proportion(_ q: Quantity) -> (NumericExpression, Int)? {
    guard q.kind == .cardinal, !q.vague, q.value == q.value.rounded() else { return nil }
    var j = q.end
    if view.is(j, W.in) {
      j += 1
    } else if view.is(j, W.out), view.is(j + 1, W.of) {
      j += 2
    } else {
      return nil
    }
    if view.is(j, W.every) { j += 1 }
    guard let n = quantities.parse(at: j), n.kind == .cardinal, !n.yearLike, !n.vague,
      n.value == n.value.rounded(), n.value > q.value, n.value <= 100,
      // "rose to 14 in 20 months", "recalled 45 in 90 days": a count and a span of time.
      duration(n) == nil
    else { return nil }
    var e = expression(q, .fraction, end: n.end)
    e.value = q.value / n.value
    e.resolution = 1 / n.value
    e.spelled = q.spelled && n.spelled
    return (e, n.end)
  }

  // MARK: - Multiples

  /// "three times higher" (multiple) or "six times" (occasions).
  private func times(_ q: Quantity) -> (NumericExpression, Int)? {
    guard q.kind == .cardinal, view.is(q.end, W.times), view.joined(q.end) else { return nil }
    let k = q.end + 1
    if let key = comparative(at: k) {
      let strong = key != W.as && key != W.the && key != W.that
      let end = strong ? k + 1 : k
      return (expression(q, .multiple, end: end), end)
    }
    return (expression(q, possessive(at: k) ? .multiple : .occasions, end: k), k)
  }

  /// The word at `k` when it makes the number before it a multiple ("higher", "as", "the"),
  /// written straight after it (no comma or full stop between).
  private func comparative(at k: Int) -> WordKey? {
    guard let key = k < view.count ? view[k].key : nil, view.joined(k),
      NumberLexicon.comparatives.contains(key)
    else { return nil }
    return key
  }

  /// Whether the word at `k`, written straight after the number, is a possessive ("twice
  /// Suffolk's"), which makes the number a multiple of the figure it owns.
  private func possessive(at k: Int) -> Bool {
    k < view.count && view.joined(k) && Self.endsInPossessive(view.bytes, view[k].range)
  }

  /// Whether the word ends in "'s" or "’s".
  static func endsInPossessive(_ bytes: [UInt8], _ r: SourceRange) -> Bool {
    guard r.length >= 3, r.end <= bytes.count, bytes[r.end - 1] | 0x20 == UInt8(ascii: "s") else { return false }
    if bytes[r.end - 2] == UInt8(ascii: "'") { return true }
    return r.length >= 5 && bytes[r.end - 4] == 0xE2 && bytes[r.end - 3] == 0x80 && bytes[r.end - 2] == 0x99
  }

  /// "six-fold", "5-fold".
  private func fold(_ q: Quantity) -> (NumericExpression, Int)? {
    guard q.kind == .cardinal, view.isHyphen(q.end), view.is(q.end + 1, W.fold) else {
      return nil
    }
    return (expression(q, .multiple, end: q.end + 2), q.end + 2)
  }

  /// "doubled", "twice", "tripled", "sixfold".
  func multipleWord(at i: Int) -> (NumericExpression, Int)? {
    guard let key = view[i].key else { return nil }
    if let v = NumberLexicon.multiples[key] {
      // "twice as many" compares; "breached the order twice" counts, as "six times" does.
      let counts = (key == W.twice || key == W.thrice) && comparative(at: i + 1) == nil && !possessive(at: i + 1)
      let form: NumberForm = counts ? .occasions : .multiple
      return (NumericExpression(range: view[i].range, value: v, form: form, spelled: true), i + 1)
    }
    let r = view[i].range
    guard r.length > 4, r.length <= 20, key == WordKey(view.bytes, r) else { return nil }
    let stem = SourceRange(start: r.start, end: r.end - 4)
    guard WordKey(view.bytes, SourceRange(start: stem.end, end: r.end)) == W.fold,
      let sk = WordKey(view.bytes, stem), let atom = NumberLexicon.atoms[sk]
    else { return nil }
    let v: Double
    switch atom {
    case .unit(let u) where u > 1: v = Double(u)
    case .tens(let t): v = Double(t)
    case .scale(let s): v = s
    default: return nil
    }
    return (NumericExpression(range: r, value: v, form: .multiple, spelled: true), i + 1)
  }

  // MARK: - Bounds and money

  /// "or more", "or less", "and over" after a number.
  private func suffixBound(after k: Int) -> (Hedge, Int)? {
    guard view.joined(k), let (h, end) = NumberLexicon.suffixBoundTable.match(in: view, at: k) else {
      return nil
    }
    // "500 and under 900": the second word is a hedge of the next number.
    if view.joined(end), quantities.parse(at: end) != nil { return nil }
    // "200 or greater than 190": the comparison belongs to the next number.
    if view.is(end, W.than) {
      if quantities.parse(at: end + 1) != nil { return nil }
      return (h, end + 1)
    }
    return (h, end)
  }

  /// "£3bn", "£1.2 million", "$20".
  func money(at i: Int) -> (NumericExpression, Int)? {
    let unit: UnitName
    if view.isPound(i) {
      unit = .gbp
    } else if view.punct(i) == 0x24 {
      unit = .usd
    } else {
      return nil
    }
    guard view.joined(i + 1), var q = quantities.parse(at: i + 1), q.kind == .cardinal else {
      return nil
    }
    q.start = i
    q.yearLike = false
    var e = expression(q, .money, end: q.end)
    e.unitName = unit
    return (e, q.end)
  }
}
