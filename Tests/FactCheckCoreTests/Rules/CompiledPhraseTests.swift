import Testing

@testable import FactCheckCore

/// The compiled matcher (required words and number slots walked in a loop, recursion only at
/// optional words and gaps, words the index already matched skipped) finds exactly what the
/// plain recursive `Phrase` matcher finds, on random phrases over random sentences: words in
/// both cases, possessives, non-ASCII words, numbers, and empty sentences.
@Suite struct CompiledPhraseTests {
  static let words = ["in", "the", "rate", "Rose", "by", "of", "per", "cent", "offenders", "county's", "Zürich",
                      "ÉTÉ", "and", "but"]
  static let numbers = ["12", "1,596", "40%", "2019"]

  static func randomPhrase(_ g: inout WordTableTests.Generator) -> Phrase {
    var elements: [Phrase.Element] = []
    for _ in 0..<Int.random(in: 1...5, using: &g) {
      switch Int.random(in: 0..<10, using: &g) {
      case 0: elements.append(.gap(Int.random(in: 1...3, using: &g)))
      case 1: elements.append(.number)
      default:
        let alternatives = Set((0..<Int.random(in: 1...3, using: &g)).map { _ in
          PhraseView.normalise(words.randomElement(using: &g)!)
        })
        elements.append(.word(alternatives, optional: Int.random(in: 0..<4, using: &g) == 0))
      }
    }
    return Phrase(elements: elements, source: "random")
  }

  /// A sentence of random words and numbers, with the view the extractor would make of it.
  static func randomView(_ g: inout WordTableTests.Generator) -> PhraseView {
    let pieces = (0..<Int.random(in: 0...14, using: &g)).map { _ in
      Int.random(in: 0..<5, using: &g) == 0 ? numbers.randomElement(using: &g)! : words.randomElement(using: &g)!
    }
    let text = pieces.joined(separator: " ")
    let document = Document(text: text)
    var tokens: [Token] = []
    var at = 0
    for piece in pieces {
      let n = piece.utf8.count
      if piece.first!.isNumber {
        let digits = piece.utf8.prefix { $0 != UInt8(ascii: "%") }.count
        let value = Double(piece.prefix { $0 != "%" }.filter { $0 != "," })
        tokens.append(Token(range: SourceRange(start: at, end: at + digits), kind: .number, number: value))
        if digits < n { tokens.append(Token(range: SourceRange(start: at + digits, end: at + n), kind: .punctuation)) }
      } else {
        tokens.append(Token(range: SourceRange(start: at, end: at + n), kind: .word))
      }
      at += n + 1
    }
    let expressions = NumberRecognizer().recognize(in: document, tokens: tokens)
    return PhraseView(document: document, range: SourceRange(start: 0, end: document.utf8.count), tokens: tokens,
                      expressions: expressions, vocabulary: WordTable(vocabulary))
  }

  /// Every word's id: the phrases' words are all among them.
  static let vocabulary: [String: Int32] = {
    var v: [String: Int32] = [:]
    for w in words { _ = Vocabulary.id(of: PhraseView.normalise(w), in: &v) }
    return v
  }()

  @Test func compiledMatchesAsThePlainMatcher() {
    var g = WordTableTests.Generator(state: 11)
    let vocabulary = Self.vocabulary
    var found = 0
    for _ in 0..<400 {
      let view = Self.randomView(&g)
      for _ in 0..<20 {
        let phrase = Self.randomPhrase(&g)
        var v = vocabulary
        let compiled = CompiledPhrase(index: 0, phrase: phrase, rule: nil, area: nil, vocabulary: &v)
        #expect(v.count == vocabulary.count)
        var listed: [PhraseMatch] = []
        var start = 0
        while start < view.words.count {
          if let m = compiled.match(view, at: start) {
            listed.append(m)
            start = max(m.words.upperBound, start + 1)
          } else {
            start += 1
          }
        }
        #expect(listed == phrase.matches(in: view), "\(phrase) in \(String(decoding: view.bytes, as: UTF8.self))")
        found += listed.count
        // Started past the words the index has seen match, the answer is the same.
        for start in 0..<view.words.count {
          guard let first = compiled.firstWords, first.contains(view.ids[start]) else { continue }
          var known = 1
          if let second = compiled.requiredSecondWord {
            guard start + 1 < view.words.count, view.ids[start + 1] == second else { continue }
            known = 2
          }
          #expect(compiled.match(view, at: start, known: known) == compiled.match(view, at: start))
        }
      }
    }
    #expect(found > 300)
  }
}
