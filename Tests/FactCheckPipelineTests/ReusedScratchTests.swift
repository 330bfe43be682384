@testable import FactCheckCore
import Testing

/// The extractor analyses a document's sentences with one `SentenceAnalysis.Scratch`, whose
/// lists are written over up to a count, never emptied: a sentence must find exactly the
/// mentions it finds with a fresh scratch (same kinds, words, phrases and slots, in the same
/// order), whatever longer or shorter sentences came before it and left in the lists
/// (sentences with no mentions, no words, places inside places, non-ASCII words).
@Suite struct ReusedScratchTests {
  static let extractor = SentenceScreenTests.extractor

  struct Seen: Equatable, CustomStringConvertible {
    var group: Int
    var words: Range<Int>
    var phrase: ObjectIdentifier
    var slot: Int?
    var description: String { "\(group):\(words)/\(slot.map(String.init) ?? "-")" }
  }

  static func seen(_ a: SentenceAnalysis) -> [Seen] {
    let groups = [a.measures, a.changes, a.comparisons, a.nonClaims, a.baseMarkers, a.continuations, a.areas]
    var all: [Seen] = []
    for (g, list) in groups.enumerated() {
      for m in list { all.append(Seen(group: g, words: m.words, phrase: ObjectIdentifier(m.phrase), slot: m.slot)) }
    }
    return all
  }

  /// Analyses every sentence of the texts in turn with one scratch, and each again with a
  /// fresh one, and compares; returns how many mentions were found, so a caller can check the
  /// test saw some.
  ///
  /// Each text's sentences are also analysed as the extractor does, their mentions added to
  /// one list given to every analysis once all are made (`attach`): each must find what a
  /// fresh analysis finds, places inside places dropped from the end of the shared list too.
  func compare(_ texts: [String], _ compiled: CompiledRules = extractor.compiled) -> Int {
    var scratch = SentenceAnalysis.Scratch()
    var total = 0
    for text in texts {
      let document = Document(text: text)
      var pool: [SentenceAnalysis.Mention] = []
      var pooled: [SentenceAnalysis] = []
      var expected: [[Seen]] = []
      for range in segmenter.sentences(in: document) {
        let tokens = segmenter.tokens(in: document, range: range)
        let expressions = Self.extractor.recognizer.recognize(in: document, tokens: tokens)
        let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                              vocabulary: compiled.vocabulary)
        let reused = Self.seen(SentenceAnalysis(view: view, rules: compiled, scratch: &scratch))
        let fresh = Self.seen(SentenceAnalysis(view: view, rules: compiled))
        #expect(reused == fresh, "\(document.slice(range).debugDescription)")
        pooled.append(SentenceAnalysis(view: view, rules: compiled, scratch: &scratch, pool: &pool))
        expected.append(fresh)
        total += fresh.count
      }
      for k in pooled.indices { pooled[k].attach(pool) }
      #expect(pool.count == expected.joined().count, "\(text.debugDescription)")
      for k in pooled.indices {
        #expect(Self.seen(pooled[k]) == expected[k], "\(k): \(text.debugDescription)")
      }
    }
    return total
  }

  @Test func reusedScratchFindsWhatAFreshOneFinds() {
    var g = SentenceAnalysisTests.Generator(state: 0x5EED_0004)
    let texts = (0..<80).map { _ in SentenceAnalysisTests.randomText(&g) }
    #expect(compare(texts) > 100, "the random sentences should hold many mentions")
    // The texts as one document: many sentences' mentions in one list.
    #expect(compare([texts.joined(separator: " ")]) > 100)
  }

  /// `emptyKeepingCapacity` empties lists of every length, short ones (emptied from the end)
  /// and long ones, of plain values and of references, and keeps their memory.
  @Test func emptyKeepingCapacityEmptiesAndKeepsRoom() {
    for n in 0..<12 {
      var ints = Array(0..<n)
      let room = ints.capacity
      ints.emptyKeepingCapacity()
      #expect(ints.isEmpty && ints.capacity == room, "\(n)")
      ints.append(7)
      #expect(ints == [7])
      var strings = (0..<n).map { "word \($0) of a string too long to be stored inline" }
      let stringRoom = strings.capacity
      strings.emptyKeepingCapacity()
      #expect(strings.isEmpty && strings.capacity == stringRoom, "\(n)")
    }
  }

  @Test func shortAndEmptySentencesAfterBusyOnes() {
    let busy = "The number of offenders in the county rose by 12 in 2019, up from 1,596 in 2018, "
      + "while North Wales and the West Midlands saw 40 per cent more offenders aged 12 years old."
    let texts = [
      busy, "", busy, "   ", busy, "Hello there.", busy, "Zürich. 12. ( ) — , . The county.",
      busy, "Ünïcödé wörds ÉTÉ naïve in Wales.", "No rule words here at all.", busy, "Wales.",
    ]
    #expect(compare(texts) > 0)
    #expect(compare([texts.joined(separator: "\n")]) > 0)
  }
}
