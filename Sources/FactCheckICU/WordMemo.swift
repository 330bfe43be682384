import FactCheckCore

/// The tokens of the chunks of text ICU has already word-broken, kept for one break iterator
/// (so for one thread at a time) and replayed when the same chunk comes again.
///
/// A chunk is a run of spaces (U+0020) and what follows them up to the next cut, as
/// `ICUSegmenter.quickTokens` cuts a span: before each space that follows an ASCII character
/// other than a space. ICU's word rules always break there (UAX #29: nothing joins a character
/// to a following space but another space, WB3d, and the other spaces it joins, such as
/// U+3000, are outside ASCII), and none of the rules that look past a neighbour (WB6, WB7,
/// WB11, WB12) can see through a space, so ICU breaks a chunk the same alone as inside any
/// sentence, at its start or end included. News copy repeats its chunks (" the",
/// " offenders,", " 2019-20."), so after a few articles most are replayed, and ICU breaks
/// only the chunks it has not seen. Tests compare the tokens made this way with ICU's on
/// whole spans, on random text (spaces before combining marks and other scripts included)
/// and on every line of Corpus/.
///
/// What is kept is the chunk's tokens as `quickTokens` made them from ICU's segments (kinds
/// and parsed number values, ranges from the chunk's start): they depend only on the chunk's
/// bytes, and replaying them skips the per-segment decisions and the number look-ups too.
///
/// Bounded (about 1.8 MB, most of it the 16-byte kept tokens): chunks of at most `longestKey` bytes are kept, at most `capacity`
/// of them, `capacity * 16` bytes and `capacity * 4` tokens of them; when full the memo starts
/// again empty.
final class WordMemo {
  static let longestKey = 48
  static let capacity = 16_384
  private static let keyRoom = capacity * 16
  private static let tokenRoom = capacity * 4

  /// Open addressing, linear probing: an entry's index, or -1 for an empty slot. It starts
  /// small and doubles when half full, up to two slots an entry: spread over the table's full
  /// size, the few thousand chunks of an audit missed the cache at every look-up (a fifth of
  /// the replay's time, in perf's samples).
  private var table: UnsafeMutablePointer<Int32>
  private var mask: Int
  private static let firstSlots = 1024
  private let entries: UnsafeMutablePointer<Entry>
  private var count = 0
  /// The chunks' bytes, one after another.
  private let keys: UnsafeMutablePointer<UInt8>
  private var keysUsed = 0
  /// The tokens of each chunk, one chunk after another.
  private let tokens: UnsafeMutablePointer<KeptToken>
  private var tokensUsed = 0

  /// A token with its range counted from its chunk's start.
  private struct KeptToken {
    var number: Double
    var start: UInt8
    var end: UInt8
    var kind: Token.Kind
    var hasNumber: Bool
  }

  private struct Entry {
    var hash: UInt64
    var key: Int32
    var keyLength: Int32
    var tokens: Int32
    var tokenCount: Int32
  }

  init() {
    table = .allocate(capacity: Self.firstSlots)
    table.initialize(repeating: -1, count: Self.firstSlots)
    mask = Self.firstSlots - 1
    entries = .allocate(capacity: Self.capacity)
    keys = .allocate(capacity: Self.keyRoom)
    tokens = .allocate(capacity: Self.tokenRoom)
  }

  deinit {
    table.deallocate()
    entries.deallocate()
    keys.deallocate()
    tokens.deallocate()
  }

  /// The end of the chunk that starts at `from` (its spaces, then up to the next space that
  /// follows an ASCII character other than a space, or `to`) and FNV-1a of its bytes, in one
  /// pass.
  @inline(__always)
  static func chunk(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> (end: Int, hash: UInt64) {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var i = from
    while i < to && b[i] == 0x20 {
      h = (h ^ 0x20) &* 0x0000_0100_0000_01B3
      i &+= 1
    }
    while i < to {
      let c = b[i]
      // `i > from` here: the loop above took any space at `from`.
      if c == 0x20 && b[i &- 1] < 0x80 && b[i &- 1] != 0x20 { break }
      h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
      i &+= 1
    }
    return (i, h)
  }

  /// The index and count of the kept tokens of `b[from..<to]`, or nil if the chunk was not
  /// kept.
  @inline(__always)
  func find(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, hash: UInt64) -> (start: Int, count: Int)? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    let length = to &- from
    while true {
      let index = Int(table[slot])
      if index < 0 { return nil }
      let entry = entries[index]
      if entry.hash == hash && Int(entry.keyLength) == length && same(keys + Int(entry.key), b, from, length) {
        return (Int(entry.tokens), Int(entry.tokenCount))
      }
      slot = (slot &+ 1) & mask
    }
  }

  /// True if `length` bytes at `key` equal `b[from...]`: eight at a time while eight are
  /// left (a call to memcmp cost more than the comparison for these short chunks).
  @inline(__always)
  private func same(_ key: UnsafeMutablePointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ length: Int) -> Bool {
    let text = UnsafeRawPointer(b.baseAddress! + from)
    let kept = UnsafeRawPointer(key)
    var i = 0
    while i &+ 8 <= length {
      if text.loadUnaligned(fromByteOffset: i, as: UInt64.self) != kept.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
        return false
      }
      i &+= 8
    }
    while i < length {
      if text.load(fromByteOffset: i, as: UInt8.self) != kept.load(fromByteOffset: i, as: UInt8.self) { return false }
      i &+= 1
    }
    return true
  }

  /// Kept token `i`, its range moved to a chunk starting at `offset`.
  @inline(__always) func token(_ i: Int, at offset: Int) -> Token {
    let kept = tokens[i]
    return Token(
      range: SourceRange(start: offset &+ Int(kept.start), end: offset &+ Int(kept.end)), kind: kept.kind,
      number: kept.hasNumber ? kept.number : nil)
  }

  /// Keeps `made`, the tokens of `b[from..<to]` (which `find` did not hold), in order and
  /// covering it.
  func insert(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, hash: UInt64, tokens made: UnsafeBufferPointer<Token>) {
    let length = to &- from
    guard length <= Self.longestKey, made.count <= length else { return }
    if count == Self.capacity || keysUsed &+ length > Self.keyRoom || tokensUsed &+ made.count > Self.tokenRoom {
      clear()
    }
    (keys + keysUsed).update(from: b.baseAddress! + from, count: length)
    for (k, token) in made.enumerated() {
      tokens[tokensUsed &+ k] = KeptToken(
        number: token.number ?? 0, start: UInt8(truncatingIfNeeded: token.range.start &- from),
        end: UInt8(truncatingIfNeeded: token.range.end &- from), kind: token.kind, hasNumber: token.number != nil)
    }
    entries[count] = Entry(
      hash: hash, key: Int32(keysUsed), keyLength: Int32(length), tokens: Int32(tokensUsed),
      tokenCount: Int32(made.count))
    count += 1
    if count * 2 > mask + 1 {
      grow()
    } else {
      place(count - 1)
    }
    keysUsed += length
    tokensUsed += made.count
  }

  /// Puts entry `index` in the table.
  private func place(_ index: Int) {
    var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
    while table[slot] >= 0 { slot = (slot &+ 1) & mask }
    table[slot] = Int32(index)
  }

  /// Doubles the table and places every entry again.
  private func grow() {
    let slots = (mask + 1) * 2
    table.deallocate()
    table = .allocate(capacity: slots)
    table.initialize(repeating: -1, count: slots)
    mask = slots - 1
    for index in 0..<count { place(index) }
  }

  private func clear() {
    table.update(repeating: -1, count: mask + 1)
    count = 0
    keysUsed = 0
    tokensUsed = 0
  }
}
