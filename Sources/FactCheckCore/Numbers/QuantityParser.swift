/// A bare amount before any form is decided: digits with scale ("1.2 million"), spelled
/// numbers, ordinals, fractions and vague plurals ("hundreds").
struct Quantity {
  var value: Double
  var resolution: Double
  var spelled: Bool
  var kind: SpelledNumberParser.Kind
  /// Token indices, half-open.
  var start: Int
  var end: Int
  /// "hundreds", "dozens": `value` is the least they can mean.
  var vague = false
  /// Four plain digits from 1900 to 2099 with nothing attached: maybe a year.
  var yearLike = false
}

struct QuantityParser {
  let view: SentenceView

  func parse(at i: Int) -> Quantity? {
    guard i < view.count else { return nil }
    let item = view[i]
    if item.key == W.minus || item.key == W.negative, view.joined(i + 1),
      var q = parse(at: i + 1), !q.yearLike
    {
      q.value = -q.value
      q.start = i
      return q
    }
    if item.kind == .punctuation {
      return signed(at: i) ?? leadingPoint(at: i)
    }
    if item.kind == .number { return digits(at: i) }
    if let s = SpelledNumberParser(view: view).parse(at: i) {
      return Quantity(
        value: s.value, resolution: s.resolution, spelled: true, kind: s.kind, start: i,
        end: s.end)
    }
    // Every vague amount has the quantity bit (`FormStarts.words`): a word without it (most
    // that come here) is not looked up in the dictionary (about 75 instructions a lookup).
    if item.starts.contains(.quantity), let key = item.key, let v = NumberLexicon.vague[key] {
      return Quantity(
        value: v, resolution: v, spelled: true, kind: .cardinal, start: i, end: i + 1,
        vague: true)
    }
    return nil
  }

  // MARK: - Digits

  /// "-5", "−1.5": a minus sign touching digits, not after another number.
  private func signed(at i: Int) -> Quantity? {
    guard view.isHyphen(i), view.adjacent(i + 1), view.isNumber(i + 1) else { return nil }
    if i > 0, view[i].gap == .none, view[i - 1].kind != .punctuation { return nil }
    guard var q = digits(at: i + 1), !q.yearLike else { return nil }
    q.value = -q.value
    q.start = i
    return q
  }

  /// ".08": a point touching digits at the start of a number.
  private func leadingPoint(at i: Int) -> Quantity? {
    guard view.punct(i) == 0x2E, view.adjacent(i + 1), let n = view.plainDigitCount(i + 1),
      i == 0 || view[i].gap != .none, let v = view[i + 1].number
    else { return nil }
    let scale = pow10(-n)
    return Quantity(
      value: v * scale, resolution: scale, spelled: false, kind: .cardinal, start: i,
      end: i + 2)
  }

  private func digits(at i: Int) -> Quantity? {
    guard var value = view[i].number else { return nil }
    var resolution = view.decimals(i).map { pow10(-$0) } ?? 1
    var end = i + 1
    let plain = view.plainDigitCount(i)
    // "1 596" groups digits, but not inside a run of digit blocks such as a phone number
    // ("0800 555 111"): the first group must not follow another number.
    let afterNumber = i > 0 && view.isNumber(i - 1)
    if let n = plain, n <= 3, !afterNumber {
      while view.isNumber(end), view[end].gap == .groupSpace, intDigits(end) == 3,
        let g = view[end].number
      {
        value = value * 1000 + g
        resolution = view.decimals(end).map { pow10(-$0) } ?? 1
        end += 1
        if view.decimals(end - 1) != nil { break }
      }
    }
    var q = Quantity(
      value: value, resolution: resolution, spelled: false, kind: .cardinal, start: i, end: end)
    if end == i + 1, let key = view[end < view.count ? end : i].key, view.adjacent(end),
      [W.st, W.nd, W.rd, W.th].contains(key), plain != nil
    {
      q.kind = .ordinal
      q.end = end + 1
      return q
    }
    if end == i + 1, plain != nil, let f = slashFraction(at: i) {
      q.value = f.0
      q.resolution = f.1
      q.kind = .fraction
      q.end = f.2
      return q
    }
    if let (s, e) = scale(after: end) {
      q.value *= s
      q.resolution *= s
      q.end = e
      return q
    }
    if end == i + 1, plain == 4, (1900...2099).contains(value) { q.yearLike = true }
    if end == i + 1, plain != nil, let mixed = mixedFraction(after: end, whole: value) {
      q.value = mixed.0
      q.resolution = mixed.1
      q.end = mixed.2
    }
    return q
  }

  private func intDigits(_ i: Int) -> Int {
    let r = view[i].range
    var n = 0
    for j in r.start..<r.end {
      let b = view.bytes[j]
      if b == 0x2E { break }
      if b < 0x30 || b > 0x39 { return -1 }
      n += 1
    }
    return n
  }

  /// "3/4" at `i`: value, resolution, end.
  private func slashFraction(at i: Int) -> (Double, Double, Int)? {
    guard view.punct(i + 1) == 0x2F, view.adjacent(i + 1), view.adjacent(i + 2),
      view.isNumber(i + 2), view.plainDigitCount(i + 2) != nil,
      let n = view[i].number, let d = view[i + 2].number, d > 0, n < 1000, d < 1000
    else { return nil }
    return (n / d, 1 / d, i + 3)
  }

  /// "2 1/4": a whole number then a proper fraction.
  private func mixedFraction(after end: Int, whole: Double) -> (Double, Double, Int)? {
    guard view.isNumber(end), view.joined(end), view[end].gap != .none,
      view.plainDigitCount(end) != nil, let f = slashFraction(at: end), f.0 < 1
    else { return nil }
    return (whole + f.0, f.1, f.2)
  }

  /// A scale word after digits: "million", "bn", "k"; "m" and "b" only touching ("10m").
  private func scale(after k: Int) -> (Double, Int)? {
    guard k < view.count, view.joined(k), let key = view[k].key,
      NumberLexicon.digitScaleInitials & 1 << (key.lo & 0x1F) != 0,
      let s = NumberLexicon.digitScales[key]
    else { return nil }
    if NumberLexicon.tightScales.contains(key), !view.adjacent(k), !view.isCapitalised(k) {
      return nil
    }
    return (s, k + 1)
  }
}

/// 10 to an integer power, exact for the small exponents numbers use.
func pow10(_ e: Int) -> Double {
  var v = 1.0
  if e >= 0 { for _ in 0..<e { v *= 10 } } else { for _ in 0..<(-e) { v /= 10 } }
  return v
}
