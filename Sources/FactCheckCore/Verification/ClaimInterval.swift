/// The values a written number covers: "7 per cent" is 6.5–7.5, "almost 1,600" is 1,500 up to
/// (not including) 1,600, "more than 60,000" is above 60,000 up to 70,000.
public struct ClaimInterval: Hashable, Sendable, Codable {
  public var lower: Double
  public var upper: Double
  public var lowerOpen: Bool
  public var upperOpen: Bool

  public init(lower: Double, upper: Double, lowerOpen: Bool = false, upperOpen: Bool = false) {
    self.lower = lower
    self.upper = upper
    self.lowerOpen = lowerOpen
    self.upperOpen = upperOpen
  }

  public func contains(_ x: Double) -> Bool {
    let eps = 1e-9 * max(1, abs(x))
    let aboveLower = lowerOpen ? x > lower + eps : x >= lower - eps
    let belowUpper = upperOpen ? x < upper - eps : x <= upper + eps
    return aboveLower && belowUpper
  }

  /// True when some value lies in both.
  public func overlaps(_ other: ClaimInterval) -> Bool {
    let eps = 1e-9 * max(1, abs(lower), abs(upper))
    let lowOK = (upperOpen || other.lowerOpen) ? other.lower < upper - eps : other.lower <= upper + eps
    let highOK = (other.upperOpen || lowerOpen) ? lower < other.upper - eps : lower <= other.upper + eps
    return lowOK && highOK
  }

  public static func exactly(_ x: Double) -> ClaimInterval { ClaimInterval(lower: x, upper: x) }

  /// An official figure published as a whole number may have been rounded: ±0.5.
  public static func published(_ x: Double, rounded: Bool) -> ClaimInterval {
    rounded ? ClaimInterval(lower: x - 0.5, upper: x + 0.5, upperOpen: true) : .exactly(x)
  }
}

/// Tolerance from how a number is written (statcheck's idea).
public enum Tolerance {
  /// "Close" for hedged numbers: one step of the last significant digit written. "almost 1,600"
  /// → step 100; "more than 60,000" → 10,000; "more than a dozen" → 12; "nearly 7.5%" → 0.1.
  public static func step(of e: NumericExpression, text: String) -> Double {
    if mayContainDozen(text), containsDozen(text) { return 12 }
    if e.form == .fraction { return 0.05 }
    if e.resolution != 1 { return e.resolution }
    var v = abs(e.value).rounded()
    guard v >= 10, v == abs(e.value) else { return 1 }
    var step = 1.0
    // A whole number below 2^53 is an exact Int: its trailing zeros counted without `fmod`.
    if v < 9_007_199_254_740_992 {
      var n = Int(v)
      while n >= 10, n % 10 == 0 {
        n /= 10
        step *= 10
      }
      return step
    }
    while v >= 10, v.truncatingRemainder(dividingBy: 10) == 0 {
      v /= 10
      step *= 10
    }
    return step
  }

  /// Whether "dozen" occurs in `text` in any ASCII case: a byte scan that clears almost every
  /// claim before the lowercased copy and Character-wise search (1.5% of an audit). No other
  /// character lowercases to one of these letters, so a miss here is a miss there.
  ///
  /// The last five bytes, each ORed with 0x20 (which lowers an ASCII capital), are kept in one
  /// word and compared with "dozen"; the bytes are read in place when the string is
  /// contiguous. Matched through the UTF-8 view's iterator against a pattern array, the scan
  /// was about 400 instructions a claim.
  ///
  /// Contiguous bytes are first searched for a "z" in either case, eight at a time: "dozen" has
  /// one, and most claims' words none (the window, byte by byte, was about 140 instructions a
  /// claim).
  static func mayContainDozen(_ text: String) -> Bool {
    if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
      holdsZ(bytes) && mayContainDozen(bytes)
    }) {
      return found
    }
    return mayContainDozen(text.utf8)
  }

  /// `text.lowercased().contains("dozen")`, for a text `mayContainDozen` passed: it found
  /// "dozen" in some ASCII case among the bytes. In ASCII text that is the answer: each byte
  /// is a character (CR LF aside, and neither is a letter) and lowering changes only the
  /// capitals. Other text goes through the search itself, which compares characters (an
  /// accent after the "n" makes another one): some 23,000 instructions a claim (4.2 M of 960
  /// real articles), most of them ASCII.
  static func containsDozen(_ text: String) -> Bool {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
    return searchDozen(text)
  }

  /// The search itself, on characters: also the reference for tests. (Compiled here, without
  /// Foundation, `contains` is the standard library's character search; where Foundation is
  /// imported, the same words call another one, which finds "dozen" after U+0600.)
  static func searchDozen(_ text: String) -> Bool {
    text.lowercased().contains("dozen")
  }

  /// True when `bytes` hold a "z" or "Z": the bytes that `| 0x20` makes 0x7A.
  static func holdsZ(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, bytes.count >= 5 else { return false }
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    var i = 0
    while i + 8 <= bytes.count {
      // A byte that is "z" after `| 0x20` is a zero byte of `a`; `(a - 1) & ~a` sets the high
      // bit of the lowest zero byte (a borrow comes only from a zero byte below).
      let a = (raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | ones &* 0x20) ^ (ones &* 0x7A)
      if (a &- ones) & ~a & (ones &* 0x80) != 0 { return true }
      i += 8
    }
    while i < bytes.count {
      if bytes[i] | 0x20 == 0x7A { return true }
      i += 1
    }
    return false
  }

  private static func mayContainDozen(_ bytes: some Sequence<UInt8>) -> Bool {
    let dozen: UInt64 = 0x64_6F_7A_65_6E  // "dozen"
    var window: UInt64 = 0
    for byte in bytes {
      window = (window &<< 8 | UInt64(byte | 0x20)) & 0xFF_FFFF_FFFF
      if window == dozen { return true }
    }
    return false
  }

  /// A hedged multiple: multiples are written in halves ("one and a half times", "double",
  /// "two and a half times"), not in the tenths "1.5" is written in. "More than 1.5 times" is
  /// above 1.5 up to the next whole multiple (2), as "more than double" is up to three times:
  /// read as up to 1.6, a true "more than 1.5 times" for 1.63 was called wrong. "Almost double"
  /// is half a step below (1.5 up to 2): read as from 1, it passed a rise of a fifth.
  static func multiple(_ v: Double, _ hedge: Hedge) -> ClaimInterval? {
    guard v >= 1 else { return nil }
    let next = v.rounded(.down) + 1
    switch hedge.direction {
    case .above: return ClaimInterval(lower: v, upper: next, lowerOpen: true)
    case .atLeast: return ClaimInterval(lower: v, upper: next)
    case .below: return ClaimInterval(lower: v - 0.5, upper: v, upperOpen: true)
    case .atMost: return ClaimInterval(lower: v - 0.5, upper: v, upperOpen: hedge != .upTo)
    case .near, .within: return nil
    }
  }

  /// The interval a number covers, given its hedge and written precision. A whole count
  /// ("1,596", "seven") is exact; other whole numbers ("7 per cent", "99 per 100,000") cover
  /// half a unit either side.
  public static func interval(of e: NumericExpression, text: String, isCount: Bool) -> ClaimInterval {
    let v = e.value
    let step = step(of: e, text: text)
    let half = e.resolution / 2
    // A vague share: "the majority" more than half, "the vast majority" three quarters or more.
    if e.isVagueShare, let least = e.min, let most = e.max {
      return ClaimInterval(lower: least, upper: most, lowerOpen: least == 0.5)
    }
    // Vague amounts: "several" is three to nine; "hundreds", "thousands", "dozens" up to ten
    // times their unit.
    if e.hedge == nil, e.max == nil, let least = e.min {
      let words = text.lowercased()
      if words.hasPrefix("several") { return ClaimInterval(lower: 3, upper: 9) }
      if words.hasPrefix("a few") || words.hasPrefix("a handful") { return ClaimInterval(lower: 2, upper: 6) }
      return ClaimInterval(lower: least, upper: 10 * max(least, v), upperOpen: true)
    }
    guard let hedge = e.hedge else {
      // A round number with two or more trailing zeros may be a rounding ("1,600" for 1,596),
      // but not a loose one: at most 5% either way ("1,000" is not 1,496).
      if step >= 100, e.resolution == 1 {
        let slack = min(step / 2, abs(v) * 0.05)
        return ClaimInterval(lower: v - slack, upper: v + slack)
      }
      return isCount && e.resolution == 1 && v == v.rounded()
        ? .exactly(v) : ClaimInterval(lower: v - half, upper: v + half)
    }
    if e.form == .multiple, let hedged = multiple(v, hedge) { return hedged }
    // "More than half", "more than nine in ten": a fraction is written in steps of its own
    // (a half, a quarter, a tenth), and "more than" runs to the next one, as "more than 60,000"
    // runs to 70,000, never past the whole. Read as five points above, a true "more than nine in
    // ten" and "more than half" for 98.9% at level one were called wrong.
    if e.form == .fraction, v < 1, e.resolution > step, e.resolution < 1,
      hedge.direction == .above || hedge.direction == .atLeast
    {
      return ClaimInterval(lower: v, upper: Swift.min(1, v + e.resolution), lowerOpen: hedge.direction == .above)
    }
    switch hedge.direction {
    case .below: return ClaimInterval(lower: v - step, upper: v, upperOpen: true)
    case .above: return ClaimInterval(lower: v, upper: v + step, lowerOpen: true)
    case .atLeast: return ClaimInterval(lower: v, upper: v + step)
    case .atMost:
      let open = hedge != .upTo
      return ClaimInterval(lower: max(0, v - step), upper: v, upperOpen: open)
    case .near:
      let slack = max(step / 2, abs(v) * 0.025, half)
      return ClaimInterval(lower: v - slack, upper: v + slack)
    case .within:
      return ClaimInterval(lower: e.min ?? v, upper: e.max ?? v)
    }
  }
}
