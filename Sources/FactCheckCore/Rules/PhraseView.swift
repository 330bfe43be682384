/// A sentence prepared for phrase matching: its words, lowercased, with the numeric
/// expressions mapped onto word positions.
///
/// Words are the word and number tokens; white space and punctuation are left out, so
/// "sex-offender" reads as two words and "county's" as "county".
///
/// A struct, stored inline in its `SentenceAnalysis`: as a class it was an allocation and a
/// free for every sentence, and nothing shares a view but its analysis. It keeps the
/// document's bytes, not the document: a `Document` is five references (name, bytes, line
/// index), each retained when a view was made and released when it was freed.
public struct PhraseView: Sendable {
  public let range: SourceRange
  /// The UTF-8 bytes of the document the sentence belongs to.
  public let bytes: [UInt8]
  /// The words, lowercased, each made into a String only when read: only the resolver's few
  /// checks ("when", "in", "and") read them, and making every word's String up front was 3% of
  /// an audit. Made when asked for, from the bytes and entries the view holds (stored, it was
  /// two more references to retain and release).
  public var words: WordList { WordList(bytes: bytes, entries: entries, count: wordCount) }
  /// Each word's id in the compiled rules' vocabulary (`Vocabulary.unknown` when no phrase
  /// uses it).
  public var ids: WordIDs { WordIDs(entries: entries, count: wordCount) }
  public var wordRanges: WordRanges { WordRanges(entries: entries, count: wordCount) }
  /// For each word, the index of its clause: clauses end at ",", ";", ":", dashes, brackets
  /// and before "while", "but", "whereas".
  public var clause: WordClauses { WordClauses(entries: entries, count: wordCount) }
  /// Each word's range, id and clause together, then each expression's words (as the range
  /// of an entry), in one array: four arrays were four allocations and frees per sentence.
  let entries: [Entry]
  /// How many of `entries` are words.
  let wordCount: Int
  public let expressions: [NumericExpression]
  /// For each expression, the word indices it covers (may be empty for a lone symbol).
  public var expressionWords: ExpressionWords { ExpressionWords(entries: entries, words: wordCount) }

  /// A word of the sentence (or, past `wordCount`, the word indices an expression covers,
  /// as `range`).
  struct Entry: Sendable {
    var range: SourceRange
    var id: Int32
    var clause: Int32
  }

  /// The text of a range of the document, as `Document.slice` gives it.
  public func slice(_ range: SourceRange) -> String {
    let lo = max(0, min(range.start, bytes.count))
    let hi = max(lo, min(range.end, bytes.count))
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  /// `document`, `tokens` and `vocabulary` are only read: borrowed, not passed owned as an
  /// initializer's arguments otherwise are (a copy and a release per sentence; the document's
  /// were four references retained and released).
  init(document: borrowing Document, range: SourceRange, tokens: borrowing [Token], expressions: [NumericExpression],
              vocabulary: borrowing WordTable = WordTable([:])) {
    self.range = range
    let bytes = document.utf8
    self.bytes = bytes
    // Room for every token at once (not for a sentence the screen left unbroken: reserving
    // nothing still went through the allocating path). `init(unsafeUninitializedCapacity:)`
    // allocated through an unspecialised path, 660 instructions a sentence.
    var entries = Self.words(of: tokens, bytes, vocabulary, room: tokens.count + expressions.count)
    let words = entries.count
    self.wordCount = words
    self.expressions = expressions
    // By index, reading only each expression's range: `enumerated()` copied every expression
    // (a large struct) out and destroyed it again (5.7 M instructions for 2,000 articles).
    // Expressions come in text order, so each one's words are looked for from where the
    // previous one's began (from the start again should one not).
    var from = 0
    var previousStart = Int.min
    for i in expressions.indices {
      let r = expressions[i].range
      if r.start < previousStart { from = 0 }
      previousStart = r.start
      var lo = from
      while lo < words, entries[lo].range.end <= r.start { lo += 1 }
      from = lo
      var hi = lo
      while hi < words, entries[hi].range.start < r.end { hi += 1 }
      entries.append(Entry(range: SourceRange(start: lo, end: max(lo, hi)), id: Vocabulary.unknown, clause: 0))
    }
    self.entries = entries
  }

  /// The word and number tokens as entries, each with its id and clause, in a list with room
  /// for `room` entries (none when there are no tokens). (Its own function, with plain
  /// parameters, so the closures that lend the buffers capture no `borrowing` parameter. The
  /// list is made inside them: appending to one they captured checked its uniqueness at every
  /// word.)
  private static func words(of tokens: [Token], _ bytes: [UInt8], _ vocabulary: WordTable, room: Int) -> [Entry] {
    if tokens.isEmpty { return [] }
    return bytes.withUnsafeBufferPointer { b in
      tokens.withUnsafeBufferPointer { tokens in
        var entries: [Entry] = []
        entries.reserveCapacity(room)
        var current: Int32 = 0
        for token in tokens {
          if token.kind == .punctuation {
            if isClauseBreak(bytes, token.range) { current += 1 }
            continue
          }
          guard token.kind == .word || token.kind == .number else { continue }
          // Most words are short and ASCII: looked up here, inline (a call to `normalisedID`
          // for each word, with its checks, cost about 140 instructions).
          var (id, clauseWord): (Int32, Bool)
          if let short = shortWordID(b, token.range, vocabulary) {
            (id, clauseWord) = short
          } else if let medium = mediumWordID(b, token.range, vocabulary) {
            (id, clauseWord) = medium
          } else {
            (id, clauseWord) = normalisedID(bytes, token.range, vocabulary)
          }
          if clauseWord { current += 1 }
          entries.append(Entry(range: token.range, id: id, clause: current))
        }
        return entries
      }
    }
  }

  /// The expression whose words start at word `index` (the first, should two).
  ///
  /// Looked for among the sentence's few expressions rather than kept in an array over its
  /// words: that array's allocation went through an unspecialised path (580 instructions for
  /// each of the 8,900 sentences with numbers of 2,000 articles), more than all the searches.
  public func expression(startingAt index: Int) -> Int? {
    var k = wordCount
    while k < entries.count {
      let span = entries[k].range
      if span.start == index, span.end > span.start { return k - wordCount }
      k += 1
    }
    return nil
  }

  /// The word index nearest a byte offset.
  public func wordIndex(at offset: Int) -> Int {
    wordRanges.firstIndex { $0.end > offset } ?? words.count
  }

  /// A punctuation token that ends a clause: , ; : ( ) [ ] or an en or em dash. Compared as
  /// bytes: a String and a hash per punctuation mark were 1% of an audit.
  static func isClauseBreak(_ bytes: [UInt8], _ r: SourceRange) -> Bool {
    switch r.length {
    case 1:
      switch bytes[r.start] {
      case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D: return true
      default: return false
      }
    case 3:
      return bytes[r.start] == 0xE2 && bytes[r.start + 1] == 0x80
        && (bytes[r.start + 2] == 0x93 || bytes[r.start + 2] == 0x94)
    default:
      return false
    }
  }

  /// `isClauseWord` of a word's lowercased bytes.
  static func isClauseWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    func equals(_ s: StaticString) -> Bool {
      s.utf8CodeUnitCount == word.count
        && s.withUTF8Buffer { $0.elementsEqual(word) }
    }
    switch word.count {
    case 3: return equals("but")
    case 5: return equals("while")
    case 6: return equals("though")
    case 7: return equals("whereas")
    case 8: return equals("although")
    default: return false
    }
  }

  /// A word that starts a new clause ("while", "but", "whereas", "although", "though").
  static func isClauseWord(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { isClauseWord($0) }
  }

  /// `normalise` of `bytes[range]`, without the intermediate strings when the word is ASCII
  /// (lowercasing ASCII touches only A–Z, and each byte is one character).
  static func normalisedWord(_ bytes: [UInt8], _ range: SourceRange) -> String {
    let (start, end) = (range.start, range.end)
    for i in start..<end where bytes[i] >= 0x80 {
      return normalise(String(decoding: bytes[start..<end], as: UTF8.self))
    }
    let count = asciiNormalisedLength(bytes, range)
    return String(unsafeUninitializedCapacity: count) { buffer in
      for i in 0..<count { buffer[i] = lower(bytes[start + i]) }
      return count
    }
  }

  /// The id in `vocabulary` of the normalised word at `range`, and whether it starts a clause,
  /// worked out on its lowercased bytes eight at a time: no String is made for ASCII words.
  /// The chunks the table hashes and compares are also what the clause-word test reads (every
  /// word of every sentence comes here).
  static func normalisedID(_ bytes: [UInt8], _ range: SourceRange, _ vocabulary: WordTable)
    -> (id: Int32, clauseWord: Bool)
  {
    let count = range.end - range.start
    if count <= 8, range.start >= 0, range.start + 8 <= bytes.count {
      if let short = shortID(bytes, range.start, count, vocabulary) { return short }
    } else if count > 0, count <= 48, range.start >= 0, range.end <= bytes.count {
      if let ascii = chunkedID(bytes, range, vocabulary) { return ascii }
    }
    let word = normalisedWord(bytes, range)
    return (vocabulary.id(of: word), isClauseWord(word))
  }

  /// `normalisedID` of a word of 1 to 48 bytes inside `bytes` (nil when it is not ASCII).
  private static func chunkedID(_ bytes: [UInt8], _ range: SourceRange, _ vocabulary: WordTable)
    -> (id: Int32, clauseWord: Bool)?
  {
    let (start, count) = (range.start, range.end - range.start)
    let used = (count + 7) / 8
    return bytes.withUnsafeBytes { raw in
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 6) { chunks in
        var high: UInt64 = 0
        for k in 0..<used {
          let from = start &+ k &* 8
          let n = min(8, count &- k &* 8)
          var chunk: UInt64
          if n == 8 {
            chunk = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: from, as: UInt64.self))
          } else if count >= 8 {
            // The word's last eight bytes (inside it, as it has eight), shifted down to its
            // last `n`.
            chunk = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: range.end &- 8, as: UInt64.self))
              >> UInt64((8 &- n) &* 8)
          } else {
            chunk = 0
            for i in 0..<n { chunk |= UInt64(raw[from &+ i]) << UInt64(i &* 8) }
          }
          high |= chunk
          chunks[k] = lowered(chunk)
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        func byte(_ i: Int) -> UInt8 { UInt8(truncatingIfNeeded: chunks[i >> 3] >> UInt64((i & 7) &* 8)) }
        var n = count
        // A possessive "'s" or "s'" (words over three bytes), as `asciiNormalisedLength`.
        if n > 3 {
          let (before, last) = (byte(n &- 2), byte(n &- 1))
          if before == UInt8(ascii: "'") && last == UInt8(ascii: "s") {
            n &-= 2
          } else if before == UInt8(ascii: "s") && last == UInt8(ascii: "'") {
            n &-= 1
          }
          if n & 7 != 0 { chunks[n >> 3] &= (1 << UInt64((n & 7) &* 8)) &- 1 }
        }
        let id = vocabulary.id(chunks: UnsafeBufferPointer(rebasing: chunks[0..<max(1, (n &+ 7) >> 3)]), count: n)
        return (id, isClauseWord(packed: chunks[0], count: n))
      }
    }
  }

  /// An ASCII chunk (every byte below 0x80) with A–Z lowercased. Adding to each byte never
  /// carries into the next: a byte is A–Z when adding 0x3F sets its top bit and adding 0x25
  /// does not.
  @inline(__always)
  private static func lowered(_ word: UInt64) -> UInt64 {
    let highs: UInt64 = 0x8080_8080_8080_8080
    let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & highs
    return word | upper >> 2
  }

  /// `normalisedID` of a word of one to eight bytes with eight bytes of `b` readable from its
  /// start; nil for any other word, and for one that is not ASCII. `PhraseView.init` asks this
  /// first for every word (`PhraseViewFastPathTests` compares the two on random sentences).
  /// Transparent: marked `@inline(__always)` it was still called, not inlined (about 15
  /// instructions a word).
  @_transparent
  static func shortWordID(_ b: UnsafeBufferPointer<UInt8>, _ range: SourceRange, _ vocabulary: WordTable)
    -> (id: Int32, clauseWord: Bool)?
  {
    // Offsets into the buffer: their difference cannot overflow.
    let count = range.end &- range.start
    guard count > 0, count <= 8, range.start >= 0, range.start <= b.count &- 8 else { return nil }
    let highs: UInt64 = 0x8080_8080_8080_8080
    // The first byte in the low byte, whatever the machine's byte order; the bytes after the
    // word cleared.
    var word = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress!).loadUnaligned(fromByteOffset: range.start, as: UInt64.self))
      & (~0 >> UInt64((8 &- count) &* 8))
    guard word & highs == 0 else { return nil }
    word = lowered(word)
    var n = count
    // A possessive "'s" or "s'" (words over three bytes), as `asciiNormalisedLength`: the last
    // two bytes, the one before the last in the low byte.
    if n > 3 {
      let tail = UInt16(truncatingIfNeeded: word >> UInt64((n &- 2) &* 8))
      if tail == 0x7327 {  // "'s"
        n &-= 2
        word &= (1 << UInt64(n &* 8)) &- 1
      } else if tail == 0x2773 {  // "s'"
        n &-= 1
        word &= (1 << UInt64(n &* 8)) &- 1
      }
    }
    let entry = vocabulary.entry(head: word, count: n)
    return (entry.id, entry.clause)
  }

  /// `normalisedID` of a word of nine to sixteen bytes with sixteen bytes of `b` readable from
  /// its start; nil for any other word, and for one that is not ASCII. Asked after
  /// `shortWordID`: `chunkedID`, with its scratch allocation and loops, cost about 240
  /// instructions a word.
  @_transparent
  static func mediumWordID(_ b: UnsafeBufferPointer<UInt8>, _ range: SourceRange, _ vocabulary: WordTable)
    -> (id: Int32, clauseWord: Bool)?
  {
    let count = range.end &- range.start
    guard count > 8, count <= 16, range.start >= 0, range.start <= b.count &- 16 else { return nil }
    let highs: UInt64 = 0x8080_8080_8080_8080
    let raw = UnsafeRawPointer(b.baseAddress!)
    var lo = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: range.start, as: UInt64.self))
    var hi = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: range.start &+ 8, as: UInt64.self))
      & (~0 >> UInt64((16 &- count) &* 8))
    guard (lo | hi) & highs == 0 else { return nil }
    lo = lowered(lo)
    hi = lowered(hi)
    // A possessive "'s" or "s'", as `asciiNormalisedLength`: the last two bytes, the one
    // before the last in the low byte (for a word of nine, the last of `lo` and the first of
    // `hi`).
    var n = count
    let tail = n == 9 ? lo >> 56 | (hi & 0xFF) << 8 : (hi >> UInt64((n &- 10) &* 8)) & 0xFFFF
    if tail == 0x7327 {  // "'s"
      n &-= 2
    } else if tail == 0x2773 {  // "s'"
      n &-= 1
    }
    if n <= 8 {
      // Seven or eight bytes left: a one-chunk word.
      if n < 8 { lo &= (1 << UInt64(n &* 8)) &- 1 }
      let entry = vocabulary.entry(head: lo, count: n)
      return (entry.id, entry.clause)
    }
    if n < 16 { hi &= (1 << UInt64((n &- 8) &* 8)) &- 1 }
    // No clause word is over eight bytes.
    return (vocabulary.id(lo: lo, hi: hi, count: n), false)
  }

  /// `normalisedID` of an ASCII word of at most eight bytes with eight bytes readable from its
  /// start (nil when the word is not ASCII): lowercased all at once in one 64-bit word. Most
  /// words are this short.
  @inline(__always)
  private static func shortID(_ bytes: [UInt8], _ start: Int, _ count: Int, _ vocabulary: WordTable)
    -> (id: Int32, clauseWord: Bool)?
  {
    let highs: UInt64 = 0x8080_8080_8080_8080
    let mask: UInt64 = count == 8 ? ~0 : (1 << UInt64(count &* 8)) &- 1
    // The first byte in the low byte, whatever the machine's byte order.
    var word = UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: UInt64.self) })
      & mask
    guard word & highs == 0 else { return nil }
    word = lowered(word)
    var n = count
    // A possessive "'s" or "s'" (words over three bytes), as `asciiNormalisedLength`.
    if n > 3 {
      let last = UInt8(truncatingIfNeeded: word >> UInt64((n &- 1) &* 8))
      let before = UInt8(truncatingIfNeeded: word >> UInt64((n &- 2) &* 8))
      if before == UInt8(ascii: "'") && last == UInt8(ascii: "s") {
        n &-= 2
      } else if before == UInt8(ascii: "s") && last == UInt8(ascii: "'") {
        n &-= 1
      }
      if n < 8 { word &= (1 << UInt64(n &* 8)) &- 1 }
    }
    return (vocabulary.id(head: word, count: n), isClauseWord(packed: word, count: n))
  }

  /// `isClauseWord` of a word of `count` bytes whose first eight are `packed`, the first in the
  /// low byte. The words are spelled as literals: a `static let` of them cost a `swift_once`
  /// check at every word.
  @inline(__always)
  static func isClauseWord(packed: UInt64, count: Int) -> Bool {
    switch count {
    case 3: return packed == 0x74_75_62  // "but"
    case 5: return packed == 0x65_6C_69_68_77  // "while"
    case 6: return packed == 0x68_67_75_6F_68_74  // "though"
    case 7: return packed == 0x73_61_65_72_65_68_77  // "whereas"
    case 8: return packed == 0x68_67_75_6F_68_74_6C_61  // "although"
    default: return false
    }
  }

  fileprivate static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  /// The length of an ASCII word without a possessive "'s" or "s'" (words over three bytes).
  fileprivate static func asciiNormalisedLength(_ bytes: [UInt8], _ range: SourceRange) -> Int {
    let end = range.end
    var count = end - range.start
    if count > 3 {
      let (a, b) = (lower(bytes[end - 2]), lower(bytes[end - 1]))
      if a == UInt8(ascii: "'") && b == UInt8(ascii: "s") {
        count -= 2
      } else if a == UInt8(ascii: "s") && b == UInt8(ascii: "'") {
        count -= 1
      }
    }
    return count
  }

  /// A word as phrases match it: lowercased, without a possessive "'s" or "s'". `SentenceScreen`
  /// depends on this doing no more: a word's first run of ASCII letters must stay in its
  /// normalised form. Folding accents, stemming or spelling "&" as "and" here would let the
  /// screen skip sentences a phrase matches (`SentenceScreenFuzzTests` would show it).
  static func normalise(_ word: String) -> String {
    var w = word.lowercased()
    for suffix in ["'s", "’s", "s'", "s’"] where w.hasSuffix(suffix) && w.count > 3 {
      w = String(w.dropLast(suffix == "'s" || suffix == "’s" ? 2 : 1))
      break
    }
    return w
  }
}

/// Where a phrase matched in a sentence.
public struct PhraseMatch: Hashable, Sendable {
  /// Word indices covered, gaps included.
  public var words: Range<Int>
  /// The expression in the `#` slot, when the phrase has one.
  public var slot: Int?
}

extension Phrase {
  /// Every place the phrase matches in the sentence (leftmost-longest from each start).
  public func matches(in view: PhraseView) -> [PhraseMatch] {
    var result: [PhraseMatch] = []
    var start = 0
    while start < view.words.count {
      if let m = match(in: view, element: 0, at: start, slot: nil) {
        result.append(PhraseMatch(words: start..<m.end, slot: m.slot))
        start = max(m.end, start + 1)
      } else {
        start += 1
      }
    }
    return result
  }

  private func match(in view: PhraseView, element: Int, at index: Int, slot: Int?)
    -> (end: Int, slot: Int?)?
  {
    if element == elements.count { return (index, slot) }
    switch elements[element] {
    case .word(let words, let optional):
      if index < view.words.count, words.contains(view.words[index]),
        let m = match(in: view, element: element + 1, at: index + 1, slot: slot)
      {
        return m
      }
      return optional ? match(in: view, element: element + 1, at: index, slot: slot) : nil
    case .gap(let most):
      for skip in 0...most where index + skip <= view.words.count {
        if let m = match(in: view, element: element + 1, at: index + skip, slot: slot) {
          return m
        }
      }
      return nil
    case .number:
      guard let e = view.expression(startingAt: index) else { return nil }
      let span = view.expressionWords[e]
      return match(in: view, element: element + 1, at: span.upperBound, slot: e)
    }
  }
}

/// A sentence's words, normalised as `PhraseView.normalise` does, each String made on reading.
public struct WordList: RandomAccessCollection, Sendable {
  let bytes: [UInt8]
  /// The view's entries, the first `count` of them words.
  let entries: [PhraseView.Entry]
  public let count: Int

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  public subscript(position: Int) -> String {
    precondition(position < count, "Index out of range")
    return PhraseView.normalisedWord(bytes, entries[position].range)
  }

  /// Whether the word at `position` is `word` (lowercase ASCII), as `self[position] == word`
  /// says, without making the word's String: an ASCII word is compared on its lowercased
  /// bytes, without a possessive (as `normalisedWord` makes it). The resolver's checks of the
  /// word before or after a number or place ("in", "by", "and"), each a String and often a
  /// list of Strings, cost about 3 M instructions for 2,000 articles.
  public func word(_ position: Int, is word: StaticString) -> Bool {
    precondition(position < count, "Index out of range")
    let range = entries[position].range
    for i in range.start..<range.end where bytes[i] >= 0x80 {
      return self[position] == word.description
    }
    let n = PhraseView.asciiNormalisedLength(bytes, range)
    guard n == word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { w in
      for k in 0..<n where PhraseView.lower(bytes[range.start + k]) != w[k] { return false }
      return true
    }
  }
}

/// Each word's vocabulary id (see `PhraseView.ids`), read in place from the view's entries.
public struct WordIDs: RandomAccessCollection, Sendable {
  let entries: [PhraseView.Entry]
  public let count: Int
  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  public subscript(position: Int) -> Int32 {
    precondition(position < count, "Index out of range")
    return entries[position].id
  }
}

/// Each word's range in the document, read in place from the view's entries.
public struct WordRanges: RandomAccessCollection, Sendable {
  let entries: [PhraseView.Entry]
  public let count: Int
  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  public subscript(position: Int) -> SourceRange {
    precondition(position < count, "Index out of range")
    return entries[position].range
  }
}

/// Each word's clause index (see `PhraseView.clause`), read in place from the view's entries.
public struct WordClauses: RandomAccessCollection, Sendable {
  let entries: [PhraseView.Entry]
  public let count: Int
  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  public subscript(position: Int) -> Int {
    precondition(position < count, "Index out of range")
    return Int(entries[position].clause)
  }
}

/// For each expression, the word indices it covers (see `PhraseView.expressionWords`), read
/// in place from the entries after the words.
public struct ExpressionWords: RandomAccessCollection, Sendable {
  let entries: [PhraseView.Entry]
  /// Where the expressions' entries start.
  let words: Int
  public var startIndex: Int { 0 }
  public var endIndex: Int { entries.count - words }
  public subscript(position: Int) -> Range<Int> {
    precondition(position >= 0, "Index out of range")
    let r = entries[words + position].range
    return r.start..<r.end
  }
}
