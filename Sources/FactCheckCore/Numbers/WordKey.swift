/// A lowercase ASCII word of up to 16 letters packed into two integers, so word tables can be
/// looked up without allocating a `String` per token.
struct WordKey: Hashable, Sendable {
  var lo: UInt64 = 0
  var hi: UInt64 = 0

  /// The key of `bytes[range]`, or nil when it is longer than 16 bytes or holds anything but
  /// ASCII letters.
  init?(_ bytes: [UInt8], _ range: SourceRange) {
    guard let key = bytes.withUnsafeBufferPointer({ WordKey($0, range) }) else { return nil }
    self = key
  }

  /// As `init(_:_:)` on an array, for scanners that hold the bytes' buffer: keying through the
  /// array retained it once per word (135,000 words in `SentenceView` for 2,000 articles).
  init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange) {
    let key = Self.packed(bytes, range)
    guard key.lo != 0 else { return nil }
    self = key
  }

  /// As `init?(_:_:)`, with `lo` 0 for a word that has no key (a key's first byte is a letter,
  /// so its `lo` never is). Inlined into the scans that key every word: as a call returning an
  /// optional it was 64 instructions a word.
  @inline(__always)
  static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> WordKey {
    let n = range.length
    guard n > 0, n <= 16 else { return WordKey(lo: 0, hi: 0) }
    // Two eight-byte loads when the bytes are there (every word but the document's last few):
    // keying byte by byte was 1.6% of an audit.
    if range.start + 16 <= bytes.count {
      let raw = UnsafeRawPointer(bytes.baseAddress!)
      let a = raw.loadUnaligned(fromByteOffset: range.start, as: UInt64.self)
      let b = raw.loadUnaligned(fromByteOffset: range.start + 8, as: UInt64.self)
      let loMask: UInt64 = n >= 8 ? ~0 : (1 << (8 * UInt64(n))) - 1
      let hiMask: UInt64 = n <= 8 ? 0 : n == 16 ? ~0 : (1 << (8 * UInt64(n - 8))) - 1
      let spaces: UInt64 = 0x2020_2020_2020_2020
      let l = (a | spaces) & loMask
      let h = (b | spaces) & hiMask
      // Bytes past the word count as letters for the check ("a" fills them).
      let fill: UInt64 = 0x6161_6161_6161_6161
      guard allLetters(l | (fill & ~loMask)), allLetters(h | (fill & ~hiMask)) else {
        return WordKey(lo: 0, hi: 0)
      }
      return WordKey(lo: l, hi: h)
    }
    return byteLoop(bytes, range)
  }

  /// The key of a word near the end of the buffer, a byte at a time; `lo` 0 when there is none.
  private static func byteLoop(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> WordKey {
    var key = WordKey(lo: 0, hi: 0)
    for i in 0..<range.length {
      var c = bytes[range.start + i]
      if c >= 0x41 && c <= 0x5A { c |= 0x20 }
      guard c >= 0x61 && c <= 0x7A else { return WordKey(lo: 0, hi: 0) }
      if i < 8 { key.lo |= UInt64(c) << (8 * UInt64(i)) } else { key.hi |= UInt64(c) << (8 * UInt64(i - 8)) }
    }
    return key
  }

  /// True when every byte of `x` is a lowercase ASCII letter. A byte was a letter of either
  /// case exactly when, with 0x20 set, it lies in 0x61...0x7A.
  @inline(__always)
  private static func allLetters(_ x: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    if x & high != 0 { return false }
    // Some byte below 0x61 (exact for bytes under 0x80).
    if (x &- ones &* 0x61) & ~x & high != 0 { return false }
    // Some byte above 0x7A (no carry between bytes under 0x80).
    return ((x &+ ones &* 0x05) | x) & high == 0
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(lo)
    hasher.combine(hi)
  }

  /// What `Set` and `Dictionary` probe with: a multiply–xorshift mix of both words instead of
  /// SipHash (seeding and finalising a `Hasher` per lookup was about 5% of an audit). The
  /// tables are built from fixed word lists, never from input, so flooding is not a concern.
  func _rawHashValue(seed: Int) -> Int {
    var x = (lo &* 0x9E37_79B9_7F4A_7C15) ^ (hi &+ UInt64(UInt(bitPattern: seed)))
    x ^= x >> 32
    x &*= 0xD6E8_FEB8_6659_FD93
    x ^= x >> 32
    return Int(truncatingIfNeeded: x)
  }

  /// A key from its two packed words, for a scanner that packs letters as it reads them.
  init(lo: UInt64, hi: UInt64) {
    self.lo = lo
    self.hi = hi
  }

  /// The key of a table literal (lowercase ASCII letters).
  init(_ word: StaticString) {
    let bytes = word.withUTF8Buffer { Array($0) }
    self = WordKey(bytes, SourceRange(start: 0, end: bytes.count))!
  }
}

/// Words the recogniser compares against, keyed once.
enum W {
  static let a = WordKey("a"), an = WordKey("an"), and = WordKey("and"), the = WordKey("the")
  static let of = WordKey("of"), `in` = WordKey("in"), to = WordKey("to"), `for` = WordKey("for")
  static let every = WordKey("every"), per = WordKey("per"), cent = WordKey("cent")
  static let percent = WordKey("percent"), percents = WordKey("percents")
  static let percentage = WordKey("percentage"), pc = WordKey("pc")
  static let points = WordKey("points"), point = WordKey("point")
  static let out = WordKey("out"), over = WordKey("over"), between = WordKey("between")
  static let from = WordKey("from"), through = WordKey("through"), or = WordKey("or")
  static let times = WordKey("times"), twice = WordKey("twice"), thrice = WordKey("thrice")
  static let no = WordKey("no"), not = WordKey("not"), any = WordKey("any"), did = WordKey("did")
  static let none = WordKey("none"), nobody = WordKey("nobody"), zero = WordKey("zero")
  static let nil_ = WordKey("nil"), one = WordKey("one"), another = WordKey("another")
  static let this = WordKey("this"), last = WordKey("last"), next = WordKey("next")
  static let year = WordKey("year"), years = WordKey("years"), previous = WordKey("previous")
  static let before = WordKey("before"), earlier = WordKey("earlier"), ago = WordKey("ago")
  static let decade = WordKey("decade"), decades = WordKey("decades"), past = WordKey("past")
  static let `as` = WordKey("as"), minus = WordKey("minus"), negative = WordKey("negative")
  static let half = WordKey("half"), dozen = WordKey("dozen"), fold = WordKey("fold")
  static let more = WordKey("more"), less = WordKey("less"), fewer = WordKey("fewer")
  static let above = WordKey("above"), below = WordKey("below"), under = WordKey("under")
  static let same = WordKey("same"), but = WordKey("but"), many = WordKey("many")
  static let much = WordKey("much"), than = WordKey("than"), equal = WordKey("equal")
  static let st = WordKey("st"), nd = WordKey("nd"), rd = WordKey("rd"), th = WordKey("th")
  static let were = WordKey("were"), was = WordKey("was"), been = WordKey("been")
}
