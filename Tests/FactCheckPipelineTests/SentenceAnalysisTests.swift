@testable import FactCheckCore
import Testing

/// `SentenceAnalysis` keeps a sentence's mentions in one list grouped by kind, reads a place's
/// area, text and rule from its phrase, and tries number-slot phrases only where a number
/// starts (marked in a 64-bit mask, asked of the view past the 64th word) and only when the
/// word after that number is one the phrase goes on with. Each of these must
/// give what plain matching of every phrase at every word gives, on long sentences with
/// numbers late, places inside places, non-ASCII words and empty text.
@Suite struct SentenceAnalysisTests {
  static let extractor = SentenceScreenTests.extractor

  /// A small deterministic generator, so a failure repeats.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state ^ (state >> 31)
    }
  }

  /// Words to build sentences of: rule words, place names, numbers, non-ASCII and filler.
  static let pool: [String] = {
    var words = ["12", "1,596", "2019", "40 per cent", "four", "years", "old", "aged", "Zürich", "ÉTÉ", "naïve",
                 "the", "and", "in", "of", "rose", "by", "up", "from", "county", "offenders", "—", ",", "(", ")",
                 // After a number, the words that number-slot phrases go on with (and a hedged
                 // number, whose expression spans more than one word).
                 "categories", "levels", "risk", "tiers", "about 60", "more than 3"]
    let compiled = extractor.compiled.compiled
    for phrase in compiled.prefix(400) { words.append(phrase.source.replacingOccurrences(of: "|", with: " ")) }
    return words.filter { !$0.contains("#") && !$0.contains("?") && !$0.contains("*") }
  }()

  static func randomText(_ g: inout Generator) -> String {
    var sentences: [String] = []
    for _ in 0..<Int.random(in: 1...4, using: &g) {
      // Up to 120 words: past 64, number starts are asked of the view.
      let n = Int.random(in: 0...120, using: &g)
      var words = (0..<n).map { _ in pool.randomElement(using: &g)! }
      if n > 70, Bool.random(using: &g) { words.insert("12 years old", at: Int.random(in: 64...n, using: &g)) }
      sentences.append(words.joined(separator: " ") + ".")
    }
    return sentences.joined(separator: " ")
  }

  /// A place mention as the analysis made it before it read its strings from the phrase.
  struct Place: Equatable {
    var words: Range<Int>
    var area: String?
    var text: String
    var ruleID: String?
  }

  /// Mentions of each kind are those the plain matcher finds for that kind's phrases; places
  /// are thinned (a longer name wins) and carry the area, text and rule they did.
  func check(_ document: Document, _ compiled: CompiledRules = extractor.compiled) -> Int {
    var compared = 0
    for range in segmenter.sentences(in: document) {
      let tokens = segmenter.tokens(in: document, range: range)
      let expressions = Self.extractor.recognizer.recognize(in: document, tokens: tokens)
      let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                            vocabulary: compiled.vocabulary)
      let analysis = SentenceAnalysis(view: view, rules: compiled)
      let groups: [(CheckKind, ArraySlice<SentenceAnalysis.Mention>)] = [
        (.measure, analysis.measures), (.change, analysis.changes), (.comparison, analysis.comparisons),
        (.nonClaim, analysis.nonClaims), (.basePeriod, analysis.baseMarkers), (.continuation, analysis.continuations),
      ]
      var places: [Place] = []
      for phrase in compiled.compiled {
        let plain: Phrase
        if let rule = phrase.rule {
          guard let p = rule.phrases.first(where: { $0.source == phrase.source }) else { continue }
          plain = p
        } else {
          let name = phrase.area!.name
          plain = Phrase(elements: CompiledRules.words(ofAreaName: name).map { .word([$0], optional: false) },
                         source: name)
        }
        let expected = plain.matches(in: view)
        if let kind = phrase.kind, kind != .area {
          guard !expressions.isEmpty || kind == .comparison else { continue }
          let group = groups.first { $0.0 == kind }!.1
          let found = group.filter { $0.phrase === phrase }.map { PhraseMatch(words: $0.words, slot: $0.slot) }
          #expect(found == expected, "\(phrase.source) in \(document.slice(range).debugDescription)")
          compared += expected.count
        } else {
          for m in expected {
            if let rule = phrase.rule {
              places.append(Place(words: m.words, area: rule.area == .national ? compiled.nationalArea : nil,
                                  text: phrase.source, ruleID: rule.id))
            } else {
              places.append(Place(words: m.words, area: phrase.area!.area, text: phrase.area!.name, ruleID: nil))
            }
          }
        }
      }
      // Each kind's slice holds only that kind's mentions.
      for (kind, group) in groups { #expect(group.allSatisfy { $0.phrase.kind == kind }) }
      #expect(analysis.areas.allSatisfy { $0.phrase.kind == nil || $0.phrase.kind == .area })
      let thinned = places.count < 2 ? places : places.filter { a in
        !places.contains { b in
          b.words != a.words && b.words.lowerBound <= a.words.lowerBound && a.words.upperBound <= b.words.upperBound
        }
      }
      let found = analysis.areas.map { Place(words: $0.words, area: $0.area, text: $0.text, ruleID: $0.ruleID) }
      #expect(found == thinned, "\(document.slice(range).debugDescription)")
      compared += thinned.count
    }
    return compared
  }

  @Test func randomSentencesMatchAsPlainMatching() {
    var g = Generator(state: 29)
    var compared = 0
    for _ in 0..<150 { compared += check(Document(text: Self.randomText(&g))) }
    #expect(compared > 300)
  }

  @Test func edgeCases() {
    let texts = [
      "", " ", ".", "12", "Zürich, ÉTÉ — naïve.",
      // A place inside a place, and two places that share a word.
      "In North Wales and Wales and the West Midlands 12 offenders rose by 4 per cent nationally.",
      // A number-slot phrase past the 64th word.
      (Array(repeating: "the county", count: 40) + ["he was 12 years old and 40 per cent rose"]).joined(separator: " "),
    ]
    for text in texts { _ = check(Document(text: text)) }
  }

  /// Phrases that start with a number slot are found past the 64th word, where the mask of
  /// number starts ends and the view is asked. (The real rules' one such phrase, "# year|years
  /// old", never matches: the recognizer reads "7 years" as one duration.)
  @Test func numberSlotPhrasesPastTheMask() throws {
    let phrases = try ["# offenders", "# per cent rose", "# violent? offenders"].map { try Phrase.parse($0).get() }
    let compiled = CompiledRules(
      rules: [Rule(id: "t.number", kind: .nonClaim, description: "t", phrases: phrases)],
      areaNames: [AreaName(name: "North Wales", area: "North Wales", confidence: 1)], nationalArea: nil)
    var late = 0
    for filler in [0, 62, 63, 64, 65, 70, 100] {
      let words = Array(repeating: "word", count: filler).joined(separator: " ")
      for text in ["12 offenders", "40 per cent rose", "3 violent offenders", "12 and 40 per cent rose"] {
        let document = Document(text: words + " " + text + ".")
        _ = check(document, compiled)
        for range in segmenter.sentences(in: document) {
          let tokens = segmenter.tokens(in: document, range: range)
          let expressions = Self.extractor.recognizer.recognize(in: document, tokens: tokens)
          let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                                vocabulary: compiled.vocabulary)
          late += SentenceAnalysis(view: view, rules: compiled).nonClaims.filter { $0.words.lowerBound >= 64 }.count
        }
      }
    }
    // Such phrases matched past the mask, so a miss there would show.
    #expect(late >= 8)
  }

  /// The areas found for an article from its real text are what `check` expects too.
  @Test func articlesMatchAsPlainMatching() throws {
    var compared = 0
    for document in try SentenceScreenTests.articles().prefix(20) { compared += check(document) }
    #expect(compared > 100)
  }
}
