/// Tells from a sentence's bytes alone that word breaking it would be wasted: it holds no
/// digit, no word the recogniser starts looking for a number on, and not all the words of any
/// place or comparison phrase.
///
/// ICU word breaking was about 14% of an audit's instructions, and about half of a news
/// article's bytes are in sentences without a digit. Such a sentence matters to the claims only
/// through what `SentenceAnalysis` finds in it with no numbers: places and comparisons (the
/// area carried to later sentences, and the article's own area). One where none of those can
/// match, and no number can be found, yields nothing broken or not.
///
/// The scan reads runs of ASCII letters. It relies on what a `TextSegmenter` promises: a word
/// token never splits such a run, and a number token holds a digit. A token that normalises
/// to a phrase word then holds that word's first run of letters as a whole run, so a phrase
/// can match only where each of its required words' first runs is there. Letters outside
/// ASCII (which ICU joins into words) and digits make a sentence be broken.
struct SentenceScreen: Sendable {
  /// What a run of letters (lowercased, its first 16 letters) means for the screen. Plain
  /// values, so looking one up retains nothing.
  private struct Entry: BitwiseCopyable {
    /// A word `NumberRecognizer.mayHoldNumber` stops at; some only when capitalised (months).
    var anchor = false
    var capitalisedOnly = false
    /// A word of some phrase: seen runs are kept to check the phrases against.
    var inPhrase = false
    /// Whether some phrase's rarest required word it is (see `primary`).
    var starts = false
  }

  /// Most runs of a sentence are in none of the entries: they read as an empty `Entry`.
  private let entries: WordKeyTable<Entry>
  /// By key, the phrases checked when it is seen (those whose rarest required word it is), as
  /// a span of `primaryPhrases`; an empty one for other keys. (As a `Dictionary` of arrays,
  /// looking keys up was 3 M instructions of a 2,000-article audit.)
  private let primary: WordKeyTable<PhraseSpan>
  private let primaryPhrases: [Int]
  private struct PhraseSpan: BitwiseCopyable {
    var start: Int32 = 0
    var count: Int32 = 0
  }
  /// By phrase, its required elements, each as the keys of its words' first runs. A match
  /// holds one word of each (optional elements may be absent).
  private let required: [[[WordKey]]]
  /// By phrase, its required elements' masks (each the `bit`s of its words' keys), as a span
  /// of `elementMasks`: a phrase one of whose elements has no bit among the seen words' is
  /// ruled out without searching them (searching them for each element of each phrase
  /// checked was most of `mayContribute`).
  private let maskSpans: [PhraseSpan]
  private let elementMasks: [UInt64]
  /// False when some phrase could match with none of its words seen (one whose required
  /// words hold no letters): every sentence is then broken.
  let enabled: Bool

  /// - Parameters:
  ///   - phrases: the phrases `SentenceAnalysis` tries in a sentence without numbers.
  ///   - words: the compiled vocabulary, word by id.
  init(phrases: [CompiledPhrase], words: [Int32: String]) {
    var entries: [WordKey: Entry] = [:]
    for (key, capitalised) in NumberRecognizer.anchorKeys {
      entries[key] = Entry(anchor: true, capitalisedOnly: capitalised)
    }
    var primary: [WordKey: [Int]] = [:]
    var required: [[[WordKey]]] = []
    var enabled = true
    for phrase in phrases {
      guard let elements = Self.requiredKeys(phrase, words: words) else { continue }
      guard let rarest = elements.indices.max(by: { Self.rarity(elements[$0]) < Self.rarity(elements[$1]) })
      else {
        enabled = false
        continue
      }
      for key in elements.joined() { entries[key, default: Entry()].inPhrase = true }
      for key in elements[rarest] {
        entries[key, default: Entry()].starts = true
        primary[key, default: []].append(required.count)
      }
      required.append(elements)
    }
    self.entries = WordKeyTable(entries, absent: Entry())
    var spans: [WordKey: PhraseSpan] = [:]
    var phrasesByKey: [Int] = []
    for (key, list) in primary {
      spans[key] = PhraseSpan(start: Int32(phrasesByKey.count), count: Int32(list.count))
      phrasesByKey += list
    }
    self.primary = WordKeyTable(spans, absent: PhraseSpan())
    self.primaryPhrases = phrasesByKey
    self.required = required
    var maskSpans: [PhraseSpan] = []
    var elementMasks: [UInt64] = []
    for elements in required {
      maskSpans.append(PhraseSpan(start: Int32(elementMasks.count), count: Int32(elements.count)))
      elementMasks += elements.map { keys in keys.reduce(0) { $0 | Self.bit($1) } }
    }
    self.maskSpans = maskSpans
    self.elementMasks = elementMasks
    self.enabled = enabled
  }

  /// The keys of each required element of a phrase, or nil when it cannot match in a sentence
  /// the screen may pass over: it has a number slot, or an element whose every word holds a
  /// digit or a byte outside ASCII other than the punctuation the scan passes over (a token
  /// equal to it holds one too, and the scan breaks that sentence). An element with a word
  /// without letters is left out: it could be matched without a run for it.
  private static func requiredKeys(_ phrase: CompiledPhrase, words: [Int32: String]) -> [[WordKey]]? {
    var elements: [[WordKey]] = []
    for element in phrase.elements {
      switch element {
      case .number: return nil
      case .gap, .word(_, _, true): continue
      case .word(let lo, let hi, false):
        var keys: [WordKey] = []
        var letterless = false
        for id in phrase.ids[Int(lo)..<Int(hi)] {
          let word = Array((words[id] ?? "").utf8)
          guard Self.passable(word) else { continue }
          guard let run = Self.firstRun(word) else {
            letterless = true
            continue
          }
          keys.append(Self.key(word, run))
        }
        if letterless { continue }
        if keys.isEmpty { return nil }
        elements.append(keys)
      }
    }
    return elements
  }

  /// True unless the sentence at `range` certainly yields nothing once broken into words.
  func mayContribute(_ bytes: [UInt8], _ range: SourceRange) -> Bool {
    guard enabled else { return true }
    return bytes.withUnsafeBufferPointer { b in
      // Most sentences that are broken hold a digit: found eight bytes at a time, it saves
      // reading their words first.
      if Self.mayHoldDigit(b, range) { return true }
      // The phrase words seen, each once, kept on the stack: a sentence holds a few ("the",
      // "than"), and an array per sentence cost more than the rest of the scan.
      return withUnsafeTemporaryAllocation(of: WordKey.self, capacity: Self.seenCapacity) { seen in
        var count = 0
        var phrases = false
        var overflow = false
        // The seen words' bits (see `bit`): a word whose bit is clear is not among them.
        var seenBits: UInt64 = 0
        let stop = scan(b, range) { key, entry in
          phrases = phrases || entry.starts
          guard entry.inPhrase else { return }
          let bit = Self.bit(key)
          if seenBits & bit != 0, seen[..<count].contains(key) { return }
          seenBits |= bit
          guard count < seen.count else {
            overflow = true
            return
          }
          (seen.baseAddress! + count).initialize(to: key)
          count += 1
        }
        if stop || (phrases && overflow) { return true }
        guard phrases else { return false }
        // Some phrase's rarest word is here: see whether all its required words are.
        let words = UnsafeBufferPointer(rebasing: seen[..<count])
        return words.contains { key in
          let span = primary[key]
          return primaryPhrases[Int(span.start)..<Int(span.start + span.count)].contains { p in
            let masks = maskSpans[p]
            for e in Int(masks.start)..<Int(masks.start + masks.count) where elementMasks[e] & seenBits == 0 {
              return false
            }
            return required[p].allSatisfy { element in element.contains(where: words.contains) }
          }
        }
      }
    }
  }

  private static let seenCapacity = 64

  /// One of 64 bits for a key, by a hash (keys may share one): the bits of a sentence's seen
  /// words rule out, at one test per element, most phrases checked; the keys decide the rest.
  @inline(__always)
  private static func bit(_ key: WordKey) -> UInt64 {
    // (Parenthesised: `&>>` binds tighter than `&*`.)
    1 << ((((key.lo &* 0x9E37_79B9_7F4A_7C15) ^ key.hi) &* 0xC2B2_AE3D_27D4_EB4F) &>> 58)
  }

  /// True when `b[range]` holds an ASCII digit, or a byte outside ASCII whose low seven bits
  /// are one (never one of the punctuation `punctuationWidth` passes over, so `scan` would
  /// stop at it too).
  static func mayHoldDigit(_ b: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> Bool {
    var i = range.start
    let raw = UnsafeRawBufferPointer(b)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs = ones &* 0x80
    // Sixteen bytes at a time first, with SSE2 (a byte's low seven bits less 0x30, wrapping,
    // are below 10 exactly for a digit's): every stretch and sentence without a digit is read
    // whole here, and the words' tests took about twice the instructions per byte. The
    // vectors are spelled with their type: as `SIMD16(repeating:)` inline, the compares were
    // the generic lane-by-lane ones. Unchecked arithmetic: `i` stays within the range.
    let low7 = SIMD16<UInt8>(repeating: 0x7F)
    let zero = SIMD16<UInt8>(repeating: 0x30)
    let ten = SIMD16<UInt8>(repeating: 10)
    while i &+ 16 <= range.end {
      let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
      if ((v & low7) &- zero .< ten).anyLane { return true }
      i &+= 16
    }
    while i + 8 <= range.end {
      let low = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & ~highs
      // Per byte, without carries (each is below 0x80): 0x30 or more sets the high bit of
      // the first sum, more than 0x39 that of the second.
      if (low &+ ones &* (0x80 - 0x30)) & ~(low &+ ones &* (0x80 - 0x3A)) & highs != 0 { return true }
      i += 8
    }
    while i < range.end {
      if b[i] & 0x7F >= 0x30 && b[i] & 0x7F <= 0x39 { return true }
      i += 1
    }
    return false
  }

  /// Reads the sentence's runs of letters, passing those in `entries` to `found`; true (and
  /// stops) at what makes the sentence be broken whatever its phrases: a digit, a byte outside
  /// ASCII but for common punctuation, a word the recogniser stops at.
  private func scan(_ b: UnsafeBufferPointer<UInt8>, _ range: SourceRange, _ found: (WordKey, Entry) -> Void)
    -> Bool
  {
    var i = range.start
    while i < range.end {
      let c = b[i]
      // A space (before most words) first: it is none of what the tests below look for.
      if c == 0x20 {
        i += 1
        continue
      }
      if c >= 0x80 {
        guard let width = Self.punctuationWidth(b, at: i) else { return true }
        i += width
        continue
      }
      if c >= 0x30 && c <= 0x39 { return true }
      guard Self.isLetter(c) else {
        i += 1
        continue
      }
      // The run's key, built as it is read: its first 16 letters, lowercased.
      let start = i
      var (lo, hi): (UInt64, UInt64) = (0, 0)
      if i + 8 <= range.end {
        // Eight bytes at a time while the range holds them: byte by byte, building keys was
        // most of the scan's cost.
        (lo, i) = Self.letters(b, at: i)
        if i == start + 8 {
          if i + 8 <= range.end {
            (hi, i) = Self.letters(b, at: i)
          }
          while i < range.end, Self.isLetter(b[i]) {
            if i - start < 16 { hi |= UInt64(b[i] | 0x20) << (8 * UInt64(i - start - 8)) }
            i += 1
          }
        }
      } else {
        while i < range.end, Self.isLetter(b[i]) {
          let n = i - start
          if n < 8 {
            lo |= UInt64(b[i] | 0x20) << (8 * UInt64(n))
          } else if n < 16 {
            hi |= UInt64(b[i] | 0x20) << (8 * UInt64(n - 8))
          }
          i += 1
        }
      }
      let key = WordKey(lo: lo, hi: hi)
      // A "-fold" word counts at four letters: the token holding the run may be longer.
      if i - start >= 4, Self.endsInFold(b, i) { return true }
      let entry = entries[key]
      guard entry.anchor || entry.inPhrase else { continue }
      if entry.anchor, i - start <= 16, !entry.capitalisedOnly || b[start] < 0x61 { return true }
      found(key, entry)
    }
    return false
  }

  /// The letters `b[i..<i + 8]` starts with, lowercased and packed as a key's half (the first
  /// lowest, the bytes after them zero), and the index after them. All eight bytes must be in
  /// the range being read.
  @inline(__always)
  static func letters(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt64, Int) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs = ones &* 0x80
    let w = UnsafeRawBufferPointer(b).loadUnaligned(fromByteOffset: i, as: UInt64.self)
    // Per byte, as `isLetter`: lowercased to seven bits (no carry between bytes below), from
    // 0x61 sets the high bit of the first sum, from 0x7B that of the second; bytes outside
    // ASCII are cleared by `~w`.
    let lower = w | ones &* 0x20
    let x = lower & (ones &* 0x7F)
    let letters = (x &+ ones &* (0x80 - 0x61)) & ~(x &+ ones &* (0x80 - 0x7B)) & ~w & highs
    let n = (~letters & highs).trailingZeroBitCount >> 3
    let kept = n == 8 ? lower : lower & ((1 << (8 * UInt64(n))) &- 1)
    return (kept, i + n)
  }

  /// `NumberRecognizer.isFold` on the buffer: the run ending at `end` ends in "fold".
  private static func endsInFold(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    b[end - 4] | 0x20 == 0x66 && b[end - 3] | 0x20 == 0x6F && b[end - 2] | 0x20 == 0x6C
      && b[end - 1] | 0x20 == 0x64
  }

  /// How rarely a sentence holds one of the words, guessed from their length: short words
  /// ("the", "in", "to") are the common ones. Then the fewer alternatives the better. Only
  /// how many phrases are checked depends on it, not the answer.
  private static func rarity(_ keys: [WordKey]) -> (Int, Int) {
    (keys.map(letters).min() ?? 0, -keys.count)
  }

  /// The letters a key holds (its non-zero bytes).
  private static func letters(_ key: WordKey) -> Int {
    (0..<8).reduce(0) { n, i in
      n + ((key.lo >> (8 * UInt64(i))) & 0xFF != 0 ? 1 : 0) + ((key.hi >> (8 * UInt64(i))) & 0xFF != 0 ? 1 : 0)
    }
  }

  /// The width of typographic punctuation that is neither a letter nor a digit: no-break space,
  /// quotation marks, dashes, the ellipsis. News text is full of it; any other byte outside
  /// ASCII makes the sentence be broken. ICU may keep a word whole across a curly apostrophe
  /// (U+2019 is MidNumLet: "don’t" is one token), as across a straight one; that is safe,
  /// because the scan reads only a word's first run of letters, which stays a whole run.
  private static func punctuationWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
    guard b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 else { return nil }
    switch b[i + 2] {
    case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: return 3
    default: return nil
    }
  }

  /// True for a phrase word a sentence the screen passes over could hold: ASCII without
  /// digits, or with only the punctuation the scan passes over.
  private static func passable(_ word: [UInt8]) -> Bool {
    word.withUnsafeBufferPointer { b in
      var i = 0
      while i < b.count {
        if b[i] >= 0x30 && b[i] <= 0x39 { return false }
        if b[i] < 0x80 {
          i += 1
        } else {
          guard let width = punctuationWidth(b, at: i) else { return false }
          i += width
        }
      }
      return true
    }
  }

  /// The key of a run of letters: lowercased, its first 16 letters (a longer run shares its
  /// key with others, which can only make the screen break more).
  private static func key(_ bytes: [UInt8], _ run: Range<Int>) -> WordKey {
    key(bytes, SourceRange(start: run.lowerBound, end: run.upperBound))
  }

  private static func key(_ bytes: [UInt8], _ run: SourceRange) -> WordKey {
    WordKey(bytes, SourceRange(start: run.start, end: min(run.end, run.start + 16)))!
  }

  private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

  /// The first run of ASCII letters in a word.
  private static func firstRun(_ word: [UInt8]) -> Range<Int>? {
    guard let start = word.firstIndex(where: isLetter) else { return nil }
    let end = word[start...].firstIndex { !isLetter($0) } ?? word.count
    return start..<end
  }
}
