/// A streaming writer for compact JSON, byte for byte what Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`: no spaces, keys in UTF-8 byte order (the caller
/// writes them in that order), `/` unescaped, control characters as `\b \t \n \f \r` or
/// `\u00xx`, and a `Double` as its `description` without a trailing `.0`.
///
/// `JSONEncoder` builds a tree of boxed values, sorts every object's keys and then serialises;
/// on an audit that was a fifth of the run. This appends straight to one byte buffer.
struct AuditLineWriter {
  var bytes: [UInt8] = []
  /// True right after `{` or `[`: the next key or element needs no comma.
  private var first = true

  init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

  // MARK: - Structure

  mutating func openObject() {
    bytes.append(UInt8(ascii: "{"))
    first = true
  }

  mutating func closeObject() {
    bytes.append(UInt8(ascii: "}"))
    first = false
  }

  mutating func openArray() {
    bytes.append(UInt8(ascii: "["))
    first = true
  }

  mutating func closeArray() {
    bytes.append(UInt8(ascii: "]"))
    first = false
  }

  /// Before each array element.
  mutating func element() {
    if !first { bytes.append(UInt8(ascii: ",")) }
    first = false
  }

  /// `"key":`, with a comma before it unless it is the object's first. Keys are plain ASCII.
  mutating func key(_ name: StaticString) {
    element()
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  // MARK: - Values

  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { appendEscaped($0) }
  }

  mutating func bool(_ value: Bool) {
    bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
  }

  mutating func int(_ value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
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
    text.withUTF8 { bytes.append(contentsOf: $0) }
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

  private static let trueBytes = Array("true".utf8)
  private static let falseBytes = Array("false".utf8)
  private static let hex = Array("0123456789abcdef".utf8)

  private mutating func appendDigits(_ value: UInt) {
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
    var n = value
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        count += 1
        buffer[24 - count] = UInt8(ascii: "0") + UInt8(n % 10)
        n /= 10
      } while n > 0
      bytes.append(contentsOf: buffer[(24 - count)...])
    }
  }

  private mutating func appendEscaped(_ s: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    var runStart = 0
    for i in 0..<s.count {
      let b = s[i]
      guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
      if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart..<i])) }
      runStart = i + 1
      bytes.append(UInt8(ascii: "\\"))
      switch b {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
      case 0x08: bytes.append(UInt8(ascii: "b"))
      case 0x09: bytes.append(UInt8(ascii: "t"))
      case 0x0A: bytes.append(UInt8(ascii: "n"))
      case 0x0C: bytes.append(UInt8(ascii: "f"))
      case 0x0D: bytes.append(UInt8(ascii: "r"))
      default:
        bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]])
      }
    }
    if runStart < s.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[runStart...])) }
    bytes.append(UInt8(ascii: "\""))
  }
}
