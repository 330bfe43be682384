import CICU
import FactCheckCore
import Foundation

/// Turns ICU word segments that hold digits into `Token`s with values parsed by ICU's decimal
/// parser (en_GB: "," groups thousands, "." is the decimal point).
///
/// - A number segment with malformed grouping ("1,2,3") is split at its commas.
/// - A letter segment that starts with digits ("42nd", "7pc", "64.3k", "6.7per") is split into
///   a number token and a word token; one that starts with letters ("M25") stays a word.
final class ICUDigitParser: @unchecked Sendable {
  /// ICU's en_GB decimal format; used under `lock` only.
  private let format: OpaquePointer
  /// Values already parsed, by their text packed into a word (texts of up to 8 bytes). News
  /// repeats its numbers (years above all), and one ICU parse costs about 4,000 instructions:
  /// 1.6% of an audit before this memo.
  /// Read and written under `lock` only, so the run-time exclusivity check (a
  /// `swift_beginAccess` call on every parse, 1.3 M instructions of a 2,000-article audit) is
  /// left out: the lock already keeps accesses from overlapping.
  @exclusivity(unchecked) private var memo = ParseMemo()
  // An NSLock (a pthread mutex) rather than Synchronization's Mutex: ThreadSanitizer sees
  // through pthread locks but not through the standard library's uninstrumented atomics, and
  // reported the memo's accesses as races.
  private let lock = NSLock()

  init() throws(ICUError) {
    var status: FCUErrorCode = 0
    guard let f = fc_unum_open(Int32(FCUNUM_DECIMAL), nil, 0, "en_GB", nil, &status), status <= 0
    else { throw ICUError(function: "unum_open", status: status) }
    format = f
  }

  deinit {
    fc_unum_close(format)
  }

  func numberTokens(_ range: SourceRange, in bytes: [UInt8]) -> [Token] {
    if let gap = innerGroupSpace(range, bytes) {
      // ICU keeps "2\u{202F}305" together (U+202F is ExtendNumLet); split at the space so the
      // recogniser joins the groups like any other digit-group space.
      return numberTokens(SourceRange(start: range.start, end: gap.start), in: bytes)
        + [Token(range: gap, kind: .space)]
        + numberTokens(SourceRange(start: gap.end, end: range.end), in: bytes)
    }
    let digitsEnd = leadingNumberEnd(bytes, range)
    var tokens: [Token] = []
    if digitsEnd == range.end || digitsEnd > range.start {
      tokens += numberParts(SourceRange(start: range.start, end: digitsEnd), bytes)
    }
    if digitsEnd < range.end {
      tokens.append(Token(range: SourceRange(start: digitsEnd, end: range.end), kind: .word))
    }
    return tokens
  }

  /// The one number token a segment of only digits, well-grouped commas and at most one point
  /// makes ("1,596", "62.5", "2019"), or nil for anything `numberTokens` must split.
  func singleNumberToken(_ r: SourceRange, in b: [UInt8]) -> Token? {
    guard b.withUnsafeBufferPointer({ Self.isSingleNumber(r, $0) }) else { return nil }
    return Token(range: r, kind: .number, number: parse(b, r))
  }

  /// `singleNumberToken(_:in:)`, its value looked up first in `local`, a memo only the caller's
  /// thread uses (kept with its word iterator): a value found there is read without taking the
  /// lock (the lock and the shared memo's look-up were 3 M instructions of a 2,000-article
  /// audit, for 15,600 number segments of which 94% repeat). A text missing there is parsed as
  /// before, through the shared memo, and remembered in `local` too.
  ///
  /// Kept out of line: inlined, its registers crowded the segmenter's loop over every segment.
  @inline(never)
  func singleNumberToken(_ r: SourceRange, in b: [UInt8], local: inout ParseMemo) -> Token? {
    let key = b.withUnsafeBufferPointer { u -> UInt64? in
      // The eight-byte load stays in the buffer: `0 <= r.start`, `r.start + 8 <= u.count`.
      guard r.length > 0, r.length <= 8, r.start >= 0, r.start &+ 8 <= u.count else {
        return Self.isSingleNumber(r, u) ? nil : 0
      }
      let word = UnsafeRawPointer(u.baseAddress!).loadUnaligned(fromByteOffset: r.start, as: UInt64.self)
      // Little-endian, as `memoKey` packs: the text's bytes are the low `length` bytes.
      let mask: UInt64 = ~0 >> (64 &- 8 &* UInt64(r.length))
      let k = UInt64(littleEndian: word) & mask
      // Only digits, the most common number text ("2019", "15"), is one number without the
      // byte-by-byte reading: each byte is 0x3_ and stays so with 6 added (no carry crosses a
      // byte, as none exceeds 0x45).
      let high = 0xF0F0_F0F0_F0F0_F0F0 & mask
      let threes = 0x3030_3030_3030_3030 & mask
      if k & high == threes && (k &+ (0x0606_0606_0606_0606 & mask)) & high == threes { return k }
      return Self.isSingleNumber(r, u) ? k : 0
    }
    guard key != 0 else { return nil }
    guard let key else {
      // Longer than 8 bytes or at the end of the text: as without `local`.
      return singleNumberToken(r, in: b)
    }
    if let known = local.value(for: key) { return Token(range: r, kind: .number, number: known) }
    let value = parse(b, r)
    local.remember(value, for: key)
    return Token(range: r, kind: .number, number: value)
  }

  /// True when `b[r]` is only digits, well-grouped commas and at most one point, led and ended
  /// by a digit: one number token.
  private static func isSingleNumber(_ r: SourceRange, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    // Makes the unchecked reads below sound; callers pass ranges inside the text.
    guard r.start >= 0, r.end <= b.count else { return false }
    func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    guard r.length > 0, isDigit(b[r.start]), isDigit(b[r.end - 1]) else { return false }
    var point: Int? = nil
    var lastComma: Int? = nil
    var firstComma: Int? = nil
    for i in r.start..<r.end {
      switch b[i] {
      case 0x30...0x39: continue
      case 0x2E:
        if point != nil { return false }
        point = i
      case 0x2C:
        if point != nil { return false }
        if let last = lastComma, i - last != 4 { return false }
        if firstComma == nil { firstComma = i }
        lastComma = i
      default: return false
      }
    }
    if let first = firstComma {
      guard first - r.start <= 3, (point ?? r.end) - lastComma! == 4 else { return false }
    }
    return true
  }

  /// The memo key of `b[r]`: its bytes packed into a word, for texts of 1 to 8 bytes; nil
  /// otherwise.
  private static func memoKey(_ b: [UInt8], _ r: SourceRange) -> UInt64? {
    guard r.length > 0, r.length <= 8 else { return nil }
    var k: UInt64 = 0
    for i in 0..<r.length { k |= UInt64(b[r.start + i]) << (8 * UInt64(i)) }
    return k
  }

  func wordTokens(_ range: SourceRange, in bytes: [UInt8]) -> [Token] {
    guard isDigit(bytes[range.start]) else { return [Token(range: range, kind: .word)] }
    return numberTokens(range, in: bytes)
  }

  // MARK: - Private

  /// A no-break or thin space between digits inside one ICU segment.
  private func innerGroupSpace(_ r: SourceRange, _ b: [UInt8]) -> SourceRange? {
    var i = r.start + 1
    while i + 3 < r.end {
      if b[i] >= 0xC2, isDigit(b[i - 1]), let w = UTF8Space.width(b, at: i), i + w < r.end,
        isDigit(b[i + w]), UTF8Space.isDigitGroupSpace(b, SourceRange(start: i, end: i + w))
      {
        return SourceRange(start: i, end: i + w)
      }
      i += 1
    }
    return nil
  }

  /// The end of the leading run of digits, commas and points (without a trailing separator).
  private func leadingNumberEnd(_ b: [UInt8], _ r: SourceRange) -> Int {
    var i = r.start
    while i < r.end, isDigit(b[i]) || b[i] == 0x2C || b[i] == 0x2E { i += 1 }
    while i > r.start, !isDigit(b[i - 1]) { i -= 1 }
    return i
  }

  /// Number tokens for a run of digits and separators, split where grouping is malformed.
  private func numberParts(_ r: SourceRange, _ b: [UInt8]) -> [Token] {
    let text = Array(b[r.start..<r.end])
    if Self.wellGrouped(text) {
      return [Token(range: r, kind: .number, number: parse(text))]
    }
    var tokens: [Token] = []
    var partStart = r.start
    for i in r.start...r.end where i == r.end || b[i] == 0x2C {
      if i > partStart {
        let part = Array(b[partStart..<i])
        tokens.append(
          Token(range: SourceRange(start: partStart, end: i), kind: .number, number: parse(part)))
      }
      if i < r.end {
        tokens.append(Token(range: SourceRange(start: i, end: i + 1), kind: .punctuation))
      }
      partStart = i + 1
    }
    return tokens
  }

  /// "1,596" and "62,435.5" are well grouped; "1,2,3" and "12,34" are not; so is anything
  /// with more than one decimal point.
  static func wellGrouped(_ t: [UInt8]) -> Bool {
    let point = t.firstIndex(of: 0x2E)
    if let p = point, t[(p + 1)...].contains(where: { $0 == 0x2E || $0 == 0x2C }) { return false }
    let integer = t[..<(point ?? t.count)]
    guard integer.contains(0x2C) else { return true }
    let groups = integer.split(separator: 0x2C, omittingEmptySubsequences: false)
    guard let first = groups.first, (1...3).contains(first.count) else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 }
  }

  private func parse(_ ascii: [UInt8]) -> Double? {
    parse(ascii, SourceRange(start: 0, end: ascii.count))
  }

  /// ICU's value for the ASCII digits and separators `b[r]`, remembered for texts of up to 8
  /// bytes.
  private func parse(_ b: [UInt8], _ r: SourceRange) -> Double? {
    let key = Self.memoKey(b, r)
    lock.lock()
    defer { lock.unlock() }
    if let key, let known = memo.value(for: key) { return known }
    // The UTF-16 copy on the stack: an array for it was allocated and freed at every parse.
    let value = withUnsafeTemporaryAllocation(of: FCUChar.self, capacity: max(r.length, 1)) {
      utf16 -> Double? in
      for i in 0..<r.length { utf16[i] = FCUChar(b[r.start + i]) }
      var status: FCUErrorCode = 0
      var position: Int32 = 0
      let parsed = fc_unum_parseDouble(format, utf16.baseAddress, Int32(r.length), &position, &status)
      return status <= 0 && Int(position) == r.length ? parsed : nil
    }
    if let key { memo.remember(value, for: key) }
    return value
  }

  private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}

/// ICU's parses of short digit texts, by the text packed into a word: a direct-mapped table
/// of 4,096 slots, where a text takes its slot from the one before. (A dictionary, hashing
/// each key with SipHash, was half the cost of reading a number token.) The parser keeps one
/// under its lock; each word iterator's slot keeps one for its thread alone.
struct ParseMemo {
  private struct Slot {
    /// The packed text; 0 (no text packs to it) for an empty slot.
    var key: UInt64 = 0
    var value: Double?
  }

  private var slots = [Slot](repeating: Slot(), count: 1 << Self.bits)
  private static let bits = 12

  private static func index(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - UInt64(bits)))
  }

  /// The value remembered for `key`: nil when there is none, `.some(nil)` when ICU could not
  /// parse the text.
  init() {}

  func value(for key: UInt64) -> Double?? {
    let slot = slots[Self.index(key)]
    return slot.key == key ? .some(slot.value) : nil
  }

  mutating func remember(_ value: Double?, for key: UInt64) {
    slots[Self.index(key)] = Slot(key: key, value: value)
  }
}
