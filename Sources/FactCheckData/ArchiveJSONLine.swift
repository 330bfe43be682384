import FactCheckCore

/// A strict JSON reader for the fields of an archive's JSON line, without `JSONDecoder`.
///
/// Decoding each line through `JSONDecoder` and `Codable` was 1.5% of an audit, more than the
/// scan itself. This reader parses the whole line as RFC 8259 JSON (every value, nested ones
/// included, is checked) and fills in the fields of `ArchiveArticle.JSONLine` directly. It is
/// deliberately stricter than `JSONDecoder`: whenever it is unsure what `JSONDecoder` would
/// make of a line (any syntax it does not accept, a field of another type, an `id` number
/// other than a plain integer, a lone surrogate, a repeated key, deep nesting) it returns nil
/// and the caller decodes with `JSONDecoder`, so the result and any error stay exactly as
/// before.
enum ArchiveJSONLine {
  /// The line's fields, or nil when `JSONDecoder` must decide.
  static func parse(_ bytes: [UInt8]) -> ArchiveArticle.JSONLine? {
    bytes.withUnsafeBufferPointer { buffer in
      var parser = Parser(bytes: buffer)
      return parser.line()
    }
  }

  /// Whether any byte of `word` is `"`, `\` or below 0x20. Exact: the usual tests for a zero
  /// byte and for a byte below n can only go wrong in a byte above one that truly matches.
  static func holdsSpecial(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let zeroQuote = (quote &- ones) & ~quote
    let zeroBackslash = (backslash &- ones) & ~backslash
    let control = (word &- ones &* 0x20) & ~word
    return (zeroQuote | zeroBackslash | control) & highs != 0
  }

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var depth = 0
    /// Far below `JSONDecoder`'s own nesting limit: deeper lines are left to it.
    static let maxDepth = 32

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var current: UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func line() -> ArchiveArticle.JSONLine? {
      skipSpace()
      guard take(0x7B) else { return nil }  // {
      var line = ArchiveArticle.JSONLine()
      var keys = Keys()
      skipSpace()
      if !take(0x7D) {  // }
        repeat {
          skipSpace()
          guard let key = string() else { return nil }
          let field = key.withBytes(in: bytes) { k in Self.fieldNames.firstIndex { $0.elementsEqual(k) } }
          guard keys.insert(key, field: field, in: bytes) else { return nil }
          skipSpace()
          guard take(0x3A) else { return nil }  // :
          skipSpace()
          guard self.field(field, into: &line) else { return nil }
          skipSpace()
        } while take(0x2C)  // ,
        guard take(0x7D) else { return nil }
      }
      skipSpace()
      return i == bytes.count ? line : nil
    }

    /// Reads the value of one member: a field of the line (`fieldNames[field]`), or any other
    /// value (checked, dropped).
    mutating func field(_ field: Int?, into line: inout ArchiveArticle.JSONLine) -> Bool {
      guard let field else { return skipValue() }
      if field == 4 || field == 5 {
        // The text and the page are read as bytes: made Strings only to be taken apart again,
        // they showed.
        var value: [UInt8]?
        if !literal("null") {
          guard let token = string() else { return false }
          value = token.decoded ?? Array(bytes[token.range])
        }
        if field == 4 { line.text = value } else { line.html = value }
        return true
      }
      let value: String?
      if field == 0, current == 0x2D || current.map(Self.isDigit) == true {
        // Ids are often numbers in exports.
        guard let n = integer() else { return false }
        value = String(n)
      } else if literal("null") {
        value = nil
      } else {
        guard let token = string() else { return false }
        value = token.withBytes(in: bytes) { String(decoding: $0, as: UTF8.self) }
      }
      switch field {
      case 0: line.id = value
      case 1: line.url = value
      case 2: line.published = value
      case 3: line.title = value
      default: line.area = value
      }
      return true
    }

    /// The keys of `JSONLine`'s fields, in the order `field(_:into:)` sets them.
    static let fieldNames: [[UInt8]] = ["id", "url", "published", "title", "text", "html", "area"].map {
      Array($0.utf8)
    }

    /// The keys of an object so far, to refuse one given twice: the fields' as bits, others
    /// (rare) in a set.
    struct Keys {
      var fields = 0
      var others: Set<[UInt8]> = []

      /// Whether `key` (`fieldNames[field]`, when it is one) is new.
      mutating func insert(_ key: Token, field: Int?, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let field else { return others.insert(key.withBytes(in: line) { Array($0) }).inserted }
        defer { fields |= 1 << field }
        return fields & (1 << field) == 0
      }
    }

    mutating func skipSpace() {
      while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1 }
    }

    mutating func take(_ byte: UInt8) -> Bool {
      guard current == byte else { return false }
      i += 1
      return true
    }

    mutating func literal(_ word: StaticString) -> Bool {
      let n = word.utf8CodeUnitCount
      guard i + n <= bytes.count else { return false }
      for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
      i += n
      return true
    }

    mutating func skipValue() -> Bool {
      switch current {
      case 0x22: return string() != nil
      case 0x7B, 0x5B:  // { [
        let close: UInt8 = current == 0x7B ? 0x7D : 0x5D
        let isObject = close == 0x7D
        depth += 1
        guard depth <= Self.maxDepth else { return false }
        defer { depth -= 1 }
        i += 1
        skipSpace()
        if take(close) { return true }
        repeat {
          skipSpace()
          if isObject {
            guard string() != nil else { return false }
            skipSpace()
            guard take(0x3A) else { return false }
            skipSpace()
          }
          guard skipValue() else { return false }
          skipSpace()
        } while take(0x2C)
        return take(close)
      case 0x74: return literal("true")
      case 0x66: return literal("false")
      case 0x6E: return literal("null")
      case .some(let b) where b == 0x2D || Self.isDigit(b): return number()
      default: return false
      }
    }

    /// A number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    mutating func number() -> Bool {
      _ = take(0x2D)
      guard let first = current, Self.isDigit(first) else { return false }
      i += 1
      if first != 0x30 { skipDigits() }
      if take(0x2E) {
        guard digits() else { return false }
      }
      if current == 0x65 || current == 0x45 {
        i += 1
        if current == 0x2B || current == 0x2D { i += 1 }
        guard digits() else { return false }
      }
      return true
    }

    /// An `id` written as a plain integer that fits an Int, as `JSONDecoder` reads it; nil for
    /// any other number (a fraction, an exponent, `-0`, too many digits).
    mutating func integer() -> Int? {
      let start = i
      guard number() else { return nil }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
      guard text != "-0", !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else {
        return nil
      }
      return Int(text)
    }

    mutating func digits() -> Bool {
      guard let b = current, Self.isDigit(b) else { return false }
      skipDigits()
      return true
    }

    mutating func skipDigits() {
      while let b = current, Self.isDigit(b) { i += 1 }
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A string read from the line: where its content lies, and, when it has escapes, its
    /// UTF-8 with them decoded.
    struct Token {
      var range: Range<Int>
      var decoded: [UInt8]?

      func withBytes<R>(in line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let decoded { return decoded.withUnsafeBufferPointer(body) }
        return body(UnsafeBufferPointer(rebasing: line[range]))
      }
    }

    /// A string; nil when it is not a valid JSON string, or holds an escaped surrogate that is
    /// not half of a pair. Without escapes (most strings) nothing is copied.
    mutating func string() -> Token? {
      guard take(0x22) else { return nil }
      let start = i
      skipPlain()
      guard let b = current else { return nil }
      if b == 0x22 {
        i += 1
        return Token(range: start..<(i - 1))
      }
      var out = Array(bytes[start..<i])
      while let b = current {
        switch b {
        case 0x22:
          i += 1
          return Token(range: start..<(i - 1), decoded: out)
        case 0x5C:
          i += 1
          guard escape(into: &out) else { return nil }
        case 0..<0x20:
          return nil
        default:
          let run = i
          skipPlain()
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
        }
      }
      return nil
    }

    /// Moves past bytes a string holds as they are: all but `"`, `\` and control characters.
    /// (The line was checked as UTF-8 before, so other bytes need no look.) Eight bytes are
    /// tested at a time; byte by byte this loop was half of reading a line.
    mutating func skipPlain() {
      let n = bytes.count
      if let base = bytes.baseAddress {
        // Sixteen bytes at a time first, with SSE2 compares (the vectors spelled with their
        // type: see `SIMDMask.anyLane`): a third of the instructions of two words' tests.
        // Sound: the sixteen bytes loaded lie inside the buffer (i + 16 <= n).
        let controls = SIMD16<UInt8>(repeating: 0x20)
        let quote = SIMD16<UInt8>(repeating: 0x22)
        let backslash = SIMD16<UInt8>(repeating: 0x5C)
        while i + 16 <= n {
          let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
          let marks: SIMDMask<SIMD16<Int8>> = (v .== quote) .| (v .== backslash)
          if (marks .| (v .< controls)).anyLane { break }
          i += 16
        }
        // Sound: the eight bytes loaded lie inside the buffer (i + 8 <= n).
        while i + 8 <= n, !ArchiveJSONLine.holdsSpecial(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
          i += 8
        }
      }
      while i < n, case let b = bytes[i], b != 0x22 && b != 0x5C && b >= 0x20 { i += 1 }
    }

    /// After a backslash: one escape, appended as UTF-8.
    mutating func escape(into out: inout [UInt8]) -> Bool {
      guard let b = current else { return false }
      i += 1
      switch b {
      case 0x22, 0x5C, 0x2F: out.append(b)
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        guard let unit = hex4() else { return false }
        var scalar = UInt32(unit)
        if (0xD800...0xDBFF).contains(unit) {
          guard take(0x5C), take(0x75), let low = hex4(), (0xDC00...0xDFFF).contains(low) else {
            return false
          }
          scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(unit) {
          return false
        }
        guard let s = Unicode.Scalar(scalar) else { return false }
        UTF8.encode(s) { out.append($0) }
      default:
        return false
      }
      return true
    }

    mutating func hex4() -> UInt16? {
      guard i + 4 <= bytes.count else { return nil }
      var n: UInt16 = 0
      for _ in 0..<4 {
        let b = bytes[i]
        let v: UInt8
        switch b {
        case 0x30...0x39: v = b - 0x30
        case 0x41...0x46: v = b - 0x41 + 10
        case 0x61...0x66: v = b - 0x61 + 10
        default: return nil
        }
        n = n << 4 | UInt16(v)
        i += 1
      }
      return n
    }
  }
}
