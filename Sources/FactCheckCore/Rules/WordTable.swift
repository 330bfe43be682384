/// The compiled rules' vocabulary as an open-addressing table over UTF-8 bytes read eight at a
/// time.
///
/// Every word of every sentence is looked up here. A `[String: Int32]` hashed each word with
/// SipHash (seeded, finalised) and compared Strings: about 400 instructions a word, 2.4% of an
/// audit. Hashing byte by byte (FNV-1a) and comparing the spelling byte by byte still took
/// about 120 instructions a word; this table takes a word as 64-bit chunks (the first byte in
/// the low byte, zero past the end), hashes a chunk with one multiply and compares a chunk at
/// a time. A word of one chunk (most words) is placed by the high bits of its chunk times an
/// odd constant: the length need not be hashed, as the chunk differs for words of different
/// lengths unless they hold NUL bytes (and the length is compared). Its words come from the
/// rules and the gazetteer, never from input, so flooding is not a concern.
struct WordTable: Sendable {
  /// A word's first chunk, its length in bytes (-1 for an empty slot) and its id; words over
  /// eight bytes keep their further chunks in `more`, from index `rest`. `clause` marks the
  /// words that start a clause (`PhraseView.isClauseWord`), which the table holds whether or
  /// not a phrase uses them (with the id `Vocabulary.unknown` when none does): the short
  /// lookup answers both questions at once.
  private struct Slot {
    var head: UInt64
    var id: Int32
    var count: Int32
    var rest: Int32
    var clause: Bool
  }

  /// The clause words, as `PhraseView.isClauseWord(packed:count:)` spells them.
  private static let clauseWords = ["but", "while", "though", "whereas", "although"]

  private var slots: [Slot]
  private var more: [UInt64] = []
  private let mask: Int
  /// 64 less the bits of a slot index: a hash's top bits pick the slot.
  private let shift: UInt64
  /// The vocabulary itself, for words given as Strings (non-ASCII ones): String equality is
  /// canonical, so "Zürich" written with a combining diaeresis finds the precomposed one,
  /// which a byte compare would not.
  private let strings: [String: Int32]

  init(_ vocabulary: [String: Int32]) {
    strings = vocabulary
    var bits = 4
    // A load under a quarter: most words of a text are in no phrase, and a lookup of one
    // reads slots until an empty one (at under a half, 56,000 such words of 2,000 articles
    // read 52,000 further slots).
    while 1 << bits < (vocabulary.count + Self.clauseWords.count) * 4 { bits += 1 }
    let size = 1 << bits
    mask = size - 1
    shift = UInt64(64 - bits)
    slots = [Slot](repeating: Slot(head: 0, id: Vocabulary.unknown, count: -1, rest: 0, clause: false), count: size)
    // Words are placed in id order so the table is the same on every run, then the clause
    // words no phrase uses.
    var entries: [(id: Int32, word: [UInt8])] = vocabulary.map { ($0.value, Array($0.key.utf8)) }
    entries.sort { $0.id < $1.id }
    entries += Self.clauseWords.filter { vocabulary[$0] == nil }.map { (Vocabulary.unknown, Array($0.utf8)) }
    for (id, word) in entries {
      let chunks = Self.chunks(of: word)
      var i = slot(Self.hash(chunks))
      while slots[i].count >= 0 { i = (i + 1) & mask }
      slots[i] = Slot(head: chunks[0], id: id, count: Int32(word.count), rest: Int32(more.count),
                      clause: Self.clauseWords.contains(String(decoding: word, as: UTF8.self)))
      more += chunks.dropFirst()
    }
  }

  /// The id of `word`, or `Vocabulary.unknown`, by String equality (see `strings`).
  func id(of word: String) -> Int32 {
    strings[word] ?? Vocabulary.unknown
  }

  /// The id of an ASCII word's bytes (a byte compare is String equality for ASCII).
  func id(ascii word: UnsafeBufferPointer<UInt8>) -> Int32 {
    let chunks = Self.chunks(of: word)
    return chunks.withUnsafeBufferPointer { id(chunks: $0, count: word.count) }
  }

  /// The id of an ASCII word of `count` bytes, at most eight, packed in `head` (the first byte
  /// in the low byte, zero above the word).
  @inline(__always)
  func id(head: UInt64, count: Int) -> Int32 {
    entry(head: head, count: count).id
  }

  /// `id(head:count:)`, and whether the word starts a clause (`PhraseView.isClauseWord`).
  @inline(__always)
  func entry(head: UInt64, count: Int) -> (id: Int32, clause: Bool) {
    // Read in place: `i` is masked to the table's size, so no bounds check is needed (an
    // array subscript checked each probe).
    slots.withUnsafeBufferPointer { slots in
      var i = slot(head)
      while true {
        let slot = slots[i]
        // Eight bytes at most: the first chunk and the length are the whole word.
        if slot.head == head, slot.count == count { return (slot.id, slot.clause) }
        if slot.count < 0 { return (Vocabulary.unknown, false) }
        i = (i &+ 1) & mask
      }
    }
  }

  /// The id of an ASCII word of nine to sixteen bytes, its two chunks `lo` and `hi` (zero
  /// above the word), as `id(chunks:count:)` finds it.
  @inline(__always)
  func id(lo: UInt64, hi: UInt64, count: Int) -> Int32 {
    var i = slot(Self.step(lo, hi))
    while true {
      let slot = slots[i]
      if slot.count < 0 { return Vocabulary.unknown }
      if slot.head == lo, slot.count == count, more[Int(slot.rest)] == hi { return slot.id }
      i = (i &+ 1) & mask
    }
  }

  /// The id of an ASCII word of `count` bytes given as its chunks: `(count + 7) / 8` of them,
  /// at least one, zero past the word.
  func id(chunks: UnsafeBufferPointer<UInt64>, count: Int) -> Int32 {
    var h = chunks[0]
    for k in 1..<max(1, chunks.count) { h = Self.step(h, chunks[k]) }
    var i = slot(h)
    while true {
      let slot = slots[i]
      if slot.count < 0 { return Vocabulary.unknown }
      if slot.head == chunks[0], slot.count == count, rest(Int(slot.rest), equals: chunks) { return slot.id }
      i = (i + 1) & mask
    }
  }

  /// True when the chunks after the first of `chunks` are those stored from `rest`.
  private func rest(_ rest: Int, equals chunks: UnsafeBufferPointer<UInt64>) -> Bool {
    var j = rest
    for k in 1..<max(1, chunks.count) {
      if more[j] != chunks[k] { return false }
      j += 1
    }
    return true
  }

  /// A word's bytes as chunks: eight bytes each, the first in the low byte, the last padded
  /// with zeros; one zero chunk for the empty word.
  static func chunks(of word: some Collection<UInt8>) -> [UInt64] {
    var chunks = [UInt64](repeating: 0, count: max(1, (word.count + 7) / 8))
    for (i, b) in word.enumerated() { chunks[i / 8] |= UInt64(b) << UInt64(i % 8 * 8) }
    return chunks
  }

  /// A word's chunks folded into one: the first chunk itself for a word of one chunk, so
  /// `id(head:count:)` hashes nothing before finding the slot.
  static func hash(_ chunks: [UInt64]) -> UInt64 {
    var h = chunks[0]
    for c in chunks.dropFirst() { h = step(h, c) }
    return h
  }

  /// Folds a further chunk into the hash so far.
  @inline(__always)
  static func step(_ h: UInt64, _ chunk: UInt64) -> UInt64 { (h &* 0xD6E8_FEB8_6659_FD93) ^ chunk }

  /// The slot a hash starts at: the top bits of its product with an odd constant (the product's
  /// top bits depend on every bit of the hash).
  @inline(__always)
  private func slot(_ h: UInt64) -> Int {
    Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) &>> shift)
  }
}
