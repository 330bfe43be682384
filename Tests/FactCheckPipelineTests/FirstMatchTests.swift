@testable import FactCheckCore
import Testing

/// `CompiledPhrase.firstMatch` passes over a word whose id is unknown or whose bit its first
/// words' lack (`firstWordBits`) before comparing it with each of them: it must go through
/// exactly the matches that trying `match` at every word gives (leftmost-longest, each after
/// the one before ends), for every phrase (the rules', their unless phrases with many first
/// words, the gazetteer's, those with optional first words, gaps and number slots) in real
/// articles, the unless phrases' own sentences, random ones and edge cases (empty,
/// non-ASCII, NUL).
@Suite struct FirstMatchTests {
  static let extractor = UnlessPhraseTests.extractor

  static func reference(_ phrase: CompiledPhrase, _ view: PhraseView) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    var start = 0
    while start < view.wordCount {
      guard let m = phrase.match(view, at: start) else {
        start += 1
        continue
      }
      found.append(m)
      start = max(m.words.upperBound, start + 1)
    }
    return found
  }

  @Test func goesThroughTheMatchesOfEveryWord() throws {
    let compiled = Self.extractor.compiled
    let phrases = compiled.compiled + compiled.compiled.flatMap(\.unless)
    var g = SentenceAnalysisTests.Generator(state: 0x5EED_0021)
    var documents = try SentenceScreenTests.articles() + [Document(name: "edges", text: UnlessPhraseTests.edges)]
    documents += (0..<20).map { Document(name: "random \($0)", text: SentenceAnalysisTests.randomText(&g)) }
    documents += ["", "Zürich — naïve café’s 12 ÉTÉ.", "made up up made 3 lined up sum up to 4", "\u{0} 4"]
      .map { Document(name: "edge", text: $0) }
    var matches = 0
    for document in documents {
      for range in segmenter.sentences(in: document) {
        let tokens = segmenter.tokens(in: document, range: range)
        let expressions = Self.extractor.recognizer.recognize(in: document, tokens: tokens)
        let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                              vocabulary: compiled.vocabulary)
        // Recorded only when they differ: an expectation for each of thousands of phrases was
        // most of the test's time.
        var differing: [String] = []
        for phrase in phrases {
          var found: [PhraseMatch] = []
          _ = phrase.firstMatch(in: view) { found.append($0); return false }
          if found != Self.reference(phrase, view) { differing.append(phrase.source) }
          matches += found.count
        }
        #expect(differing.isEmpty, "\(differing) in \(document.slice(range).debugDescription)")
      }
    }
    // The phrases match, so the test tests something.
    #expect(matches > 1000)
  }
}
