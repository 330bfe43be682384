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
    // Offsets into a buffer: their difference cannot overflow, so no trap is needed.
    let n = range.end &- range.start
    guard n > 0, n <= 16 else { return WordKey(lo: 0, hi: 0) }
    // Two eight-byte loads when the bytes are there (every word but the document's last few):
    // keying byte by byte was 1.6% of an audit.
    guard range.start + 16 <= bytes.count else { return byteLoop(bytes, range) }
    let key = wide(bytes, range)
    let loMask: UInt64 = n >= 8 ? ~0 : (1 << (8 * UInt64(n))) - 1
    let hiMask: UInt64 = n <= 8 ? 0 : n == 16 ? ~0 : (1 << (8 * UInt64(n - 8))) - 1
    // Bytes past the word count as letters for the check ("a" fills them); one test for both
    // words.
    let fill: UInt64 = 0x6161_6161_6161_6161
    guard nonLetters(key.lo | (fill & ~loMask)) | nonLetters(key.hi | (fill & ~hiMask)) == 0 else {
      return WordKey(lo: 0, hi: 0)
    }
    return key
  }

  /// As `packed`'s `lo` for a word of 1 to 8 bytes with 8 bytes of the buffer at `start` (its
  /// `hi` is 0): one load, one mask, one letter test. `packed` branches on the length and
  /// tests both words; this is half its instructions for the four words in five that are short.
  @inline(__always)
  static func packedShort(_ raw: UnsafeRawPointer, _ start: Int, _ n: Int) -> UInt64 {
    let x = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self) | 0x2020_2020_2020_2020
    // The low `n` bytes: a shift from 56 (one byte) down to 0 (eight).
    let mask = UInt64.max &>> (64 &- 8 &* UInt64(truncatingIfNeeded: n))
    let lo = x & mask
    let fill: UInt64 = 0x6161_6161_6161_6161
    return nonLetters(lo | (fill & ~mask)) == 0 ? lo : 0
  }

  /// A key to probe a table of keys with, for a scan that only asks whether a word is in one:
  /// the word's bytes with 0x20 set in each, unchecked. Setting 0x20 takes exactly the ASCII
  /// letters to lowercase letters, so the bytes equal a key only when the word is that key's
  /// word in some case. `lo` is 0 for a word no key can have (empty or over 16 bytes).
  @inline(__always)
  static func probe(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> WordKey {
    let n = range.length
    guard n > 0, n <= 16 else { return WordKey(lo: 0, hi: 0) }
    guard range.start + 16 <= bytes.count else { return byteLoop(bytes, range) }
    return wide(bytes, range)
  }

  /// The word's bytes with 0x20 set, from two eight-byte loads (`range` has 1 to 16 bytes and
  /// 16 bytes of the buffer start at it).
  @inline(__always)
  private static func wide(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> WordKey {
    let n = range.end &- range.start
    let raw = UnsafeRawPointer(bytes.baseAddress!)
    let a = raw.loadUnaligned(fromByteOffset: range.start, as: UInt64.self)
    let b = raw.loadUnaligned(fromByteOffset: range.start + 8, as: UInt64.self)
    let loMask: UInt64 = n >= 8 ? ~0 : (1 << (8 * UInt64(n))) - 1
    let hiMask: UInt64 = n <= 8 ? 0 : n == 16 ? ~0 : (1 << (8 * UInt64(n - 8))) - 1
    let spaces: UInt64 = 0x2020_2020_2020_2020
    return WordKey(lo: (a | spaces) & loMask, hi: (b | spaces) & hiMask)
  }

  /// The key of a word near the end of the buffer, a byte at a time; `lo` 0 when there is none.
  private static func byteLoop(_ bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> WordKey {
    var key = WordKey(lo: 0, hi: 0)
    for i in 0..<range.length {
      var c = bytes[range.start + i]
      if c >= 0x41 && c <= 0x5A { c |= 0x20 }
      guard c >= 0x61 && c <= 0x7A else { return WordKey(lo: 0, hi: 0) }
      if i < 8 {
        key.lo |= UInt64(c) << (8 * UInt64(i))
      } else {
        key.hi |= UInt64(c) << (8 * UInt64(i - 8))
      }
    }
    return key
  }

  /// The high bit of each byte of `x` that is not a lowercase ASCII letter (a byte was a letter
  /// of either case exactly when, with 0x20 set, it lies in 0x61...0x7A), so 0 when all are.
  /// Per byte: the high bit set, or adding 0x1F does not reach 0x80 (below 0x61), or adding
  /// 0x05 does (above 0x7A). Bytes under 0x80 carry into no neighbour; a byte of 0x80 or more
  /// is caught by its own high bit, whatever its carry does to the next.
  @inline(__always)
  private static func nonLetters(_ x: UInt64) -> UInt64 {
    let high: UInt64 = 0x8080_8080_8080_8080
    return (x | ((x &+ 0x1F1F_1F1F_1F1F_1F1F) ^ high) | (x &+ 0x0505_0505_0505_0505)) & high
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
///
/// Each is written packed (the word's bytes from the low end, as `init(_:_:)` packs them), so
/// the compiler lays the keys out as constants: keyed from a string, every use paid a
/// `swift_once` check (about 300,000 in a 2,000-article audit). `WordKeyTests` checks each
/// against its word.
enum W {
  static let a = WordKey(lo: 0x61, hi: 0)  // "a"
  static let an = WordKey(lo: 0x6e61, hi: 0)  // "an"
  static let and = WordKey(lo: 0x64_6e61, hi: 0)  // "and"
  static let the = WordKey(lo: 0x65_6874, hi: 0)  // "the"
  static let of = WordKey(lo: 0x666f, hi: 0)  // "of"
  static let `in` = WordKey(lo: 0x6e69, hi: 0)  // "in"
  static let to = WordKey(lo: 0x6f74, hi: 0)  // "to"
  static let `for` = WordKey(lo: 0x72_6f66, hi: 0)  // "for"
  static let every = WordKey(lo: 0x79_7265_7665, hi: 0)  // "every"
  static let per = WordKey(lo: 0x72_6570, hi: 0)  // "per"
  static let cent = WordKey(lo: 0x746e_6563, hi: 0)  // "cent"
  static let percent = WordKey(lo: 0x74_6e65_6372_6570, hi: 0)  // "percent"
  static let percents = WordKey(lo: 0x7374_6e65_6372_6570, hi: 0)  // "percents"
  static let percentage = WordKey(lo: 0x6174_6e65_6372_6570, hi: 0x6567)  // "percentage"
  static let pc = WordKey(lo: 0x6370, hi: 0)  // "pc"
  static let points = WordKey(lo: 0x7374_6e69_6f70, hi: 0)  // "points"
  static let point = WordKey(lo: 0x74_6e69_6f70, hi: 0)  // "point"
  static let out = WordKey(lo: 0x74_756f, hi: 0)  // "out"
  static let over = WordKey(lo: 0x7265_766f, hi: 0)  // "over"
  static let between = WordKey(lo: 0x6e_6565_7774_6562, hi: 0)  // "between"
  static let from = WordKey(lo: 0x6d6f_7266, hi: 0)  // "from"
  static let by = WordKey(lo: 0x7962, hi: 0)  // "by"
  static let through = WordKey(lo: 0x68_6775_6f72_6874, hi: 0)  // "through"
  static let or = WordKey(lo: 0x726f, hi: 0)  // "or"
  static let times = WordKey(lo: 0x73_656d_6974, hi: 0)  // "times"
  static let twice = WordKey(lo: 0x65_6369_7774, hi: 0)  // "twice"
  static let thrice = WordKey(lo: 0x6563_6972_6874, hi: 0)  // "thrice"
  static let no = WordKey(lo: 0x6f6e, hi: 0)  // "no"
  static let not = WordKey(lo: 0x74_6f6e, hi: 0)  // "not"
  static let any = WordKey(lo: 0x79_6e61, hi: 0)  // "any"
  static let did = WordKey(lo: 0x64_6964, hi: 0)  // "did"
  static let none = WordKey(lo: 0x656e_6f6e, hi: 0)  // "none"
  static let nobody = WordKey(lo: 0x7964_6f62_6f6e, hi: 0)  // "nobody"
  static let zero = WordKey(lo: 0x6f72_657a, hi: 0)  // "zero"
  static let nil_ = WordKey(lo: 0x6c_696e, hi: 0)  // "nil"
  static let one = WordKey(lo: 0x65_6e6f, hi: 0)  // "one"
  static let another = WordKey(lo: 0x72_6568_746f_6e61, hi: 0)  // "another"
  static let this = WordKey(lo: 0x7369_6874, hi: 0)  // "this"
  static let last = WordKey(lo: 0x7473_616c, hi: 0)  // "last"
  static let next = WordKey(lo: 0x7478_656e, hi: 0)  // "next"
  static let year = WordKey(lo: 0x7261_6579, hi: 0)  // "year"
  static let years = WordKey(lo: 0x73_7261_6579, hi: 0)  // "years"
  static let previous = WordKey(lo: 0x7375_6f69_7665_7270, hi: 0)  // "previous"
  static let before = WordKey(lo: 0x6572_6f66_6562, hi: 0)  // "before"
  static let earlier = WordKey(lo: 0x72_6569_6c72_6165, hi: 0)  // "earlier"
  static let ago = WordKey(lo: 0x6f_6761, hi: 0)  // "ago"
  static let decade = WordKey(lo: 0x6564_6163_6564, hi: 0)  // "decade"
  static let decades = WordKey(lo: 0x73_6564_6163_6564, hi: 0)  // "decades"
  static let past = WordKey(lo: 0x7473_6170, hi: 0)  // "past"
  static let `as` = WordKey(lo: 0x7361, hi: 0)  // "as"
  static let minus = WordKey(lo: 0x73_756e_696d, hi: 0)  // "minus"
  static let negative = WordKey(lo: 0x6576_6974_6167_656e, hi: 0)  // "negative"
  static let half = WordKey(lo: 0x666c_6168, hi: 0)  // "half"
  static let dozen = WordKey(lo: 0x6e_657a_6f64, hi: 0)  // "dozen"
  static let fold = WordKey(lo: 0x646c_6f66, hi: 0)  // "fold"
  static let more = WordKey(lo: 0x6572_6f6d, hi: 0)  // "more"
  static let less = WordKey(lo: 0x7373_656c, hi: 0)  // "less"
  static let fewer = WordKey(lo: 0x72_6577_6566, hi: 0)  // "fewer"
  static let above = WordKey(lo: 0x65_766f_6261, hi: 0)  // "above"
  static let below = WordKey(lo: 0x77_6f6c_6562, hi: 0)  // "below"
  static let under = WordKey(lo: 0x72_6564_6e75, hi: 0)  // "under"
  static let same = WordKey(lo: 0x656d_6173, hi: 0)  // "same"
  static let but = WordKey(lo: 0x74_7562, hi: 0)  // "but"
  static let many = WordKey(lo: 0x796e_616d, hi: 0)  // "many"
  static let much = WordKey(lo: 0x6863_756d, hi: 0)  // "much"
  static let than = WordKey(lo: 0x6e61_6874, hi: 0)  // "than"
  static let equal = WordKey(lo: 0x6c_6175_7165, hi: 0)  // "equal"
  static let st = WordKey(lo: 0x7473, hi: 0)  // "st"
  static let nd = WordKey(lo: 0x646e, hi: 0)  // "nd"
  static let rd = WordKey(lo: 0x6472, hi: 0)  // "rd"
  static let th = WordKey(lo: 0x6874, hi: 0)  // "th"
  static let were = WordKey(lo: 0x6572_6577, hi: 0)  // "were"
  static let was = WordKey(lo: 0x73_6177, hi: 0)  // "was"
  static let been = WordKey(lo: 0x6e65_6562, hi: 0)  // "been"
  static let century = WordKey(lo: 0x79_7275_746e_6563, hi: 0)  // "century"
  static let sept = WordKey(lo: 0x7470_6573, hi: 0)  // "sept"
  static let that = WordKey(lo: 0x7461_6874, hi: 0)  // "that"
}
