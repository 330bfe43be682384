/// Finds every numeric expression in a sentence: counts, percentages, rates, one-in-N,
/// fractions, multiples, zeros, money, years, financial years, dates, relative periods,
/// durations, labels and pronouns, each with its exact span, value and hedge.
///
/// A token-level matcher with small word tables (`NumberLexicon`): words are compared as packed
/// lowercase ASCII keys, never through regular expressions. Spelled numbers are parsed by hand
/// (`SpelledNumberParser`), not with ICU's spell-out rules.
public struct NumberRecognizer: Sendable {
  public init() {}

  /// The expressions in one sentence's tokens, in text order and non-overlapping.
  ///
  /// `exhaustive` tries every form at every token, without the shortcuts (sentences with no
  /// number word, words no form starts on); tests compare the two.
  public func recognize(in document: Document, tokens: [Token], exhaustive: Bool = false)
    -> [NumericExpression]
  {
    var room = SentenceView.Room()
    return recognize(in: document, tokens: tokens, exhaustive: exhaustive, room: &room)
  }

  /// `recognize(in:tokens:exhaustive:)`, its view's items written into `room` (kept for the
  /// next sentence: see `SentenceView.Room`).
  func recognize(in document: Document, tokens: [Token], exhaustive: Bool = false, room: inout SentenceView.Room)
    -> [NumericExpression]
  {
    // A sentence with no anchor (see `mayHoldNumber`) holds no expression. Most that hold one
    // hold a number token, found by its kind alone: only the rest are scanned word by word,
    // which read again the start of nine sentences in ten as the view keyed them.
    guard exhaustive || Self.holdsNumberToken(tokens) || Self.mayHoldNumber(document.utf8, tokens)
    else { return [] }
    var m = Matcher(view: SentenceView(document: document, tokens: tokens, room: &room))
    m.everyForm = exhaustive
    var out: [NumericExpression] = []
    // Every expression holds a token `mayHoldNumber` looks for (a number, a witness word, a
    // capitalised month or a "-fold" word), so none starts after the last of them.
    let end = exhaustive ? m.view.count : m.view.lastAnchor + 1
    var i = 0
    while i < end {
      // A token no form can start on is passed over without trying each form there.
      if m.starts(i).isDisjoint(with: .all) {
        i += 1
        continue
      }
      if var (e, next) = m.match(at: i) {
        // A number too large for a Double (a 400-digit run) is no statistic; it would print as
        // "inf" and break the JSON report.
        if e.value.isFinite && e.min?.isFinite != false && e.max?.isFinite != false {
          // Room for four at the first: growing one at a time was 14,000 reallocations.
          if out.isEmpty { out.reserveCapacity(4) }
          if e.form == .number, !e.spelled, Self.isNamePart(document.utf8, e.range.start) { e.form = .label }
          // "0800 11 11": a phone number or code, with the digit blocks written after it.
          if e.form == .number, next == i + 1, Self.isCode(m.view, i) {
            next = Self.codeEnd(m.view, from: i, next)
            e.form = .code
            e.range = m.view.range(i, next)
          }
          // "24/7" is a phrase, not a share: a written fraction of one or more.
          if e.form == .fraction, !e.spelled, e.value >= 1 { e.form = .label }
          out.append(e)
        }
        i = next
      } else {
        i += 1
      }
    }
    return Self.mergeBounds(out, m.view)
  }

  /// True when the number at `start` is glued by a hyphen to the word before it: "COVID-19",
  /// "Covid-19", "F-35", "under-18s". A name or a label, never a count.
  static func isNamePart(_ bytes: [UInt8], _ start: Int) -> Bool {
    guard start >= 3, bytes[start - 1] == 0x2D, bytes[start] >= 0x30, bytes[start] <= 0x39 else { return false }
    func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    var w = start - 1
    while w > 0, isLetter(bytes[w - 1]) { w -= 1 }
    return start - 1 - w >= 2 && (w == 0 || !(bytes[w - 1] >= 0x30 && bytes[w - 1] <= 0x39))
  }

  /// True when token `i` is three or more plain digits led by a zero ("0800", "020", "01632"):
  /// no quantity is written so, but phone numbers and codes are. ("0.5" has a point; "07 March"
  /// is a date before it is a number.)
  static func isCode(_ view: SentenceView, _ i: Int) -> Bool {
    guard let n = view.plainDigitCount(i), n >= 3 else { return false }
    return view.bytes[view[i].range.start] == 0x30
  }

  /// The token after a code starting at `i` whose first block ends before `next`: the blocks
  /// of plain digits that follow it, each after one space ("0800 11 11").
  static func codeEnd(_ view: SentenceView, from i: Int, _ next: Int) -> Int {
    var k = next
    while view.isNumber(k), view[k].gap == .groupSpace, view.plainDigitCount(k) != nil { k += 1 }
    return k
  }

  /// False when no expression can start in the tokens: no number token and no word that every
  /// digit-free form needs (a spelled number, fraction, vague amount, multiple, zero word,
  /// "one", a period word or a capitalised month, "-fold"). Most news sentences hold none, and
  /// this scan is far cheaper than building the matcher's view.
  static func mayHoldNumber(_ bytes: [UInt8], _ tokens: [Token]) -> Bool {
    let table = FormStarts.table
    return bytes.withUnsafeBufferPointer { b in
      tokens.contains { t in
        t.kind == .number || (t.kind == .word && isAnchorWord(b, t.range, table: table))
      }
    }
  }

  /// True when a token is a number.
  static func holdsNumberToken(_ tokens: [Token]) -> Bool {
    tokens.withUnsafeBufferPointer { ts in ts.contains { $0.kind == .number } }
  }

  /// A word every digit-free expression may hold: a witness, a capitalised month or a "-fold"
  /// word. As `SentenceView` finds its `lastAnchor`.
  private static func isAnchorWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ r: SourceRange, table: WordKeyTable<FormStarts>
  ) -> Bool {
    // Offsets into the buffer: the length cannot overflow.
    let length = r.end &- r.start
    if length > 4, SentenceView.endsInFold(bytes, r.end) { return true }
    // Only asks whether the word is in the table. A word of up to eight bytes is keyed with one
    // load (`r.start + 8 <= bytes.count` keeps it in the buffer) and a letter test, cheaper than
    // the probe's masks of both halves; a longer one is probed without checking its letters.
    let key: WordKey
    if UInt(bitPattern: length &- 1) < 8 && r.start &+ 8 <= bytes.count {
      key = WordKey(lo: WordKey.packedShort(UnsafeRawPointer(bytes.baseAddress!), r.start, length), hi: 0)
    } else {
      key = WordKey.probe(bytes, r)
    }
    guard key.lo != 0 else { return false }
    let starts = table[key]
    return starts.contains(.witness) || (starts.contains(.month) && bytes[r.start] < 0x61)
  }

  /// The anchor words by key, each with whether it anchors only when capitalised (a month):
  /// `SentenceScreen` passes over sentences that hold none of them, nor a digit.
  static var anchorKeys: [WordKey: Bool] {
    var table: [WordKey: Bool] = [:]
    for k in NumberLexicon.months.keys { table[k] = true }
    for k in witnesses { table[k] = false }
    return table
  }

  /// Words at least one of which every expression without digits contains (see
  /// `mayHoldNumber`); months are checked apart, as only capitalised ones count.
  static let witnesses: Set<WordKey> = {
    var s = Set(NumberLexicon.atoms.keys)
    s.formUnion(NumberLexicon.vague.keys)
    s.formUnion(NumberLexicon.multiples.keys)
    // Zeros ("none", "no offenders", "did not remove any"), pronouns ("one of the"), relative
    // periods (all name a year or a decade) and "a decade", "a century".
    s.formUnion([W.none, W.nobody, W.zero, W.nil_, W.no, W.any, W.one, W.year, W.decade, W.century])
    // "the vast majority".
    s.insert(NumberLexicon.majority)
    return s
  }()

  /// Every expression in the document, sentence by sentence.
  public func recognizeAll(in document: Document, segmenter: some TextSegmenter)
    -> [NumericExpression]
  {
    segmenter.sentences(in: document).flatMap {
      recognize(in: document, tokens: segmenter.tokens(in: document, range: $0))
    }
  }

  /// "more than 10 and less than 20" → one range from 10 to 20.
  ///
  /// Merged in place: the array is written only where two merge, which few sentences hold
  /// (building a second array for every sentence was 7.5 M instructions of a 2,000-article
  /// audit).
  /// A sentence with one expression (most) returns at once, and the loop copies an expression
  /// only to move it: copying each out and back (with its unit string) was 2.9 M instructions.
  static func mergeBounds(_ e: consuming [NumericExpression], _ view: SentenceView) -> [NumericExpression] {
    var out = e
    guard out.count > 1 else { return out }
    var kept = 0
    for k in out.indices {
      if kept > 0, let merged = merge(out[kept - 1], out[k], view) {
        out[kept - 1] = merged
        continue
      }
      if kept != k { out[kept] = out[k] }
      kept += 1
    }
    if kept < out.count { out.removeLast(out.count - kept) }
    return out
  }

  /// `last` and `x` as one range, when one gives only a lower bound and the other only an
  /// upper one above it, with only connectors between them.
  private static func merge(_ last: NumericExpression, _ x: NumericExpression, _ view: SentenceView)
    -> NumericExpression?
  {
    guard let lo = last.min ?? x.min, let hi = last.max ?? x.max,
      (last.min == nil) != (x.min == nil), (last.max == nil) != (x.max == nil),
      last.min == nil || last.max == nil, x.min == nil || x.max == nil, lo < hi,
      onlyConnectors(view, from: last.range.end, to: x.range.start)
    else { return nil }
    var merged = last
    merged.range = last.range.union(x.range)
    merged.min = lo
    merged.max = hi
    merged.value = (lo + hi) / 2
    merged.hedge = .between
    return merged
  }

  private static func onlyConnectors(_ view: SentenceView, from: Int, to: Int) -> Bool {
    var sawConnector = false
    var sawComma = false
    for i in 0..<view.count where view[i].range.start >= from && view[i].range.end <= to {
      let k = view[i].key
      if k == W.and || k == W.but {
        sawConnector = true
      } else if view.punct(i) == 0x2C {
        sawComma = true
      } else {
        return false
      }
    }
    return sawConnector || sawComma
  }
}
