/// Zeros, pronouns and labels: words that look like numbers or stand for zero.
extension Matcher {
  static let auxiliaries: Set<WordKey> = {
    let w: [StaticString] = [
      "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "could", "would",
      "will", "can", "should",
    ]
    return Set(w.map { WordKey($0) })
  }()

  /// "did not remove any", "none", "nobody", "zero", "no offenders".
  func zero(at i: Int) -> (NumericExpression, Int)? {
    var e = Matcher.blank
    return zero(at: i, into: &e).map { (e, $0) }
  }

  /// `zero(at:)`, the expression written to `out` and the index after it returned (see
  /// `Matcher.core`).
  func zero(at i: Int, into out: inout NumericExpression) -> Int? {
    guard let key = view[i].key else { return nil }
    if key == W.none || key == W.nobody || key == W.zero || key == W.nil_ {
      out = zeroExpression(i, i + 1)
      return i + 1
    }
    if key == W.no, let next = i + 1 < view.count ? view[i + 1].key : nil, view.joined(i + 1),
      !NumberLexicon.notZeroAfterNo.contains(next), NumberLexicon.atoms[next] == nil,
      hedge(at: i) == nil
    {
      out = zeroExpression(i, i + 2)
      return i + 2
    }
    // "not" before the set lookup: most auxiliaries ("was", "has") have none after them.
    if view.is(i + 1, W.not), Self.auxiliaries.contains(key) {
      var k = i + 2
      while k < i + 5, k < view.count, view.joined(k), view[k].kind == .word {
        if view.is(k, W.any) {
          out = zeroExpression(i, k + 1)
          return k + 1
        }
        k += 1
      }
    }
    return nil
  }

  /// "the vast majority", "the majority", "a majority": a share, as a fraction covering more
  /// than half (0.5, 1], or with "vast", "overwhelming" or "great" three quarters or more.
  /// ("most" is left alone: "most of those his officers supervise" is no statistic.)
  func majority(at i: Int, into out: inout NumericExpression) -> Int? {
    guard view.is(i, W.the) || view.is(i, W.a) else { return nil }
    var k = i + 1
    var vast = false
    if let key = k < view.count ? view[k].key : nil, NumberLexicon.majorityAdjectives.contains(key), view.joined(k) {
      vast = true
      k += 1
    }
    guard view.is(k, NumberLexicon.majority), view.joined(k) else { return nil }
    out = NumericExpression(range: view.range(i, k + 1), value: vast ? 0.875 : 0.75, form: .fraction, spelled: true)
    out.min = vast ? 0.75 : 0.5
    out.max = 1
    return k + 1
  }

  private func zeroExpression(_ i: Int, _ end: Int) -> NumericExpression {
    NumericExpression(range: view.range(i, end), value: 0, form: .zero, spelled: true)
  }

  /// "one of the", "the one", "one another", "no one".
  func pronoun(at i: Int) -> (NumericExpression, Int)? {
    var e = Matcher.blank
    return pronoun(at: i, into: &e).map { (e, $0) }
  }

  /// `pronoun(at:)`, the expression written to `out` and the index after it returned (see
  /// `Matcher.core`).
  func pronoun(at i: Int, into out: inout NumericExpression) -> Int? {
    var end: Int?
    if view.is(i, W.one) {
      if view.is(i + 1, W.of), view.joined(i + 1) {
        let k = view.is(i + 2, W.the) ? i + 3 : i + 2
        // "one of three boys", "one of the 42 areas": a count out of a number.
        if quantities.parse(at: k) != nil { return nil }
        end = k
      } else if view.is(i + 1, W.another) {
        end = i + 2
      }
    } else if view.is(i, W.no) || view.is(i, W.the), view.is(i + 1, W.one), view.joined(i + 1),
      !continuesNumber(i + 2)
    {
      end = i + 2
    }
    guard let e = end else { return nil }
    out = NumericExpression(range: view.range(i, e), value: 1, form: .pronoun, spelled: true)
    return e
  }

  private func continuesNumber(_ k: Int) -> Bool {
    guard k < view.count, view.joined(k) else { return false }
    if view.is(k, W.in) { return true }
    if let key = view[k].key, let a = NumberLexicon.atoms[key] {
      if case .scale = a { return true }
    }
    return false
  }

  /// "level two", "Category 1", "tier 3".
  func label(at i: Int) -> (NumericExpression, Int)? {
    var e = Matcher.blank
    return label(at: i, into: &e).map { (e, $0) }
  }

  /// `label(at:)`, the expression written to `out` and the index after it returned (see
  /// `Matcher.core`).
  func label(at i: Int, into out: inout NumericExpression) -> Int? {
    guard let key = view[i].key, NumberLexicon.labelWords.contains(key), view.joined(i + 1)
    else { return nil }
    if key == W.no && !view.isNumber(i + 1) { return nil }
    guard let q = quantities.parse(at: i + 1), q.kind == .cardinal, !q.vague, q.value >= 0,
      q.value < 1000, q.value == q.value.rounded()
    else { return nil }
    if percentSuffix(at: q.end) != nil || view.is(q.end, W.times) { return nil }
    out = NumericExpression(range: view.range(i, q.end), value: q.value, form: .label, spelled: q.spelled)
    return q.end
  }
}
