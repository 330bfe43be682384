@testable import FactCheckCore
import Testing

/// `SentenceAnalysis` tries each compiled phrase only where it can start (by its first word,
/// its second, or a number starting there) and matches word ids: it must find exactly what
/// the plain `Phrase.matches`, tried at every word on the words as strings, finds.
@Suite struct PhraseMatchingTests {
  @Test func analysisFindsWhatPlainMatchingFinds() throws {
    let extractor = SentenceScreenTests.extractor
    let compiled = extractor.compiled
    var compared = 0
    for document in try SentenceScreenTests.articles() {
      for range in segmenter.sentences(in: document) {
        let tokens = segmenter.tokens(in: document, range: range)
        let expressions = extractor.recognizer.recognize(in: document, tokens: tokens)
        let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                              vocabulary: compiled.vocabulary)
        let analysis = SentenceAnalysis(view: view, rules: compiled)
        let mentions = analysis.measures + analysis.changes + analysis.comparisons + analysis.nonClaims
          + analysis.baseMarkers + analysis.continuations
        for phrase in compiled.compiled {
          // Areas are thinned (a longer name wins) and, without numbers, only places and
          // comparisons are looked for.
          guard let rule = phrase.rule, let kind = phrase.kind, kind != .area,
            !expressions.isEmpty || kind == .comparison,
            let plain = rule.phrases.first(where: { $0.source == phrase.source })
          else { continue }
          let expected = plain.matches(in: view)
          let found = mentions.filter { $0.phrase === phrase }.map { PhraseMatch(words: $0.words, slot: $0.slot) }
          #expect(found == expected, "\(phrase.source) in \(document.slice(range))")
          // A mention lends its phrase's rule (stored unwrapped), which must be that rule.
          for m in mentions where m.phrase === phrase { #expect(m.rule == rule) }
          compared += expected.count
        }
      }
    }
    #expect(compared > 500)
  }

  /// Each compiled phrase's unwrapped rule is its rule; a place name's (no rule) is empty.
  @Test func ruleOrEmptyIsTheRule() {
    let compiled = SentenceScreenTests.extractor.compiled
    var places = 0
    for phrase in compiled.compiled {
      if let rule = phrase.rule {
        #expect(phrase.ruleOrEmpty == rule, "\(phrase.source)")
      } else {
        places += 1
        #expect(phrase.ruleOrEmpty.id.isEmpty && phrase.ruleOrEmpty.phrases.isEmpty)
      }
    }
    #expect(places > 0)
  }

  /// The expression starting at each word, searched among the expressions, is the one an
  /// array over the words (filled in expression order, the first kept) gave.
  @Test func expressionStartingAtEachWord() throws {
    let extractor = SentenceScreenTests.extractor
    var starts = 0
    for document in try SentenceScreenTests.articles() {
      for range in segmenter.sentences(in: document) {
        let tokens = segmenter.tokens(in: document, range: range)
        let expressions = extractor.recognizer.recognize(in: document, tokens: tokens)
        let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                              vocabulary: extractor.compiled.vocabulary)
        var starting = [Int?](repeating: nil, count: view.words.count + 1)
        for (i, span) in view.expressionWords.enumerated() where !span.isEmpty && starting[span.lowerBound] == nil {
          starting[span.lowerBound] = i
        }
        for index in 0...view.words.count {
          #expect(view.expression(startingAt: index) == starting[index])
          if starting[index] != nil { starts += 1 }
        }
      }
    }
    #expect(starts > 500)
  }
}
