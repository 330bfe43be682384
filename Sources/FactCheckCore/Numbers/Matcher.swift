/// The matching state for one sentence: tries each form at a token index.
struct Matcher {
  let view: SentenceView

  var quantities: QuantityParser { QuantityParser(view: view) }

  /// Tries every form at every token, ignoring `FormStarts` (tests compare the two).
  var everyForm = false

  /// An expression for a form to write over (see `core`).
  static var blank: NumericExpression {
    NumericExpression(range: SourceRange(start: 0, end: 0), value: 0, form: .number)
  }

  /// The forms that can start at token `i` (`i` is in the view).
  func starts(_ i: Int) -> FormStarts { everyForm ? .all : view[i].starts }

  /// The expression starting at token `i` and the index after it.
  @inline(__always)
  func match(at i: Int) -> (NumericExpression, Int)? {
    let s = starts(i)
    if s.contains(.between), let r = between(at: i) { return r }
    if s.contains(.hedge), let (hedge, j) = hedge(at: i), case (var e, let next)? = core(at: j),
      accepts(e.form)
    {
      e.range.start = view[i].range.start
      apply(hedge, to: &e)
      return (e, next)
    }
    return core(at: i)
  }

  /// Every form but hedges and "between", each only where `FormStarts` says it can start.
  @inline(__always)
  func core(at i: Int) -> (NumericExpression, Int)? {
    guard i < view.count else { return nil }
    let s = starts(i)
    // One `if let` per form rather than `??`: a chain of `??` copies each nil 176-byte result
    // (memcpy was a fifth of recognition in perf). The forms tried most write their expression
    // to `e` and return only the index after it: an optional expression returned, nil or not,
    // was copied twice to read whether it was nil (two memcpy calls and an outlined copy, about
    // 70 instructions, for each of 36,000 such calls of 2,000 articles, most of them nil).
    var e = Self.blank
    if s.contains(.zero), let next = zero(at: i, into: &e) { return (e, next) }
    // "the vast majority": at "the" or "a", only when "majority" is one or two words on.
    if view.is(i + 1, NumberLexicon.majority) || view.is(i + 2, NumberLexicon.majority),
      let next = majority(at: i, into: &e)
    {
      return (e, next)
    }
    // "one" at or after `i` first (pronoun's own first test): a call that returns nil still
    // copies a 170-byte optional, and most calls are at "the".
    if s.contains(.pronoun), view.is(i, W.one) || view.is(i + 1, W.one), let next = pronoun(at: i, into: &e) {
      return (e, next)
    }
    if s.contains(.label), let next = label(at: i, into: &e) { return (e, next) }
    if s.contains(.relative), let next = relative(at: i, into: &e) { return (e, next) }
    if s.contains(.digits), let next = financialYear(at: i, into: &e) { return (e, next) }
    if !s.isDisjoint(with: [.digits, .month]), let next = date(at: i, into: &e) { return (e, next) }
    if s.contains(.digits), let next = year(at: i, into: &e) { return (e, next) }
    if s.contains(.aDecade), let next = aDecade(at: i, into: &e) { return (e, next) }
    if s.contains(.multiple), let r = multipleWord(at: i) { return r }
    if s.contains(.money), let r = money(at: i) { return r }
    guard s.contains(.quantity), let q = quantities.parse(at: i) else { return nil }
    return forms(of: q)
  }

  private func accepts(_ f: NumberForm) -> Bool {
    switch f {
    case .label, .code, .pronoun, .year, .financialYear, .date, .relativePeriod, .ordinal, .zero: false
    default: true
    }
  }

  // MARK: - Hedges

  /// The longest hedge phrase at `i` and the index after it.
  func hedge(at i: Int) -> (Hedge, Int)? {
    guard let first = view[i].key else { return nil }
    let table = NumberLexicon.hedgeTable
    let k = table.index[first]
    guard k >= 0 else { return nil }
    for (words, h) in table.rows[k] where matches(words, at: i) { return (h, i + words.count) }
    return nil
  }

  /// True when the words follow one another on one line from `i`.
  func matches(_ words: [WordKey], at i: Int) -> Bool {
    for (n, w) in words.enumerated() {
      guard view.is(i + n, w), n == 0 || view.joined(i + n) else { return false }
    }
    return true
  }

  func apply(_ h: Hedge, to e: inout NumericExpression) {
    e.hedge = h
    switch h.direction {
    case .above, .atLeast: e.min = e.min ?? e.value
    case .below, .atMost: e.max = e.max ?? e.value
    case .near, .within: break
    }
  }

  // MARK: - Ranges

  /// "between 40 and 50 per cent", "between the tenth and the fifteenth".
  func between(at i: Int) -> (NumericExpression, Int)? {
    guard view.is(i, W.between) else { return nil }
    var j = i + 1
    if view.is(j, W.the) { j += 1 }
    guard let a = quantities.parse(at: j), !a.yearLike, view.is(a.end, W.and) else { return nil }
    var k = a.end + 1
    if view.is(k, W.the) { k += 1 }
    guard let b = quantities.parse(at: k), !b.yearLike, b.value > a.value,
      let (e, next) = forms(of: b)
    else { return nil }
    var r = e
    r.range = SourceRange(start: view[i].range.start, end: e.range.end)
    r.min = a.value
    r.max = b.value
    r.value = (a.value + b.value) / 2
    r.hedge = .between
    r.resolution = Swift.min(a.resolution, b.resolution)
    r.spelled = a.spelled && b.spelled
    if r.form == .ordinal || r.form == .duration || r.form == .number || r.form == .percent
      || r.form == .money
    {
      return (r, next)
    }
    return nil
  }

  /// Whether "by" comes just before token `start`, or before the hedge words that lead to it
  /// ("by more than", "by almost"): up to three words back, all of them words.
  static func afterBy(_ view: SentenceView, _ start: Int) -> Bool {
    var k = start - 1
    while k >= 0, k >= start - 4, view[k].kind == .word {
      if view.is(k, W.by) { return true }
      k -= 1
    }
    return false
  }

  /// "40-50", "40–50", "40 to 50", "20 through 100", "20~100" after a quantity `q`.
  func dashRange(_ q: Quantity) -> Quantity? {
    let k = q.end
    guard k < view.count, view.joined(k), !q.yearLike, q.kind == .cardinal else { return nil }
    let tight = view.isDash(k) && view.adjacent(k) && view.adjacent(k + 1)
    let spacedDash = view.isDash(k) && !view.adjacent(k) && view.joined(k + 1)
    let word = view.is(k, W.to) || view.is(k, W.through)
    let tilde = view.punct(k) == 0x7E
    guard tight || spacedDash || word || tilde else { return nil }
    if word, q.start > 0, view.is(q.start - 1, W.from) { return nil }
    guard let b = quantities.parse(at: k + 1), b.kind == .cardinal, !b.yearLike,
      b.value > q.value, q.spelled == b.spelled || !spacedDash
    else { return nil }
    // "risen by 90 to 1,596", "by more than 90 to 1,596": a change and the level it reached,
    // far above it. Not "rose by 90 to 110" or "by 5 to 10 per cent": a range of the change
    // (a level under three times the change would mean a rise of more than half in a year).
    if word, b.value >= 3 * q.value, percentSuffix(at: b.end) == nil, Self.afterBy(view, q.start) { return nil }
    if spacedDash && b.spelled { return nil }
    return b
  }
}
