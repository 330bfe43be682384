@testable import FactCheckCore
import FactCheckICU
import Testing

/// The recogniser's fast paths against plain readings of the same tokens, on the corpora and
/// on phrases with line breaks, non-ASCII words, dashes and empty sentences.
@Suite struct NumberFastPathTests {
  static let phrases = [
    "", " ", "\n\n", "The same time\nlast year; the same time last\nyear; the year\nbefore.",
    "Ten or\nmore, 20 or more, 30 or greater than 40, 50 and under 60, café or less, 7 or",
    "A year ago, a decade ago, a year earlier, the prior year, the year after, the",
    "Naïve — “quoted” 1 234 567 people…\r\nÉté 2019–20, ½ and ¾, 5‑fold, Sept. 3 or fewer",
  ]

  static func sentences() throws -> [(Document, [Token])] {
    let segmenter = try ICUSegmenter()
    var out: [(Document, [Token])] = []
    for text in try RecognizerShortcutTests.texts() + Self.phrases {
      let doc = Document(text: text)
      for range in segmenter.sentences(in: doc) {
        out.append((doc, segmenter.tokens(in: doc, range: range)))
      }
      out.append((doc, []))
    }
    return out
  }

  /// The first row of `rows` whose words follow one another from `i`, by `Matcher.matches`.
  static func reference<V>(_ rows: [([WordKey], V)], _ m: Matcher, _ i: Int) -> (V, Int)? {
    for (words, v) in rows where m.matches(words, at: i) { return (v, i + words.count) }
    return nil
  }

  @Test func phraseTablesMatchTheRowByRowReading() throws {
    var found = 0
    for (doc, tokens) in try Self.sentences() {
      let m = Matcher(view: SentenceView(document: doc, tokens: tokens))
      for i in -1...(m.view.count + 1) {
        let table = Matcher.relativeTable.match(in: m.view, at: i)
        let rows = i >= 0 && i < m.view.count ? Self.reference(Matcher.relativeTable.rows, m, i) : nil
        #expect(table?.0.0 == rows?.0.0 && table?.0.1 == rows?.0.1 && table?.1 == rows?.1, "\(i): \(doc.text)")
        let bound = NumberLexicon.suffixBoundTable.match(in: m.view, at: i)
        let boundRows = i >= 0 && i < m.view.count ? Self.reference(NumberLexicon.suffixBounds, m, i) : nil
        #expect(bound?.0 == boundRows?.0 && bound?.1 == boundRows?.1, "\(i): \(doc.text)")
        if table != nil || bound != nil { found += 1 }
      }
    }
    #expect(found > 20)
  }

  /// The view holds every token but spaces, in order, each keyed as `WordKey` keys it alone.
  @Test func viewHoldsTheTokensButSpaces() throws {
    for (doc, tokens) in try Self.sentences() {
      let view = SentenceView(document: doc, tokens: tokens)
      let kept = tokens.filter { $0.kind != .space }
      #expect(view.count == kept.count)
      for (i, t) in kept.enumerated() where i < view.count {
        #expect(view[i].range == t.range && view[i].kind == t.kind && view[i].number == t.number)
        #expect(view[i].key == (t.kind == .word ? WordKey(doc.utf8, t.range) : nil), "\(doc.slice(t.range))")
      }
      #expect(!view.contains(-1) && !view.contains(view.count) && !view.is(view.count, W.the))
    }
  }

  /// The view's last anchor (found as it keys the words, in a second pass over the items) is
  /// the last token `mayHoldNumber` stops at, read here token by token from the end; -1 exactly
  /// when `mayHoldNumber` finds none.
  @Test func lastAnchorIsTheLastTokenMayHoldNumberStopsAt() throws {
    var anchored = 0
    for (doc, tokens) in try Self.sentences() {
      let view = SentenceView(document: doc, tokens: tokens)
      let kept = tokens.filter { $0.kind != .space }
      let expected = kept.indices.last { NumberRecognizer.mayHoldNumber(doc.utf8, [kept[$0]]) } ?? -1
      #expect(view.lastAnchor == expected, "\(doc.text)")
      #expect((view.lastAnchor >= 0) == NumberRecognizer.mayHoldNumber(doc.utf8, tokens))
      #expect((view.lastAnchor >= 0) == (NumberRecognizer.holdsNumberToken(tokens)
        || NumberRecognizer.mayHoldNumber(doc.utf8, tokens)))
      if view.lastAnchor >= 0 { anchored += 1 }
    }
    #expect(anchored > 1000)
  }

  /// Views made one after another through one `SentenceView.Room` (as the extractor makes
  /// them) hold what a view made alone holds, whether the room's memory is reused, too small,
  /// or still held by an earlier view that is alive; and the recogniser finds the same
  /// expressions through a room as without one.
  @Test func viewsMadeInOneRoomMatchViewsMadeAlone() throws {
    // Sentences longer than the room's first memory (128 items) among the others, so that the
    // room is outgrown and then reused.
    let segmenter = try ICUSegmenter()
    var long: [(Document, [Token])] = []
    for n in [40, 90] {
      let doc = Document(text: String(repeating: "12 of the 345 people, up 6% since 2019; ", count: n))
      long.append((doc, segmenter.tokens(in: doc, range: SourceRange(start: 0, end: doc.utf8.count))))
    }
    #expect(long.allSatisfy { $0.1.count > 128 })
    var sentences = try Self.sentences()
    sentences.insert(long[0], at: sentences.count / 3)
    sentences.insert(long[1], at: 2 * sentences.count / 3)
    var room = SentenceView.Room()
    var alive: SentenceView?
    var expressions = 0
    for (k, (doc, tokens)) in sentences.enumerated() {
      let fresh = SentenceView(document: doc, tokens: tokens)
      let reused = SentenceView(document: doc, tokens: tokens, room: &room)
      #expect(reused.count == fresh.count && reused.lastAnchor == fresh.lastAnchor, "\(doc.text)")
      for i in 0..<min(reused.count, fresh.count) {
        let (a, b) = (reused[i], fresh[i])
        #expect(a.range == b.range && a.kind == b.kind && a.number == b.number && a.key == b.key
          && a.gap == b.gap && a.starts == b.starts, "\(i): \(doc.text)")
      }
      // Every third view is kept alive over the next one, which must then not write over it.
      if let kept = alive {
        let (previousDoc, previousTokens) = sentences[k - 1]
        let again = SentenceView(document: previousDoc, tokens: previousTokens)
        #expect(kept.count == again.count)
        for i in 0..<min(kept.count, again.count) {
          #expect(kept[i].range == again[i].range && kept[i].key == again[i].key && kept[i].starts == again[i].starts)
        }
      }
      alive = k % 3 == 0 ? reused : nil
      let plain = NumberRecognizer().recognize(in: doc, tokens: tokens)
      let roomed = NumberRecognizer().recognize(in: doc, tokens: tokens, room: &room)
      #expect(plain == roomed, "\(doc.text)")
      expressions += plain.count
    }
    #expect(expressions > 1000)
  }

  /// Each item's gap is what the spaces before it make, read here space by space: a line break
  /// if one holds CR, LF or U+2028; else one digit-group space alone (an ASCII space, a no-break
  /// or thin space) is a group space, and any other run of space is a space. (`SentenceView`
  /// decides the common single ASCII space first.) On the corpora and on runs of spaces of
  /// every kind between words and numbers.
  @Test func gapsAreWhatTheSpacesBeforeMake() throws {
    let segmenter = try ICUSegmenter()
    let spaces = [" ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2028}", " \n ", "\u{3000}"]
    var texts = try RecognizerShortcutTests.texts() + Self.phrases
    var random = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      texts.append((0..<12).map { _ in
        ["1", "234", "five", "é", "%", "-", "£", "years"].randomElement(using: &random)!
          + (0..<Int.random(in: 0...3, using: &random)).map { _ in spaces.randomElement(using: &random)! }.joined()
      }.joined())
    }
    var checked = 0
    for text in texts {
      let doc = Document(text: text)
      let bytes = doc.utf8
      // The whole text as one range too: its spaces include line breaks.
      for range in segmenter.sentences(in: doc) + [SourceRange(start: 0, end: bytes.count)] {
        let tokens = segmenter.tokens(in: doc, range: range)
        let view = SentenceView(document: doc, tokens: tokens)
        var before: [SourceRange] = []
        var item = 0
        for t in tokens {
          if t.kind == .space {
            before.append(t.range)
            continue
          }
          let expected: SentenceView.Gap
          if before.contains(where: { r in
            bytes[r.start..<r.end].contains(where: { $0 == 0x0A || $0 == 0x0D })
              || String(decoding: bytes[r.start..<r.end], as: UTF8.self).contains("\u{2028}")
          }) {
            expected = .lineBreak
          } else if before.isEmpty {
            expected = .none
          } else if before.count == 1, UTF8Space.isDigitGroupSpace(bytes, before[0]) {
            expected = .groupSpace
          } else {
            expected = .space
          }
          #expect(view[item].gap == expected, "\(text.debugDescription) item \(item)")
          item += 1
          checked += 1
          before = []
        }
        #expect(item == view.count)
      }
    }
    #expect(checked > 10_000)
  }
}
