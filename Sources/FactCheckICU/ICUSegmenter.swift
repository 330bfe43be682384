import CICU
import Foundation
import FactCheckCore
import Synchronization

/// Sentence and word segmentation with the system's ICU, over UTF-8 text.
///
/// ICU is given each span as UTF-16 in a buffer kept with the iterator, and its boundaries are
/// mapped back to UTF-8 offsets here; no UTF-16 index leaves this target. (Reading the bytes
/// through a UTF-8 `UText` made ICU convert them chunk by chunk: 5.7% of an audit.) Sentence
/// breaking uses the `en@ss=standard` locale, which suppresses breaks after common
/// abbreviations ("Mr.", "No."). Break iterators are not thread-safe: a call takes a clone of
/// the prototypes opened at init from a pool, and gives it back after. (Cloning and closing a
/// sentence iterator for every document was 4% of an audit.)
public final class ICUSegmenter: TextSegmenter, @unchecked Sendable {
  private let sentencePrototype: OpaquePointer
  private let wordPrototype: OpaquePointer
  private let digits: ICUDigitParser
  private let sentenceClones = IteratorPool()
  private let wordClones = IteratorPool()

  public init() throws(ICUError) {
    sentencePrototype = try Self.openBreakIterator(Int32(FCUBRK_SENTENCE), locale: "en@ss=standard")
    wordPrototype = try Self.openBreakIterator(Int32(FCUBRK_WORD), locale: "en_GB")
    digits = try ICUDigitParser()
  }

  deinit {
    fc_ubrk_close(sentencePrototype)
    fc_ubrk_close(wordPrototype)
    sentenceClones.closeAll()
    wordClones.closeAll()
  }

  /// The version of the ICU library linked, e.g. "72.1".
  public static var icuVersion: String {
    var info = [UInt8](repeating: 0, count: 4)
    fc_u_getVersion(&info)
    return "\(info[0]).\(info[1])"
  }

  /// Sentence ranges without their surrounding white space, in order.
  ///
  /// ICU's segments are repaired for news copy (see `SentenceRepair`): every line break still
  /// ends a sentence (headlines, subheads, bullets), but titles, references and initials
  /// ("Dr. Jones", "No. 10", "J. K.") and lower-case continuations are joined.
  public func sentences(in document: Document) -> [SourceRange] {
    var segments: [SourceRange] = []
    sentenceClones.with(clonesOf: sentencePrototype) { bi in
      boundaries(using: bi, in: document.utf8, from: 0, to: document.utf8.count) { start, end, _ in
        segments.append(SourceRange(start: start, end: end))
      }
    }
    return SentenceRepair.repaired(segments, in: document.utf8).compactMap {
      Self.trimmed($0, in: document.utf8)
    }
  }

  /// The sentences of `sentences(in:)` with `mayContribute`'s verdict on each, without breaking
  /// the stretches of lines `mayContribute` rejects as a whole: each comes back as one range.
  ///
  /// Sentence breaking was 11% of an audit's instructions, and a news article has many lines
  /// without a digit. A stretch ends after a line break (CR LF counted once) when the next text
  /// does not start with a lower-case letter. ICU always breaks there (nothing carries a
  /// sentence over a line break but `SentenceRepair`, and it joins a segment only to one that
  /// starts in lower case), so breaking stretch by stretch finds the sentences the whole
  /// document would, and the sentences of a rejected stretch are all rejected too (they hold
  /// no more than it does).
  public func sentences(in document: Document, screenedBy mayContribute: (SourceRange) -> Bool)
    -> [ScreenedSentence]
  {
    let bytes = document.utf8
    return sentenceClones.with(clonesOf: sentencePrototype) { bi in
      // Room for a sentence every 64 bytes and runs of 32 stretches at first: grown from
      // empty, these arrays were reallocated 20,000 times in a 2,000-article audit (7.8 M
      // instructions).
      var result: [ScreenedSentence] = []
      result.reserveCapacity(bytes.count / 64 + 8)
      // The ICU segments of the passed stretches so far, and the start of those not yet
      // broken: a run of passed stretches is broken with one call, but a stretch that
      // `holdsOneSentence` or that is blank is its own segment without one.
      // Both lists are the iterator's, kept empty with their room between documents: made
      // for each document, they were two allocations and two frees an article (1.8 M
      // instructions of 2,000 articles).
      var segments: [SourceRange] = []
      swap(&segments, &bi.segments)
      if segments.capacity < 32 { segments.reserveCapacity(32) }
      var unbroken: Int?
      // The pending stretches the screen passed (trimmed): a sentence that is a whole stretch
      // (a one-sentence paragraph) needs no second look.
      var passed: [SourceRange] = []
      swap(&passed, &bi.passed)
      if passed.capacity < 32 { passed.reserveCapacity(32) }
      func breakUnbroken(to end: Int) {
        guard let from = unbroken else { return }
        unbroken = nil
        boundaries(using: bi, in: bytes, from: from, to: end) { start, end, _ in
          segments.append(SourceRange(start: start, end: end))
        }
      }
      func breakPending(to end: Int) {
        breakUnbroken(to: end)
        guard !segments.isEmpty else { return }
        var next = 0
        for segment in SentenceRepair.repaired(segments, in: bytes) {
          guard let range = Self.trimmed(segment, in: bytes) else { continue }
          while next < passed.count, passed[next].end <= range.start { next += 1 }
          let whole = next < passed.count && passed[next] == range
          result.append(ScreenedSentence(range: range, mayContribute: whole || mayContribute(range)))
        }
        segments.removeAll(keepingCapacity: true)
        passed.removeAll(keepingCapacity: true)
      }
      var start = 0
      while start < bytes.count {
        let end = Self.stretchEnd(bytes, from: start)
        let range = Self.trimmed(SourceRange(start: start, end: end), in: bytes)
        if let range, !mayContribute(range) {
          breakPending(to: start)
          result.append(ScreenedSentence(range: range, mayContribute: false))
        } else {
          // A stretch of white space alone (a blank line) is left out. Whatever ICU made of it
          // (one segment, or more after a U+2028 in it) would be white space, which
          // `SentenceRepair` never joins to the segment before, and joins to the next only
          // when that starts in lower case, which a stretch does not; trimmed, it is dropped.
          // Without it, the segments before and after it are not joined either: the one
          // before ends in a line break, the one after starts a stretch. Between one-sentence
          // stretches, blank lines were 11,700 ICU calls.
          if let range {
            passed.append(range)
            if Self.holdsOneSentence(bytes, from: start, to: end) {
              breakUnbroken(to: start)
              segments.append(SourceRange(start: start, end: end))
            } else if unbroken == nil {
              unbroken = start
            }
          } else {
            breakUnbroken(to: start)
          }
        }
        start = end
      }
      breakPending(to: bytes.count)
      // Given back by swapping (the slot holds empty lists meanwhile), so neither is copied:
      // each is emptied here, and let go if a long document grew it past 4,096 ranges.
      segments.removeAll(keepingCapacity: true)
      passed.removeAll(keepingCapacity: true)
      if segments.capacity <= 4096 { swap(&segments, &bi.segments) }
      if passed.capacity <= 4096 { swap(&passed, &bi.passed) }
      return result
    } ?? []
  }

  /// True when ICU's sentence rules (UAX #29) cannot break `bytes[from..<to]` but at its end,
  /// so that its one segment is the whole span; false when they might.
  ///
  /// Most one-sentence paragraphs and headlines pass: sentence breaking was 7% of an audit,
  /// and a span that cannot break need not be read by ICU. The test is on the rules, kept
  /// narrow: a break comes only after a paragraph separator (SB4; CR LF is one, SB3) or after
  /// a terminator with its closing punctuation and spaces (SB11). So the span must hold:
  /// - text of ASCII without controls but tab, and of the characters `otherWidth` lets pass
  ///   (none a terminator or separator), in which every full stop is followed by a digit
  ///   ("5.7": ATerm × Numeric, SB6) and there is no `?` or `!`;
  /// - then, at its end only, terminators `.?!` (× each other, SB8a), closing `"')]’”`
  ///   (× after them, SB9), spaces and tabs (× after those, SB9/SB10), and one line break
  ///   (CR LF, LF or CR; × before it, SB9/SB10). The end of the text follows.
  /// The `en@ss=standard` filter only removes ICU's breaks, never adds one.
  static func holdsOneSentence(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    return bytes.withUnsafeBufferPointer { b in
      var end = to
      if end > from, b[end - 1] == 0x0A { end -= 1 }
      if end > from, b[end - 1] == 0x0D { end -= 1 }
      while end > from, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
      while end > from {
        if Self.isClosing(b[end - 1]) {
          end -= 1
        } else if end - 3 >= from, b[end - 3] == 0xE2, b[end - 2] == 0x80, b[end - 1] == 0x99 || b[end - 1] == 0x9D {
          end -= 3
        } else {
          break
        }
      }
      while end > from, b[end - 1] == 0x2E || b[end - 1] == 0x3F || b[end - 1] == 0x21 { end -= 1 }
      // Eight bytes at a time, looking closer at words that may hold a byte not allowed: a
      // stretch is read whole when it passes (a paragraph of many sentences stops at its
      // first full stop), and byte by byte this check cost as much as the ICU calls it saved.
      var i = from
      let raw = UnsafeRawBufferPointer(b)
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs = ones &* 0x80
      // High bit set in some byte when a byte of `x` is zero (exactly when some byte is).
      func zero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
      // The vectors compared with, made once with their type spelled out: written inline as
      // `SIMD16(repeating:)`, the compares resolved to the generic lane-by-lane ones.
      let controls = SIMD16<UInt8>(repeating: 0x20)
      let delete = SIMD16<UInt8>(repeating: 0x7F)
      let stop = SIMD16<UInt8>(repeating: 0x2E)
      let question = SIMD16<UInt8>(repeating: 0x3F)
      let bang = SIMD16<UInt8>(repeating: 0x21)
      while i < end {
        // Sixteen bytes at a time where they fit (SSE2 compares, a third of the instructions
        // of two words' tests): a byte below 0x20 or from 0x7F up, or one of . ? !.
        if i &+ 16 <= end {
          let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
          let flagged = (v .< controls) .| (v .>= delete) .| (v .== stop) .| (v .== question) .| (v .== bang)
          if !flagged.anyLane {
            i &+= 16
            continue
          }
          // The bytes before the first flagged one pass: on to it, to be read alone.
          i &+= flagged.firstLane
        } else if i + 8 <= end {
          let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          // Some byte below 0x20, from 0x7F up, or one of . ? ! (a word with none is skipped;
          // one flagged without cause is only read character by character).
          let flags = (w &- ones &* 0x20) & ~w | (w &+ ones) | w
            | zero(w ^ (ones &* 0x2E)) | zero(w ^ (ones &* 0x3F)) | zero(w ^ (ones &* 0x21))
          if flags & highs == 0 {
            i += 8
            continue
          }
        }
        let c = b[i]
        if c >= 0x80 {
          guard let width = Self.otherWidth(b, at: i, end: end) else { return false }
          i += width
          continue
        }
        if c == 0x7F || (c < 0x20 && c != 0x09) || c == 0x3F || c == 0x21 { return false }
        if c == 0x2E, i + 1 == end || b[i + 1] < 0x30 || b[i + 1] > 0x39 { return false }
        i += 1
      }
      return true
    }
  }

  /// The width of a character outside ASCII that `holdsOneSentence` lets pass, ending by
  /// `end`, or nil. Each is neither a terminator (STerm, ATerm) nor a separator (Sep):
  /// no-break space (Sp), the pound sign, Latin-1 and Latin Extended-A letters and the two
  /// signs among them (U+00C0–U+017F: Upper, Lower, or Other for × and ÷), en and em dashes
  /// (SContinue), curly quotes (Close) and the euro sign. They matter only after a
  /// terminator, and the text before the ending has none.
  static func otherWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
    switch b[i] {
    case 0xC2:
      guard i + 2 <= end, b[i + 1] == 0xA0 || b[i + 1] == 0xA3 else { return nil }
      return 2
    case 0xC3, 0xC4, 0xC5:
      guard i + 2 <= end, b[i + 1] & 0xC0 == 0x80 else { return nil }
      return 2
    case 0xE2:
      guard i + 3 <= end else { return nil }
      switch (b[i + 1], b[i + 2]) {
      case (0x80, 0x93), (0x80, 0x94), (0x80, 0x98), (0x80, 0x99), (0x80, 0x9C), (0x80, 0x9D), (0x82, 0xAC):
        return 3
      default: return nil
      }
    default: return nil
    }
  }

  /// `"`, `'`, `)` and `]`: ASCII closing punctuation (Sentence_Break Close).
  private static func isClosing(_ c: UInt8) -> Bool {
    c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D
  }

  /// Where the stretch of lines starting at `from` ends: just after the first line break that
  /// text not starting with a lower-case ASCII letter follows (white space between them
  /// skipped as `SentenceRepair` skips it), or at the end of the text.
  static func stretchEnd(_ bytes: [UInt8], from: Int) -> Int {
    bytes.withUnsafeBufferPointer { b in
      var i = from
      while true {
        i = lineBreak(b, from: i)
        guard i < b.count else { return b.count }
        i += b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
        let next = spaceEnd(bytes, b, from: i)
        if next == b.count || b[next] < 0x61 || b[next] > 0x7A { return i }
        i = next
      }
    }
  }

  /// The end of the run of white space (`UTF8Space`) from `from`: the first index that
  /// starts no space character, or `b.count`. (`b` is `bytes`, read in place.) Eight spaces
  /// at a time first: a markdown article's front matter is blanked to lines of spaces, and
  /// skipped a character at a time they were a third of `stretchEnd`.
  @inline(__always)
  static func spaceEnd(_ bytes: [UInt8], _ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var i = from
    let raw = UnsafeRawBufferPointer(b)
    while i < b.count {
      // Sound: the eight bytes loaded lie inside the buffer (i + 8 <= b.count).
      if i + 8 <= b.count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) == 0x2020_2020_2020_2020 {
        i += 8
        continue
      }
      let c = b[i]
      if c < 0x80 {
        guard isASCIISpace(c) else { return i }
        i += 1
      } else {
        guard let w = UTF8Space.width(bytes, at: i) else { return i }
        i += w
      }
    }
    return i
  }

  /// The index of the first CR or LF at or after `from`, or `b.count`; eight bytes at a time
  /// (this scan reads every byte of every document).
  private static func lineBreak(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var i = from
    let raw = UnsafeRawBufferPointer(b)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // Spelled with their type: as `SIMD16(repeating:)` inline, the compares were the generic
    // lane-by-lane ones.
    let lf = SIMD16<UInt8>(repeating: 0x0A)
    let cr = SIMD16<UInt8>(repeating: 0x0D)
    // Unchecked arithmetic: `i` stays within the buffer, whose count fits an `Int`.
    while i &+ 8 <= b.count {
      // Sixteen bytes at a time where they fit and hold no LF or CR, with SSE2 compares:
      // about a third of the instructions of two words' tests.
      if i &+ 16 <= b.count {
        let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
        let breaks = (v .== lf) .| (v .== cr)
        // The first break's place from the lanes, without reading the bytes again.
        guard breaks.anyLane else {
          i &+= 16
          continue
        }
        return i &+ breaks.firstLane
      }
      let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      // Flags the words with a byte below 0x0E (CR, LF, and the rarer tab, VT, FF): a byte
      // below n less n borrows into its high bit, which it did not have.
      if (word &- ones &* 0x0E) & ~word & highs != 0 {
        for k in i..<i + 8 where b[k] == 0x0A || b[k] == 0x0D { return k }
      }
      i += 8
    }
    while i < b.count, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
    return i
  }

  public func tokens(in document: Document, range: SourceRange) -> [Token] {
    tokens(in: document, ranges: [range])[0]
  }

  /// One word iterator for all the ranges; each range is still broken on its own.
  public func tokens(in document: Document, ranges: [SourceRange]) -> [[Token]] {
    tokens(in: document, ranges: ranges, asksEveryStatus: false)
  }

  /// `tokens(in:ranges:)`, optionally asking ICU the rule status of every segment, as it was
  /// written first: the reference for tests.
  func tokens(in document: Document, ranges: [SourceRange], asksEveryStatus: Bool) -> [[Token]] {
    wordClones.with(clonesOf: wordPrototype) { bi in
      ranges.map {
        if !asksEveryStatus, let tokens = quickTokens(in: document, range: $0, iterator: bi) { return tokens }
        return tokens(in: document, range: $0, iterator: bi, asksEveryStatus: asksEveryStatus)
      }
    } ?? ranges.map { _ in [] }
  }

  private func tokens(
    in document: Document, range: SourceRange, iterator bi: BreakSlot, asksEveryStatus: Bool
  ) -> [Token] {
    var result: [Token] = []
    // About one token per three bytes of news text; growing the array from empty was 1.3% of
    // an audit.
    result.reserveCapacity(range.length / 3 + 8)
    boundaries(
      using: bi, in: document.utf8, from: range.start, to: range.end,
      oneByteOthers: !asksEveryStatus
    ) {
      start, end, status in
      let tokenRange = SourceRange(start: start, end: end)
      switch status {
      case Self.notAsked:
        // One byte of white space or punctuation: a space exactly when `isSpace` would say so.
        let c = document.utf8[start]
        result.append(Token(range: tokenRange, kind: Self.isASCIISpace(c) ? .space : .punctuation))
      case 100..<200:
        // Most number segments are one well-formed number: one token, no intermediate array.
        if let single = digits.singleNumberToken(tokenRange, in: document.utf8) {
          result.append(single)
        } else {
          result.append(contentsOf: digits.numberTokens(tokenRange, in: document.utf8))
        }
      case 200..<500:
        // A word not led by a digit is one token: append it without the one-element array
        // `wordTokens` would allocate for it.
        let first = document.utf8[start]
        if first < 0x30 || first > 0x39 {
          result.append(Token(range: tokenRange, kind: .word))
        } else {
          result.append(contentsOf: digits.wordTokens(tokenRange, in: document.utf8))
        }
      default:
        let isSpace = Self.isSpace(document.utf8, tokenRange)
        result.append(Token(range: tokenRange, kind: isSpace ? .space : .punctuation))
      }
    }
    return result
  }

  /// The longest range `quickTokens` takes, and the tokens its scratch holds: a token per
  /// byte (40 bytes each; the scratch is kept with the word iterator).
  static let quickTokensLimit = 2048

  /// `tokens(in:range:iterator:asksEveryStatus: false)` for a range of up to `quickTokensLimit`
  /// bytes, or nil for a longer one. The same boundaries and the same decisions on each
  /// segment, but the tokens are written into a scratch kept with the iterator, with room for
  /// one per byte (a token is never empty and tokens never overlap), then copied into an array
  /// of their number; and a segment led and ended by an ASCII letter is a word without testing
  /// its first byte for a digit again. Appended one by one to an array given room for a token
  /// per three bytes, each token reloaded the array and checked its capacity: the loop was
  /// about 64 instructions a segment (21.3 M for the 332,000 segments of arch2k). Should the
  /// room run out after all (the number splitting making more tokens than bytes), nil sends
  /// the range to `tokens` as well. ICU breaks the range chunk by chunk, and a chunk it has
  /// broken before is replayed from the iterator's `WordMemo`.
  private func quickTokens(in document: Document, range: SourceRange, iterator slot: BreakSlot) -> [Token]? {
    let bytes = document.utf8
    // As `boundaries` narrows a range that cuts a character.
    var from = max(0, range.start)
    var to = min(range.end, bytes.count)
    while from < to, bytes[from] & 0xC0 == 0x80 { from += 1 }
    while to > from, to < bytes.count, bytes[to] & 0xC0 == 0x80 { to -= 1 }
    guard to > from else { return [] }
    guard to - from <= Self.quickTokensLimit else { return nil }
    // Sound: `out` has room for `capacity` tokens (`tokenScratch`), and `put` writes only
    // below it, checked before each token.
    var sink = TokenSink(out: slot.tokenScratch(Self.quickTokensLimit), capacity: Self.quickTokensLimit)
    let memo = slot.memo
    // True when done, false when the sink is full, nil when ICU could not break a chunk.
    let done = bytes.withUnsafeBufferPointer { b -> Bool? in
      var lo = from
      while lo < to {
        // The chunk: the spaces at `lo` and what follows them up to the next cut (`WordMemo`).
        let (hi, hash) = WordMemo.chunk(b, from: lo, to: to)
        let keep = hi &- lo <= WordMemo.longestKey
        if keep, let (first, count) = memo.find(b, lo, hi, hash: hash) {
          guard sink.n &+ count <= sink.capacity else { return false }
          for k in first..<first &+ count {
            (sink.out + sink.n).initialize(to: memo.token(k, at: lo))
            sink.n &+= 1
          }
        } else {
          let made = sink.n
          var end = lo
          var full = false
          boundaries(using: slot, in: bytes, from: lo, to: hi, oneByteOthers: true) { start, stop, status in
            guard !full else { return }
            full = !put(b, bytes, start, stop, { status }, &sink, &slot.parses)
            end = stop
          }
          if full { return false }
          guard end == hi else { return nil }
          if keep { memo.insert(b, lo, hi, hash: hash, tokens: UnsafeBufferPointer(start: sink.out + made, count: sink.n &- made)) }
        }
        lo = hi
      }
      return true
    }
    // The array made at its size in one copy: no spare room to allocate.
    switch done {
    case true?: return sink.array
    case false?: return nil
    case nil: return []
    }
  }

  /// Writes the tokens of the segment `lo..<hi` into `sink`, asking `status` for ICU's rule
  /// status only when the segment's bytes do not settle it; false when the sink is full.
  @inline(__always)
  private func put(
    _ b: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8], _ lo: Int, _ hi: Int, _ status: () -> Int32,
    _ sink: inout TokenSink, _ parses: inout ParseMemo
  ) -> Bool {
    let tokenRange = SourceRange(start: lo, end: hi)
    let c = b[lo]
    if Self.isASCIILetter(c) && Self.isASCIILetter(b[hi &- 1]) {
      // `letterLed`: a word, not led by a digit.
      return sink.put(Token(range: tokenRange, kind: .word))
    }
    if hi &- lo == 1 && Self.isOtherByte(c) {
      // `notAsked`.
      return sink.put(Token(range: tokenRange, kind: Self.isASCIISpace(c) ? .space : .punctuation))
    }
    switch status() {
    case 100..<200:
      if let single = digits.singleNumberToken(tokenRange, in: bytes, local: &parses) {
        return sink.put(single)
      }
      for t in digits.numberTokens(tokenRange, in: bytes) {
        guard sink.put(t) else { return false }
      }
      return true
    case 200..<500:
      if c < 0x30 || c > 0x39 {
        return sink.put(Token(range: tokenRange, kind: .word))
      }
      for t in digits.wordTokens(tokenRange, in: bytes) {
        guard sink.put(t) else { return false }
      }
      return true
    default:
      return sink.put(Token(range: tokenRange, kind: Self.isSpace(bytes, tokenRange) ? .space : .punctuation))
    }
  }

  /// Every boundary ICU finds in `bytes[from..<to]`, `from` included: the raw segmentation
  /// under `sentences` and `tokens`, for tests. `kind` is `FCUBRK_WORD` or `FCUBRK_SENTENCE`.
  func boundaries(_ kind: Int32, in bytes: [UInt8], from: Int, to: Int) -> [Int] {
    let prototype = kind == Int32(FCUBRK_SENTENCE) ? sentencePrototype : wordPrototype
    let pool = kind == Int32(FCUBRK_SENTENCE) ? sentenceClones : wordClones
    return pool.with(clonesOf: prototype) { slot in
      var result = [from]
      boundaries(using: slot, in: bytes, from: from, to: to) { _, end, _ in result.append(end) }
      return result
    } ?? []
  }

  /// Each word segment of `bytes` as ICU gives it: its end and ICU's rule status, asked
  /// every time. The reference the memo's replays are tested against.
  func wordSegments(in bytes: [UInt8]) -> [(end: Int, status: Int32)] {
    wordClones.with(clonesOf: wordPrototype) { slot in
      var result: [(end: Int, status: Int32)] = []
      boundaries(using: slot, in: bytes, from: 0, to: bytes.count) { _, end, status in
        result.append((end, status))
      }
      return result
    } ?? []
  }

  // MARK: - Private

  private static func openBreakIterator(_ type: Int32, locale: String) throws(ICUError)
    -> OpaquePointer
  {
    var status: FCUErrorCode = 0
    guard let bi = fc_ubrk_open(type, locale, nil, 0, &status), status <= 0 else {
      throw ICUError(function: "ubrk_open", status: status)
    }
    return bi
  }

  /// The rule status `boundaries` passes for a segment it did not ask ICU about.
  private static let notAsked: Int32 = -1

  /// The rule status `boundaries` passes, without asking ICU, for a word segment that starts
  /// and ends with an ASCII letter: ICU's word rules tag a segment led by a letter (ALetter)
  /// and ending in one as a word of letters (200–299). (One that ends otherwise may not be:
  /// "R2\u{202F}305", with an ExtendNumLet, is a number, 100.) Such segments are most of the
  /// rest of a sentence's (about 130,000 calls in a 2,000-article audit). The test that
  /// compares with asking every status meets each ASCII letter next to every other piece.
  private static let letterLed: Int32 = 200

  private static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }

  /// True for the ASCII bytes that are white space or punctuation to ICU's word rules: tab to
  /// CR, space, and the symbols but the underscore (ExtendNumLet, which joins words and
  /// numbers) and `@` (the system's ICU tags an `@` alone as a word). A segment of one of
  /// them alone matches no rule that tags a number (100–199), a word (200–299), kana
  /// (300–399) or ideographs (400–499): its status is below 100. A test compares the tokens
  /// with those made asking ICU every status, on text mixing all of ASCII.
  static func isOtherByte(_ c: UInt8) -> Bool {
    (c >= 0x09 && c <= 0x0D) || (c >= 0x20 && c <= 0x2F) || (c >= 0x3A && c <= 0x3F)
      || (c >= 0x5B && c <= 0x60 && c != 0x5F) || (c >= 0x7B && c <= 0x7E)
  }

  /// Calls `body(start, end, ruleStatus)` for each segment of `bytes[from..<to]`, with offsets
  /// into `bytes`, on an iterator of the caller's, which it must not share between threads.
  /// `bytes` is valid UTF-8 (it comes from a `String`). With `oneByteOthers`, a segment led by
  /// and ending in an ASCII letter gets `letterLed` for its status, and a segment of
  /// one byte that `isOtherByte` takes gets `notAsked`: about half of a
  /// sentence's word segments are one space or one punctuation mark, and the call asking ICU
  /// was 3.2 M instructions of a 2,000-article audit.
  private func boundaries(
    using slot: BreakSlot, in bytes: [UInt8], from: Int, to: Int, oneByteOthers: Bool = false,
    _ body: (Int, Int, Int32) -> Void
  ) {
    // A caller's range may cut a character (the library's `tokens(in:range:)` takes any
    // range): it is narrowed to the whole characters inside it, which the decoder needs.
    var from = max(0, from)
    var to = min(to, bytes.count)
    while from < to, bytes[from] & 0xC0 == 0x80 { from += 1 }
    while to > from, to < bytes.count, bytes[to] & 0xC0 == 0x80 { to -= 1 }
    guard to > from, let units = slot.load(bytes, from: from, to: to) else { return }
    var status: FCUErrorCode = 0
    fc_ubrk_setText(slot.iterator, slot.units, Int32(units), &status)
    guard status <= 0 else { return }
    let bi = slot.iterator
    let map = slot.offsets
    // Setting the text puts the iterator at its start (ICU's documented contract for
    // setText), where `ubrk_first` would put it: one call less per span.
    // Each segment's start is the last one's end, already mapped. Unchecked arithmetic: the
    // offsets lie inside `bytes`, whose count fits an `Int` many times over.
    var lo = from
    while true {
      let next = fc_ubrk_next(bi)
      if next == Int32(FCUBRK_DONE) { break }
      let end = Int(next)
      let hi = map.map { from &+ Int($0[end]) } ?? from &+ end
      let status: Int32
      if oneByteOthers {
        let c = bytes[lo]
        if Self.isASCIILetter(c) && Self.isASCIILetter(bytes[hi &- 1]) {
          status = Self.letterLed
        } else if hi &- lo == 1 && Self.isOtherByte(c) {
          status = Self.notAsked
        } else {
          status = fc_ubrk_getRuleStatus(bi)
        }
      } else {
        status = fc_ubrk_getRuleStatus(bi)
      }
      body(lo, hi, status)
      lo = hi
    }
  }

  /// `range` without the white space (`UTF8Space`) at either end, or nil if nothing is left.
  static func trimmed(_ range: SourceRange, in bytes: [UInt8]) -> SourceRange? {
    var hi = range.end
    // An ASCII byte is decided here: `UTF8Space` takes it as a space of one byte exactly when
    // it is tab, LF, VT, FF, CR or space. Asking `widthBefore` at a range's last byte, most
    // often a full stop, looked for spaces of one, two and three bytes (8 M instructions).
    // The start goes over the space at the range's start with `spaceEnd`, eight spaces at a
    // time (blanked front matter), bounded by the range's end as the byte loop was.
    let lo = bytes.withUnsafeBufferPointer { b in
      Self.spaceEnd(bytes, UnsafeBufferPointer(rebasing: b[..<hi]), from: range.start)
    }
    while hi > lo {
      let c = bytes[hi - 1]
      if c < 0x80 {
        guard Self.isASCIISpace(c) else { break }
        hi -= 1
      } else {
        guard let w = UTF8Space.widthBefore(bytes, at: hi) else { break }
        hi -= w
      }
    }
    return lo < hi ? SourceRange(start: lo, end: hi) : nil
  }

  /// The ASCII bytes `UTF8Space.width` gives a width of one.
  private static func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

  /// `trimmed` as it was written first, on `UTF8Space` alone: the reference for tests.
  static func trimmedReference(_ range: SourceRange, in bytes: [UInt8]) -> SourceRange? {
    var lo = range.start
    var hi = range.end
    while lo < hi, let w = UTF8Space.width(bytes, at: lo) { lo += w }
    while hi > lo, let w = UTF8Space.widthBefore(bytes, at: hi) { hi -= w }
    return lo < hi ? SourceRange(start: lo, end: hi) : nil
  }

  private static func isSpace(_ bytes: [UInt8], _ range: SourceRange) -> Bool {
    var i = range.start
    while i < range.end {
      guard let w = UTF8Space.width(bytes, at: i) else { return false }
      i += w
    }
    return true
  }
}

/// A break iterator clone and the UTF-16 text it is set on.
private final class BreakSlot {
  let iterator: OpaquePointer
  /// The span being broken, as UTF-16.
  private(set) var units: UnsafeMutablePointer<FCUChar>
  /// For a span with non-ASCII text, the UTF-8 offset (from the span's start) of each UTF-16
  /// index, one past the end included; nil when the span is ASCII and the two agree.
  private(set) var offsets: UnsafeMutablePointer<Int32>?
  private var offsetStorage: UnsafeMutablePointer<Int32>
  private var capacity: Int

  /// Tokens written before they are copied out (`ICUSegmenter.quickTokens`), made on first use
  /// (sentence iterators never need it).
  private var tokens: UnsafeMutablePointer<Token>?
  private var tokenCapacity = 0

  /// Values of number texts parsed for this slot's thread (`ICUDigitParser.singleNumberToken(
  /// _:in:local:)`). A slot is used by one thread at a time (the pool hands it out), so its
  /// accesses never overlap: the run-time exclusivity check is left out.
  @exclusivity(unchecked) var parses = ParseMemo()

  /// ICU's segments of the chunks this word iterator has broken (`WordMemo`), made on first
  /// use (sentence iterators never need it).
  private(set) lazy var memo = WordMemo()

  init(_ iterator: OpaquePointer) {
    self.iterator = iterator
    capacity = 1024
    units = .allocate(capacity: capacity)
    offsetStorage = .allocate(capacity: capacity + 1)
  }

  deinit {
    fc_ubrk_close(iterator)
    units.deallocate()
    offsetStorage.deallocate()
    tokens?.deallocate()
  }

  /// Scratch lists of ranges for `ICUSegmenter.sentences(in:screenedBy:)`, empty (with their
  /// room) between uses.
  var segments: [SourceRange] = []
  var passed: [SourceRange] = []

  /// Room for `count` tokens, uninitialised (`Token` holds no references: nothing is left to
  /// release when the room is written over or given back).
  func tokenScratch(_ count: Int) -> UnsafeMutablePointer<Token> {
    if let tokens, tokenCapacity >= count { return tokens }
    tokens?.deallocate()
    let made = UnsafeMutablePointer<Token>.allocate(capacity: count)
    tokens = made
    tokenCapacity = count
    return made
  }

  private func reallocate(_ newCapacity: Int) {
    units.deallocate()
    offsetStorage.deallocate()
    capacity = newCapacity
    units = .allocate(capacity: capacity)
    offsetStorage = .allocate(capacity: capacity + 1)
  }

  /// Gives back a buffer grown for a long document (six bytes per byte of text), so a pooled
  /// slot does not hold it for the rest of an audit. The iterator's text is set again before
  /// its next use.
  func shrink() {
    if capacity > Self.keptCapacity { reallocate(1024) }
  }

  private static let keptCapacity = 1 << 20

  /// Fills `units` (and `offsets`) from `bytes[from..<to]` and returns the number of UTF-16
  /// units, or nil if the span is too long for ICU's 32-bit indices.
  func load(_ bytes: [UInt8], from: Int, to: Int) -> Int? {
    let count = to - from
    guard count < Int(Int32.max) else { return nil }
    // A UTF-8 span never has more UTF-16 units than bytes.
    if count > capacity { reallocate(Swift.max(count, capacity * 2)) }
    return bytes.withUnsafeBufferPointer { buffer in
      let span = UnsafeBufferPointer(rebasing: buffer[from..<to])
      let ascii = Self.asciiPrefix(span)
      for i in 0..<ascii { units[i] = FCUChar(span[i]) }
      if ascii == count {
        offsets = nil
        return count
      }
      // Truncating is exact: every offset is below `count`, itself below Int32.max.
      for i in 0..<ascii { offsetStorage[i] = Int32(truncatingIfNeeded: i) }
      return loadUnicode(span, from: ascii)
    }
  }

  /// The length of the ASCII run `span` starts with, read eight bytes at a time.
  private static func asciiPrefix(_ span: UnsafeBufferPointer<UInt8>) -> Int {
    var i = 0
    let raw = UnsafeRawBufferPointer(span)
    // Unchecked arithmetic: `i` stays within the span.
    while i &+ 8 <= span.count {
      if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
      i &+= 8
    }
    while i < span.count && span[i] < 0x80 { i += 1 }
    return i
  }

  /// Decodes valid UTF-8 by its lead bytes. (The standard library's parser was 3.5% of an
  /// audit here: most articles have a curly quote or a pound sign somewhere.)
  /// `span[..<start]` is ASCII and already in `units` and `offsetStorage`.
  private func loadUnicode(_ span: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var unit = start
    var i = start
    while i < span.count {
      let lead = UInt32(span[i])
      offsetStorage[unit] = Int32(i)
      if lead < 0x80 {
        // An ASCII run: its units and offsets in one plain loop, with wrapping arithmetic
        // so that it is vectorised (checked, it cost 16 instructions a byte). Nothing wraps:
        // indices stay below `span.count`, which `load` keeps below Int32.max.
        let run = Self.asciiPrefix(UnsafeBufferPointer(rebasing: span[i...]))
        let base = Int32(truncatingIfNeeded: i)
        for k in 0..<run {
          units[unit &+ k] = FCUChar(truncatingIfNeeded: span[i &+ k])
          offsetStorage[unit &+ k] = base &+ Int32(truncatingIfNeeded: k)
        }
        unit += run
        i += run
      } else if lead < 0xE0 {
        units[unit] = FCUChar((lead & 0x1F) << 6 | UInt32(span[i + 1]) & 0x3F)
        unit += 1
        i += 2
      } else if lead < 0xF0 {
        units[unit] = FCUChar(
          (lead & 0x0F) << 12 | (UInt32(span[i + 1]) & 0x3F) << 6 | UInt32(span[i + 2]) & 0x3F)
        unit += 1
        i += 3
      } else {
        let scalar = (lead & 0x07) << 18 | (UInt32(span[i + 1]) & 0x3F) << 12
          | (UInt32(span[i + 2]) & 0x3F) << 6 | UInt32(span[i + 3]) & 0x3F
        let offset = scalar - 0x10000
        units[unit] = FCUChar(0xD800 | offset >> 10)
        units[unit + 1] = FCUChar(0xDC00 | offset & 0x3FF)
        offsetStorage[unit + 1] = Int32(i)
        unit += 2
        i += 4
      }
    }
    offsetStorage[unit] = Int32(i)
    offsets = offsetStorage
    return unit
  }
}

/// Break iterator clones not in use, for reuse by the next call on any thread.
private final class IteratorPool: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [BreakSlot] = []

  /// Runs `body` with a clone of `prototype`, or returns nil if ICU cannot clone it.
  func with<T>(clonesOf prototype: OpaquePointer, _ body: (BreakSlot) -> T) -> T? {
    lock.lock()
    var slot = free.popLast()
    lock.unlock()
    if slot == nil {
      var status: FCUErrorCode = 0
      let clone = fc_ubrk_clone(prototype, &status)
      if status > 0, let bad = clone {
        fc_ubrk_close(bad)
      } else if let clone {
        slot = BreakSlot(clone)
      }
    }
    guard let slot else { return nil }
    defer {
      slot.shrink()
      lock.lock()
      free.append(slot)
      lock.unlock()
    }
    return body(slot)
  }

  func closeAll() {
    lock.lock()
    defer { lock.unlock() }
    free = []
  }
}

/// A failed ICU call.
public struct ICUError: Error, CustomStringConvertible, Sendable {
  public var function: String
  public var status: Int32

  public var description: String {
    "ICU \(function) failed: \(String(cString: fc_u_errorName(status)))"
  }
}

/// Tokens written into a slot's scratch (`BreakSlot.tokenScratch`) by `quickTokens`.
private struct TokenSink {
  let out: UnsafeMutablePointer<Token>
  let capacity: Int
  var n = 0

  /// Writes `token` after the others, or returns false if the scratch is full.
  @inline(__always) mutating func put(_ token: Token) -> Bool {
    guard n < capacity else { return false }
    (out + n).initialize(to: token)
    n &+= 1
    return true
  }

  var array: [Token] { Array(UnsafeBufferPointer(start: out, count: n)) }
}
