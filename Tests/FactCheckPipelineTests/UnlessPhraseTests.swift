@testable import FactCheckCore
import Foundation
import Testing

/// The resolver matches rules' `unless` phrases compiled into word ids; `Phrase.matches(in:)`,
/// which reads the words as Strings, is what they must agree with.
@Suite struct UnlessPhraseTests {
  static let extractor = Pipeline.real.checker.extractor

  /// Sentences that hold the real rules' unless phrases, and near misses.
  static let edges = """
    The 40 offenders made up a third of the total. Figures rose, and officers picked up 12.
    Up to 30 were recalled, up 12 on the year before. There were 163 violent offenders at level
    one and 20 on level 2. Numbers sum up to 500. They lined up 7 cases; it made 9 up.
    MADE UP of 12, Made Up of 13. Level one held 4 at level three.
    """

  /// Every compiled phrase's unless phrases give, in every sentence, the matches its rule's
  /// phrases give when matched as Strings.
  @Test func compiledUnlessMatchesAsStrings() throws {
    let compiled = Self.extractor.compiled
    let withUnless = compiled.compiled.filter { !$0.unless.isEmpty }
    #expect(!withUnless.isEmpty)
    var matches = 0
    for document in try SentenceScreenTests.articles() + [Document(name: "edges", text: Self.edges)] {
      for range in segmenter.sentences(in: document) {
        let tokens = segmenter.tokens(in: document, range: range)
        let expressions = Self.extractor.recognizer.recognize(in: document, tokens: tokens, exhaustive: true)
        let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                              vocabulary: compiled.vocabulary)
        for phrase in withUnless {
          let unless = try #require(phrase.rule).unless
          #expect(unless.count == phrase.unless.count)
          for (byString, byID) in zip(unless, phrase.unless) {
            var found: [PhraseMatch] = []
            _ = byID.firstMatch(in: view) { found.append($0); return false }
            #expect(found == byString.matches(in: view), "\(byString) in \(document.slice(range))")
            matches += found.count
          }
        }
      }
    }
    // The sentences hold unless phrases, so this tests something.
    #expect(matches > 10)
  }

  /// `firstMatch` stops at the first match its test takes.
  @Test func firstMatchStopsAtTheFirstTaken() throws {
    let compiled = Self.extractor.compiled
    let rise = try #require(compiled.compiled.first { $0.rule?.id == "change.rise" })
    let document = Document(name: "t", text: "They made up 3 and made up 4 and made up 5.")
    let range = try #require(segmenter.sentences(in: document).first)
    let tokens = segmenter.tokens(in: document, range: range)
    let view = PhraseView(document: document, range: range, tokens: tokens, expressions: [],
                          vocabulary: compiled.vocabulary)
    let madeUp = try #require(rise.unless.first)
    #expect(madeUp.firstMatch(in: view) { _ in true }?.words == 1..<3)
    #expect(madeUp.firstMatch(in: view) { $0.words.lowerBound > 2 }?.words == 5..<7)
    #expect(madeUp.firstMatch(in: view) { _ in false } == nil)
  }
}
