import FactCheckCore

/// A streaming writer for compact JSON, byte for byte what Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`: no spaces, keys in UTF-8 byte order (the caller
/// writes them in that order), `/` unescaped, control characters as `\b \t \n \f \r` or
/// `\u00xx`, and a `Double` as its `description` without a trailing `.0`.
///
/// `JSONEncoder` builds a tree of boxed values, sorts every object's keys and then serialises;
/// on an audit that was a fifth of the run. This appends straight to one byte buffer.
///
/// The buffer is the writer's own memory, not an array: appending to an array checks its
/// uniqueness and capacity through calls on every byte, and that was most of the writer's time.
/// The writer is therefore not copyable; `bytes` copies the output out.
struct AuditLineWriter: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  /// True right after `{` or `[`: the next key or element needs no comma.
  private var first = true

  init(capacity: Int = 4096) {
    self.capacity = Swift.max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The output so far.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  // MARK: - Bytes

  /// Makes room for `n` more bytes.
  @inline(__always)
  private mutating func reserve(_ n: Int) {
    if count + n > capacity { grow(n) }
  }

  @inline(never)
  private mutating func grow(_ n: Int) {
    let grown = Swift.max(capacity * 2, count + n)
    let new = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    new.initialize(from: base, count: count)
    base.deallocate()
    base = new
    capacity = grown
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  @inline(__always)
  private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let from = buffer.baseAddress, buffer.count > 0 else { return }
    reserve(buffer.count)
    (base + count).initialize(from: from, count: buffer.count)
    count += buffer.count
  }

  private mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// A fixed run of punctuation and keys (`,"range":{"end":`), written in place: inlined, the
  /// literal's length and bytes are constants, so it is a few word stores. Leaves `first` as it
  /// is: the caller writes runs only where it knows whether a comma is due.
  @inline(__always)
  mutating func raw(_ text: StaticString) {
    let n = text.utf8CodeUnitCount
    reserve(n)
    Self.copySmall(to: base + count, from: text.utf8Start, count: n)
    count &+= n
  }

  // MARK: - Structure

  mutating func openObject() {
    append(UInt8(ascii: "{"))
    first = true
  }

  mutating func closeObject() {
    append(UInt8(ascii: "}"))
    first = false
  }

  mutating func openArray() {
    append(UInt8(ascii: "["))
    first = true
  }

  mutating func closeArray() {
    append(UInt8(ascii: "]"))
    first = false
  }

  /// Before each array element.
  mutating func element() {
    if !first { append(UInt8(ascii: ",")) }
    first = false
  }

  /// `"key":`, with a comma before it unless it is the object's first. Keys are plain ASCII.
  /// Written in place after one `reserve`: a line has about 150 keys, and appending their
  /// parts one by one was 2% of an audit. The name goes over in words (`copySmall`): copied a
  /// byte at a time, the 220,000 keys of a 2,000-article audit took 31.7 M instructions.
  /// Inlined, so the name's length and bytes are constants: called, a key was 63 instructions.
  @inline(__always)
  mutating func key(_ name: StaticString) {
    let n = name.utf8CodeUnitCount
    reserve(n &+ 4)
    var at = count
    if !first {
      base[at] = UInt8(ascii: ",")
      at &+= 1
    }
    first = false
    base[at] = UInt8(ascii: "\"")
    Self.copySmall(to: base + (at &+ 1), from: name.utf8Start, count: n)
    base[at &+ 1 &+ n] = UInt8(ascii: "\"")
    base[at &+ 2 &+ n] = UInt8(ascii: ":")
    count = at &+ 3 &+ n
  }

  /// Copies `n` bytes with a few word loads and stores (the first and last words overlapping
  /// when `n` is not a multiple of the word), never reading or writing outside the `n` bytes.
  /// Names and short strings are a few bytes to a few dozen: a `memcpy` call or a byte loop
  /// cost more than the copy.
  @inline(__always)
  static func copySmall(to destination: UnsafeMutablePointer<UInt8>, from source: UnsafePointer<UInt8>,
                        count n: Int) {
    let to = UnsafeMutableRawPointer(destination)
    let from = UnsafeRawPointer(source)
    if n >= 8 {
      var i = 0
      while i &+ 8 < n {
        to.storeBytes(of: from.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
        i &+= 8
      }
      let last = n &- 8
      to.storeBytes(of: from.loadUnaligned(fromByteOffset: last, as: UInt64.self), toByteOffset: last, as: UInt64.self)
    } else if n >= 4 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: n &- 4, as: UInt32.self)
    } else {
      for i in 0..<n { destination[i] = source[i] }
    }
  }

  // MARK: - Values

  @inline(__always)
  mutating func string(_ value: String) {
    // Native strings are contiguous: read them in place, without the copy (a retain and a
    // release) that `withUTF8` needs for its `inout`.
    if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) != nil { return }
    var value = value
    value.withUTF8 { appendEscaped($0) }
  }

  /// UTF-8 bytes as a JSON string.
  mutating func utf8(_ bytes: UnsafeBufferPointer<UInt8>) {
    appendEscaped(bytes)
  }

  @inline(__always)
  mutating func bool(_ value: Bool) {
    append(value ? "true" : "false")
  }

  @inline(__always)
  mutating func int(_ value: Int) {
    if value < 0 {
      append(UInt8(ascii: "-"))
      appendDigits(value.magnitude)
    } else {
      appendDigits(UInt(value))
    }
  }

  mutating func double(_ value: Double) {
    // Whole numbers below 2^53 print as "123.0"; the encoder drops the ".0". -0.0 keeps its sign.
    if value.rounded(.towardZero) == value, value.magnitude < 1e15, !(value == 0 && value.sign == .minus) {
      int(Int(value))
      return
    }
    if shortDecimal(value) { return }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    text.withUTF8 { append($0) }
  }

  /// A date as `CalendarDate.description` writes it, as a JSON string: the usual four-digit
  /// year is written in place as `"YYYY-MM-DD"` without making the `String` (274 instructions
  /// a date, two dates a claim with evidence); any other goes through `description`.
  mutating func date(_ d: CalendarDate) {
    guard (0...9999).contains(d.year), (0...99).contains(d.month), (0...99).contains(d.day) else {
      return string(d.description)
    }
    reserve(12)
    let pairs = Self.digitPairs.utf8Start
    let at = count
    base[at] = UInt8(ascii: "\"")
    let century = (d.year / 100) &* 2
    let year = (d.year % 100) &* 2
    base[at &+ 1] = pairs[century]
    base[at &+ 2] = pairs[century &+ 1]
    base[at &+ 3] = pairs[year]
    base[at &+ 4] = pairs[year &+ 1]
    base[at &+ 5] = UInt8(ascii: "-")
    base[at &+ 6] = pairs[d.month &* 2]
    base[at &+ 7] = pairs[d.month &* 2 &+ 1]
    base[at &+ 8] = UInt8(ascii: "-")
    base[at &+ 9] = pairs[d.day &* 2]
    base[at &+ 10] = pairs[d.day &* 2 &+ 1]
    base[at &+ 11] = UInt8(ascii: "\"")
    count = at &+ 12
  }

  /// Writes `value` when it is a decimal with one to three places (11.5, 98.25, -0.125), as
  /// `description` writes it, and returns true; returns false, writing nothing, for any other.
  /// `description` (the shortest digits that read back as the same double) costs hundreds of
  /// instructions a number, and most of a claim's non-whole numbers are such decimals.
  ///
  /// `m / 10^k` is read back as `value` exactly when `Double(m) / 10^k == value`: both are
  /// exact doubles and one division rounds correctly. Trying k = 1, 2, 3 in turn finds the
  /// fewest places, so the fewest digits. Below 10^11 the scaled value is below 2^50, so the
  /// product rounds to the right integer and no other integer at k places reads back as
  /// `value`: the digits are the shortest and the only ones. A last digit 0 (which would mean
  /// a shorter form was missed) and magnitudes below 0.001 (near where `description` turns to
  /// an exponent) are left to it.
  private mutating func shortDecimal(_ value: Double) -> Bool {
    let magnitude = value.magnitude
    guard magnitude >= 0.001, magnitude < 1e11 else { return false }
    var scale = 10.0
    var places = 1
    while places <= 3 {
      let scaled = (magnitude * scale).rounded()
      if scaled / scale == magnitude {
        let m = UInt(scaled)
        guard m % 10 != 0 else { return false }
        if value < 0 { append(UInt8(ascii: "-")) }
        let unit = UInt(scale)
        appendDigits(m / unit)
        reserve(places &+ 1)
        base[count] = UInt8(ascii: ".")
        var fraction = m % unit
        var i = count &+ places
        while i > count {
          base[i] = UInt8(truncatingIfNeeded: fraction % 10) &+ UInt8(ascii: "0")
          fraction /= 10
          i &-= 1
        }
        count &+= places &+ 1
        return true
      }
      scale *= 10
      places &+= 1
    }
    return false
  }

  // MARK: - Keyed shorthands

  @inline(__always)
  mutating func field(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  @inline(__always)
  mutating func field(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    field(name, value)
  }

  @inline(__always)
  mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    int(value)
  }

  @inline(__always)
  mutating func field(_ name: StaticString, _ value: Double) {
    key(name)
    double(value)
  }

  @inline(__always)
  mutating func field(_ name: StaticString, _ value: Double?) {
    guard let value else { return }
    field(name, value)
  }

  @inline(__always)
  mutating func field(_ name: StaticString, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// An empty list (most evidence has no flags and no revisions, most claims no notes) is
  /// written here as `[]`; only a list with strings goes to `strings`. The list, read in place
  /// from a claim, was retained and released around that call for every claim.
  @inline(__always)
  mutating func field(_ name: StaticString, _ values: [String]) {
    key(name)
    if values.isEmpty {
      raw("[]")
      first = false
      return
    }
    strings(values)
  }

  /// The strings as a JSON array.
  @inline(never)
  mutating func strings(_ values: [String]) {
    openArray()
    for v in values {
      element()
      string(v)
    }
    closeArray()
  }

  @inline(__always)
  mutating func field(_ name: StaticString, _ values: [String]?) {
    guard let values else { return }
    field(name, values)
  }

  // MARK: - Private

  private static let hex = Array("0123456789abcdef".utf8)

  /// "00" to "99", two bytes for each number below 100.
  private static var digitPairs: StaticString {
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
  }

  /// Digits counted by comparing with powers of ten and written from the right two at a time
  /// (a division by 100 and two bytes from `digitPairs`), with unchecked arithmetic. A digit at
  /// a time was about 50 instructions a number (a range's offsets are 4 to 5 digits). One
  /// division loop to count them and one to write them, both overflow-checked, were 150.
  private mutating func appendDigits(_ value: UInt) {
    if value < 10 {
      append(UInt8(truncatingIfNeeded: value) &+ UInt8(ascii: "0"))
      return
    }
    var digits = 2
    var power: UInt = 100
    while digits < 20, value >= power {
      digits &+= 1
      power = power &* 10
    }
    reserve(digits)
    let pairs = Self.digitPairs.utf8Start
    var n = value
    var i = count &+ digits
    while n >= 100 {
      let (q, r) = n.quotientAndRemainder(dividingBy: 100)
      let at = Int(truncatingIfNeeded: r) &* 2
      i &-= 2
      base[i] = pairs[at]
      base[i &+ 1] = pairs[at &+ 1]
      n = q
    }
    if n >= 10 {
      let at = Int(truncatingIfNeeded: n) &* 2
      base[i &- 2] = pairs[at]
      base[i &- 1] = pairs[at &+ 1]
    } else {
      base[i &- 1] = UInt8(truncatingIfNeeded: n) &+ UInt8(ascii: "0")
    }
    count &+= digits
  }

  /// Whether any of the 8 bytes in `word` must be escaped: below 0x20, `"` or `\`. (The
  /// classic test for a zero byte, applied to the word and to it XORed with each quote.)
  @inline(__always)
  private static func needsEscape(_ word: UInt64) -> Bool { escapeBits(word) != 0 }

  /// The bits of `word` (one per byte, its high bit) for the bytes that must be escaped:
  /// below 0x20, `"` or `\`. Zero exactly when no byte must be (a borrow reaches a higher
  /// byte only from a lower byte that is itself flagged).
  @inline(__always)
  private static func escapeBits(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below = (word &- ones &* 0x20) & ~word
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
    return (below | zero) & highs
  }

  /// Most strings need no escape: each is copied whole, sixteen bytes at a time (the last
  /// block overlapping the one before) or, shorter, as two overlapping words, half words or
  /// (below 4 bytes) its first, middle and last byte, and tested as it passes; only one that
  /// needs an escape is written again byte by byte. Copying first and testing in a second pass
  /// was about 130 instructions a string (17.2 M for the 133,000 strings of a 2,000-article
  /// audit); the words' bit tests, about 80.
  private mutating func appendEscaped(_ s: UnsafeBufferPointer<UInt8>) {
    let n = s.count
    reserve(n &+ 2)
    let start = count
    base[start] = UInt8(ascii: "\"")
    // Every string is tested as sixteen-byte vectors with SSE2 compares: a long one block by
    // block, a shorter one as one vector of its bytes (some twice). The vectors are spelled
    // with their type (see `SIMDMask.anyLane`).
    let controls = SIMD16<UInt8>(repeating: 0x20)
    let quote = SIMD16<UInt8>(repeating: 0x22)
    let backslash = SIMD16<UInt8>(repeating: 0x5C)
    func marks(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
      let special: SIMDMask<SIMD16<Int8>> = (v .== quote) .| (v .== backslash)
      return special .| (v .< controls)
    }
    /// A vector of the bytes of `word`, twice.
    func twice(_ word: UInt64) -> SIMD16<UInt8> { unsafeBitCast(SIMD2(word, word), to: SIMD16<UInt8>.self) }
    var flagged = SIMDMask<SIMD16<Int8>>()
    if let source = s.baseAddress, n > 0 {
      let from = UnsafeRawPointer(source)
      let to = UnsafeMutableRawPointer(base + (start &+ 1))
      if n >= 16 {
        // Block by block, the last overlapping the one before.
        var i = 0
        while i &+ 16 < n {
          let v = from.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
          to.storeBytes(of: v, toByteOffset: i, as: SIMD16<UInt8>.self)
          flagged = flagged .| marks(v)
          i &+= 16
        }
        let v = from.loadUnaligned(fromByteOffset: n &- 16, as: SIMD16<UInt8>.self)
        to.storeBytes(of: v, toByteOffset: n &- 16, as: SIMD16<UInt8>.self)
        flagged = flagged .| marks(v)
      } else if n >= 8 {
        // Two words, overlapping when fewer than sixteen bytes.
        let head = from.loadUnaligned(as: UInt64.self)
        let tail = from.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        to.storeBytes(of: head, as: UInt64.self)
        to.storeBytes(of: tail, toByteOffset: n &- 8, as: UInt64.self)
        flagged = marks(unsafeBitCast(SIMD2(head, tail), to: SIMD16<UInt8>.self))
      } else if n >= 4 {
        let head = from.loadUnaligned(as: UInt32.self)
        let tail = from.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
        to.storeBytes(of: head, as: UInt32.self)
        to.storeBytes(of: tail, toByteOffset: n &- 4, as: UInt32.self)
        flagged = marks(twice(UInt64(head) | UInt64(tail) &<< 32))
      } else {
        // 1 to 3 bytes: the first, middle and last cover them all.
        let a = source[0]
        let b = source[n &>> 1]
        let c = source[n &- 1]
        to.storeBytes(of: a, as: UInt8.self)
        to.storeBytes(of: b, toByteOffset: n &>> 1, as: UInt8.self)
        to.storeBytes(of: c, toByteOffset: n &- 1, as: UInt8.self)
        let half = UInt64(a) | UInt64(b) &<< 8 | UInt64(c) &<< 16 | UInt64(c) &<< 24
        flagged = marks(twice(half | half &<< 32))
      }
    }
    if !flagged.anyLane {
      base[start &+ 1 &+ n] = UInt8(ascii: "\"")
      count = start &+ 2 &+ n
      return
    }
    appendEscapedSlowly(s)
  }

  @inline(never)
  private mutating func appendEscapedSlowly(_ s: UnsafeBufferPointer<UInt8>) {
    reserve(s.count + 2)
    append(UInt8(ascii: "\""))
    // Most strings need no escape: skip them eight bytes at a time.
    var clean = 0
    if let start = UnsafeRawPointer(s.baseAddress) {
      while clean + 8 <= s.count,
        !Self.needsEscape(start.loadUnaligned(fromByteOffset: clean, as: UInt64.self))
      {
        clean += 8
      }
    }
    var runStart = 0
    for i in clean..<s.count {
      let b = s[i]
      guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
      if runStart < i { append(UnsafeBufferPointer(rebasing: s[runStart..<i])) }
      runStart = i + 1
      append(UInt8(ascii: "\\"))
      switch b {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(b)
      case 0x08: append(UInt8(ascii: "b"))
      case 0x09: append(UInt8(ascii: "t"))
      case 0x0A: append(UInt8(ascii: "n"))
      case 0x0C: append(UInt8(ascii: "f"))
      case 0x0D: append(UInt8(ascii: "r"))
      default:
        append("u00")
        append(Self.hex[Int(b >> 4)])
        append(Self.hex[Int(b & 0xF)])
      }
    }
    if runStart < s.count { append(UnsafeBufferPointer(rebasing: s[runStart...])) }
    append(UInt8(ascii: "\""))
  }
}
