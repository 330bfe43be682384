/// The compiled rules' vocabulary as an open-addressing table over UTF-8 bytes.
///
/// Every word of every sentence is looked up here. A `[String: Int32]` hashed each word with
/// SipHash (seeded, finalised) and compared Strings: about 400 instructions a word, 2.4% of an
/// audit. This table hashes the bytes with FNV-1a and compares them with the stored spelling.
/// Its words come from the rules and the gazetteer, never from input, so flooding is not a
/// concern.
struct WordTable: Sendable {
  private var slots: [Int32]
  private var hashes: [UInt64]
  private var starts: [Int]
  private var bytes: [UInt8] = []
  private let mask: Int
  /// The vocabulary itself, for words given as Strings (non-ASCII ones): String equality is
  /// canonical, so "Zürich" written with a combining diaeresis finds the precomposed one,
  /// which a byte compare would not.
  private let strings: [String: Int32]

  init(_ vocabulary: [String: Int32]) {
    strings = vocabulary
    var size = 16
    while size < vocabulary.count * 2 { size *= 2 }
    mask = size - 1
    slots = [Int32](repeating: Vocabulary.unknown, count: size)
    hashes = [UInt64](repeating: 0, count: size)
    starts = [Int](repeating: 0, count: size + 1)
    // Words are placed in id order so the table is the same on every run.
    var entries: [(id: Int32, word: [UInt8])] = vocabulary.map { ($0.value, Array($0.key.utf8)) }
    entries.sort { $0.id < $1.id }
    var spellings = [[UInt8]](repeating: [], count: size)
    for (id, word) in entries {
      let h = Self.hash(word)
      var i = Int(truncatingIfNeeded: h) & mask
      while slots[i] != Vocabulary.unknown { i = (i + 1) & mask }
      slots[i] = id
      hashes[i] = h
      spellings[i] = word
    }
    for i in 0..<size {
      starts[i] = bytes.count
      bytes += spellings[i]
    }
    starts[size] = bytes.count
  }

  /// The id of `word`, or `Vocabulary.unknown`, by String equality (see `strings`).
  func id(of word: String) -> Int32 {
    strings[word] ?? Vocabulary.unknown
  }

  /// The id of an ASCII word's bytes (a byte compare is String equality for ASCII).
  func id(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
    id(of: word, hash: Self.hash(word))
  }

  /// The id of an ASCII word's bytes whose `hash` the caller worked out (with `seed`, `step`
  /// and `finish`, while reading the bytes for something else).
  func id(of word: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 {
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let id = slots[i]
      if id == Vocabulary.unknown { return id }
      if hashes[i] == h, starts[i + 1] - starts[i] == word.count, spelled(i, as: word) { return id }
      i = (i + 1) & mask
    }
  }

  /// True when slot `i` holds exactly `word` (same length already checked).
  private func spelled(_ i: Int, as word: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      var j = starts[i]
      for c in word {
        if b[j] != c { return false }
        j += 1
      }
      return true
    }
  }

  static func hash(_ word: some Sequence<UInt8>) -> UInt64 {
    var h = seed
    for b in word { h = step(h, b) }
    return finish(h)
  }

  /// FNV-1a, in three parts so a caller can hash bytes as it reads them.
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }

  /// Folds the high bits in: the slot index uses only the low ones.
  @inline(__always)
  static func finish(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }
}
