/// Parses numbers written in words: cardinals ("three hundred and fifty-one", "a dozen"),
/// ordinals ("twenty-fifth"), fractions ("two-thirds", "a fifth", "five eighths") and mixed
/// numbers ("one and a half").
///
/// Written by hand on word keys rather than with ICU's spell-out rules (RBNF), which were
/// measured at ≈190 µs per phrase (1.3 ms lenient) and fail on "a hundred".
struct SpelledNumberParser {
  typealias Atom = NumberLexicon.Atom

  enum Kind { case cardinal, ordinal, fraction }

  struct Result {
    var value: Double
    var resolution: Double
    var kind: Kind
    /// Token index one past the last word used.
    var end: Int
  }

  /// One word of a spelled number.
  enum Piece: Equatable { case atom(Atom), and, a, point }

  let view: SentenceView

  /// The longest spelled number starting at token `i`.
  func parse(at i: Int) -> Result? {
    // Every reading needs a number word. None starts on "and" or "point" (each reading's
    // first piece is a number word or "a"), and "a" needs another piece after it. Checked
    // before gathering: most calls are at "and" or "a" before an ordinary word, and
    // gathering allocated two arrays each time (1,200 instructions a call).
    guard let first = piece(at: i, first: true), first != .and, first != .point,
      first != .a || nextPiece(after: i)
    else { return nil }
    // A number word with no piece after it (most calls): read alone, without gathering.
    if case .atom(let a) = first, !nextPiece(after: i) {
      guard let (v, res, kind) = Self.alone(a) else { return nil }
      return Result(value: v, resolution: res, kind: kind, end: i + 1)
    }
    let (pieces, ends) = gather(from: i)
    var e = pieces.count
    while e > 0 {
      if let (v, res, kind) = interpret(pieces[0..<e]) {
        return Result(value: v, resolution: res, kind: kind, end: ends[e - 1])
      }
      e -= 1
    }
    return nil
  }

  // MARK: - Gathering

  private func gather(from start: Int) -> ([Piece], [Int]) {
    var pieces: [Piece] = []
    var ends: [Int] = []
    var k = start
    while k < view.count {
      if k > start, !view.joined(k) { break }
      if !pieces.isEmpty, view.isHyphen(k), view.joined(k + 1), piece(at: k + 1, first: false) != nil {
        k += 1
        continue
      }
      guard let p = piece(at: k, first: pieces.isEmpty) else { break }
      pieces.append(p)
      ends.append(k + 1)
      k += 1
    }
    return (pieces, ends)
  }

  /// True when `gather` would take a piece after the one at `k`.
  private func nextPiece(after k: Int) -> Bool {
    guard view.joined(k + 1) else { return false }
    if piece(at: k + 1, first: false) != nil { return true }
    return view.isHyphen(k + 1) && view.joined(k + 2) && piece(at: k + 2, first: false) != nil
  }

  private func piece(at k: Int, first: Bool) -> Piece? {
    guard k < view.count, let key = view[k].key else { return nil }
    // Every number word has the quantity bit (`FormStarts.words`): most words, without it,
    // are not looked up in the dictionary (about 100 instructions a lookup).
    if view[k].starts.contains(.quantity), let atom = NumberLexicon.atoms[key] { return .atom(atom) }
    if key == W.and { return .and }
    if key == W.point { return .point }
    if key == W.a || key == W.an { return .a }
    return nil
  }

  // MARK: - Interpretation

  /// What `interpret` makes of one number word alone: gathering it allocated two arrays, and
  /// an ordinal a third (1,500 instructions a call). `SpelledNumberTests` compares the two.
  static func alone(_ a: Atom) -> (Double, Double, Kind)? {
    switch a {
    case .unit(let u): (Double(u), 1, .cardinal)
    case .tens(let t): (Double(t), 1, .cardinal)
    case .ordinal(let o, plural: false): (o, 1, .ordinal)
    case .part(2, plural: false): (0.5, 0.5, .fraction)
    case .scale, .dozen, .ordinal, .part: nil
    }
  }

  func interpret(_ p: ArraySlice<Piece>) -> (Double, Double, Kind)? {
    guard let last = p.last else { return nil }
    if case .atom(let a) = last, isDenominator(a) {
      if let m = mixed(p) { return (m.0, m.1, .fraction) }
      if let f = fraction(p) { return (f.0, f.1, .fraction) }
      if case .atom(.ordinal(_, false)) = last, let o = ordinalCompound(p) {
        return (o, 1, .ordinal)
      }
      if p.count == 1, case .atom(.part(2, false)) = last { return (0.5, 0.5, .fraction) }
      return nil
    }
    if p.count >= 3, p[p.startIndex] == .atom(.part(2, plural: false)),
      p[p.startIndex + 1] == .a, let c = cardinal(p.dropFirst())
    {
      return (c.0 / 2, c.1 / 2, .cardinal)
    }
    if let c = cardinal(p) { return (c.0, c.1, .cardinal) }
    return nil
  }

  private func isDenominator(_ a: Atom) -> Bool {
    switch a {
    case .ordinal, .part: true
    default: false
    }
  }

  /// "one and a half", "twenty and three fifths": a whole number, "and", a proper fraction.
  private func mixed(_ p: ArraySlice<Piece>) -> (Double, Double)? {
    var i = p.endIndex - 1
    while i > p.startIndex {
      if p[i] == .and, let whole = cardinal(p[p.startIndex..<i]),
        let frac = fraction(p[(i + 1)...]), frac.0 < 1
      {
        return (whole.0 + frac.0, frac.1)
      }
      i -= 1
    }
    return nil
  }

  /// numerator + denominator, trying the shortest numerator first.
  private func fraction(_ p: ArraySlice<Piece>) -> (Double, Double)? {
    guard p.count >= 1 else { return nil }
    var s = p.startIndex + 1
    while s < p.endIndex {
      let num = p[p.startIndex..<s]
      let den = p[s...]
      if let n = numerator(num), let (d, plural) = denominator(den), d > 1 || plural {
        let isSingular = !plural
        if !isSingular || (n == 1 && !(d == 2 && isOrdinal(den.last!))) {
          return (n / d, 1 / d)
        }
      }
      s += 1
    }
    return nil
  }

  private func isOrdinal(_ p: Piece) -> Bool {
    if case .atom(.ordinal) = p { return true }
    return false
  }

  private func numerator(_ p: ArraySlice<Piece>) -> Double? {
    if p.count == 1, p.first == .a { return 1 }
    return cardinal(p)?.0
  }

  /// "fifths" (5, plural), "twenty-fifth" (25), "one hundred fifth" (105), "quarters" (4).
  private func denominator(_ p: ArraySlice<Piece>) -> (Double, Bool)? {
    guard case .atom(let last) = p.last! else { return nil }
    let plural: Bool
    let v: Double
    switch last {
    case .ordinal(let o, let pl): (v, plural) = (o, pl)
    case .part(let o, let pl):
      guard p.count == 1 else { return nil }
      (v, plural) = (o, pl)
    default: return nil
    }
    if p.count == 1 { return (v, plural) }
    let first = p[p.startIndex]
    if p.count == 2, case .atom(.tens(let t)) = first, v < 10 { return (Double(t) + v, plural) }
    if first == .atom(.unit(1)) || first == .a, p.count >= 3,
      case .atom(.scale) = p[p.startIndex + 1], let o = ordinalCompound(p.dropFirst())
    {
      return (o, plural)
    }
    return nil
  }

  /// "twenty-fifth" → 25, "two hundredth" → 200, "trillionth" → 1e12.
  private func ordinalCompound(_ p: ArraySlice<Piece>) -> Double? {
    guard case .atom(.ordinal(let o, _)) = p.last! else { return nil }
    var q = Array(p.dropLast())
    if o < 20 {
      q.append(.atom(.unit(Int(o))))
    } else if o < 100 {
      q.append(.atom(.tens(Int(o))))
    } else {
      q.append(.atom(.scale(o)))
    }
    return cardinal(q[...], allowBareScale: true)?.0
  }

  private enum Prev { case start, unit, teen, tens, hundred, scale, and, dozen }

  /// A cardinal using every piece, with British "and", or nil.
  func cardinal(_ p: ArraySlice<Piece>, allowBareScale: Bool = false) -> (Double, Double)? {
    guard !p.isEmpty else { return nil }
    var total = 0.0
    var current = 0.0
    var lastScale = Double.infinity
    var prev = Prev.start
    var resolution = 1.0
    var i = p.startIndex
    if p[i] == .a {
      guard p.count > 1, case .atom(let a) = p[i + 1] else { return nil }
      switch a {
      case .scale, .dozen: break
      default: return nil
      }
      current = 1
      prev = .unit
      i += 1
    }
    while i < p.endIndex {
      switch p[i] {
      case .a: return nil
      case .point:
        guard prev != .start, prev != .and, prev != .dozen,
          let (d, r) = decimalWords(p[(i + 1)...])
        else { return nil }
        return (total + current + d, r)
      case .and:
        guard prev == .hundred || prev == .scale || prev == .tens, i + 1 < p.endIndex,
          case .atom(let next) = p[i + 1]
        else { return nil }
        switch next {
        case .unit(let u) where u > 0: break
        case .tens: break
        default: return nil
        }
        prev = .and
      case .atom(let a):
        switch a {
        case .unit(0):
          guard p.count == 1 else { return nil }
          return (0, 1)
        case .unit(let u) where u < 10:
          guard [.start, .tens, .hundred, .scale, .and].contains(prev) else { return nil }
          current += Double(u)
          prev = .unit
          resolution = 1
        case .unit(let u):
          guard [.start, .hundred, .scale, .and].contains(prev) else { return nil }
          current += Double(u)
          prev = .teen
          resolution = 1
        case .tens(let t):
          guard [.start, .hundred, .scale, .and].contains(prev) else { return nil }
          guard Int(current) % 100 == 0 else { return nil }
          current += Double(t)
          prev = .tens
          resolution = 1
        case .scale(100):
          if prev == .start && allowBareScale { current = 1 } else {
            guard [.unit, .teen, .tens].contains(prev), current > 0, current < 100 else {
              return nil
            }
          }
          current *= 100
          prev = .hundred
          resolution = 100
        case .scale(let s):
          if prev == .start && allowBareScale { current = 1 } else {
            guard [.unit, .teen, .tens, .hundred].contains(prev), current > 0 else { return nil }
          }
          guard s < lastScale else { return nil }
          total += current * s
          current = 0
          lastScale = s
          prev = .scale
          resolution = s
        case .dozen:
          guard [.unit, .teen, .tens].contains(prev), total == 0 else { return nil }
          current *= 12
          prev = .dozen
          resolution = 1
        case .ordinal, .part: return nil
        }
      }
      i += 1
    }
    guard prev != .and, prev != .start else { return nil }
    return (total + current, resolution)
  }

  /// "zero three" → 0.03, "seventy-one" → 0.71, "five" → 0.5.
  private func decimalWords(_ p: ArraySlice<Piece>) -> (Double, Double)? {
    guard !p.isEmpty else { return nil }
    var digits: [Int] = []
    var i = p.startIndex
    while i < p.endIndex {
      switch p[i] {
      case .atom(.unit(let u)) where u < 10: digits.append(u)
      case .atom(.tens(let t)):
        digits.append(t / 10)
        if i + 1 < p.endIndex, case .atom(.unit(let u)) = p[i + 1], u > 0, u < 10 {
          digits.append(u)
          i += 1
        } else {
          digits.append(0)
        }
      default: return nil
      }
      i += 1
    }
    var v = 0.0
    var scale = 1.0
    for d in digits {
      scale /= 10
      v += Double(d) * scale
    }
    return (v, scale)
  }
}
