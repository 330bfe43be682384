@testable import FactCheckCore
import FactCheckICU
import Testing

/// `Matcher` tries a form only where the token's `FormStarts` bit says it can start. A form
/// that finds something where its bit is clear would be skipped: these tests call each form
/// at every token of the corpora, bits ignored, and check the bit wherever one matches, even
/// where an earlier form wins (which comparing recognised output alone would not show).
@Suite struct FormStartsTests {
  /// Each form (or the parser every digit form goes through) with the bits that let it run.
  static let forms: [(String, FormStarts, @Sendable (Matcher, Int) -> Bool)] = [
    ("between", .between, { m, i in m.between(at: i) != nil }),
    ("hedge", .hedge, { m, i in m.hedge(at: i) != nil }),
    ("zero", .zero, { m, i in m.zero(at: i) != nil }),
    ("pronoun", .pronoun, { m, i in m.pronoun(at: i) != nil }),
    ("label", .label, { m, i in m.label(at: i) != nil }),
    ("relative", .relative, { m, i in m.relative(at: i) != nil }),
    ("financialYear", .digits, { m, i in m.financialYear(at: i) != nil }),
    ("date", [.digits, .month], { m, i in m.date(at: i) != nil }),
    ("year", .digits, { m, i in m.year(at: i) != nil }),
    ("aDecade", .aDecade, { m, i in m.aDecade(at: i) != nil }),
    ("multipleWord", .multiple, { m, i in m.multipleWord(at: i) != nil }),
    ("money", .money, { m, i in m.money(at: i) != nil }),
    ("quantity", .quantity, { m, i in m.quantities.parse(at: i) != nil }),
  ]

  /// Forms the corpora hold few of or none: money, "-fold", day-first dates, signed numbers.
  static let phrases = [
    "It cost £3bn, then £1.2 million, then $20 and $ 5; a six-fold, 5-fold or sixfold rise.",
    "On 31st March 2020, 1 April and March 31, in 2019-20 and 2019/2020, -5 and .08 and 3/4.",
    "Between 40 and 50 per cent, 99 per 100,000 people, one in every 812, minus five.",
  ]

  @Test func everyFormMatchesOnlyWhereItsBitIsSet() throws {
    let segmenter = try ICUSegmenter()
    var matched = [String: Int]()
    for text in try RecognizerShortcutTests.texts() + Self.phrases {
      let doc = Document(text: text)
      for range in segmenter.sentences(in: doc) {
        let m = Matcher(view: SentenceView(document: doc, tokens: segmenter.tokens(in: doc, range: range)))
        for i in 0..<m.view.count {
          for (name, bits, form) in Self.forms where form(m, i) {
            matched[name, default: 0] += 1
            #expect(!m.view[i].starts.isDisjoint(with: bits), "\(name) at \(i): \(doc.slice(range))")
          }
        }
      }
    }
    // Each form was seen matching, so each bit was checked.
    for (name, _, _) in Self.forms { #expect(matched[name, default: 0] > 0, "\(name) never matched") }
  }

  /// `SpelledNumberParser` looks a word up as a number word only when it has the quantity bit,
  /// and `Matcher.duration` a unit of time only when it has the unit bit: each such word must
  /// have its bit.
  @Test func lexiconWordsHaveTheirBits() {
    for key in NumberLexicon.atoms.keys {
      #expect(FormStarts.table[key].contains(.quantity), "\(key)")
    }
    #expect(!NumberLexicon.atoms.isEmpty)
    // `Matcher.duration` looks a word up as a unit of time only when it has the unit bit.
    for key in NumberLexicon.durationUnits.keys {
      #expect(FormStarts.table[key].contains(.timeUnit), "\(key)")
    }
    // The unit bit is no form: a word with it alone is passed over as before.
    #expect(FormStarts.all.isDisjoint(with: .timeUnit) && FormStarts.all.isDisjoint(with: .witness))
  }

  /// The last anchor is where `mayHoldNumber`'s scan would stop: no expression starts after it.
  @Test func noExpressionStartsAfterTheLastAnchor() throws {
    let segmenter = try ICUSegmenter()
    for text in try RecognizerShortcutTests.texts() {
      let doc = Document(text: text)
      for range in segmenter.sentences(in: doc) {
        var m = Matcher(view: SentenceView(document: doc, tokens: segmenter.tokens(in: doc, range: range)))
        m.everyForm = true
        for i in 0..<m.view.count where m.match(at: i) != nil {
          #expect(i <= m.view.lastAnchor, "\(i): \(doc.slice(range))")
        }
      }
    }
  }
}
