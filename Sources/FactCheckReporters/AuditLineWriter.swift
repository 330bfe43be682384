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
  /// parts one by one was 2% of an audit.
  mutating func key(_ name: StaticString) {
    let n = name.utf8CodeUnitCount
    reserve(n + 4)
    var at = count
    if !first {
      base[at] = UInt8(ascii: ",")
      at += 1
    }
    first = false
    base[at] = UInt8(ascii: "\"")
    for i in 0..<n { base[at + 1 + i] = name.utf8Start[i] }
    base[at + 1 + n] = UInt8(ascii: "\"")
    base[at + 2 + n] = UInt8(ascii: ":")
    count = at + 3 + n
  }

  // MARK: - Values

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

  mutating func bool(_ value: Bool) {
    append(value ? "true" : "false")
  }

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
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    text.withUTF8 { append($0) }
  }

  // MARK: - Keyed shorthands

  mutating func field(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  mutating func field(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    field(name, value)
  }

  mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    int(value)
  }

  mutating func field(_ name: StaticString, _ value: Double) {
    key(name)
    double(value)
  }

  mutating func field(_ name: StaticString, _ value: Double?) {
    guard let value else { return }
    field(name, value)
  }

  mutating func field(_ name: StaticString, _ value: Bool) {
    key(name)
    bool(value)
  }

  mutating func field(_ name: StaticString, _ values: [String]) {
    key(name)
    openArray()
    for v in values {
      element()
      string(v)
    }
    closeArray()
  }

  mutating func field(_ name: StaticString, _ values: [String]?) {
    guard let values else { return }
    field(name, values)
  }

  // MARK: - Private

  private static let hex = Array("0123456789abcdef".utf8)

  private mutating func appendDigits(_ value: UInt) {
    var digits = 1
    var rest = value / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    reserve(digits)
    var n = value
    for i in stride(from: count + digits - 1, through: count, by: -1) {
      base[i] = UInt8(ascii: "0") + UInt8(n % 10)
      n /= 10
    }
    count += digits
  }

  /// Whether any of the 8 bytes in `word` must be escaped: below 0x20, `"` or `\`. (The
  /// classic test for a zero byte, applied to the word and to it XORed with each quote.)
  @inline(__always)
  private static func needsEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below = (word &- ones &* 0x20) & ~word
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
    return (below | zero) & highs != 0
  }

  private mutating func appendEscaped(_ s: UnsafeBufferPointer<UInt8>) {
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
