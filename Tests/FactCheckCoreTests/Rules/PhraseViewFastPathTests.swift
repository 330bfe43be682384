import Testing

@testable import FactCheckCore

/// `PhraseView.init` looks short ASCII words up inline (`shortWordID`) and leaves the rest to
/// `normalisedID`: every word's id and clause must be what `normalisedID` gives, word by word,
/// on random sentences of short and long words in both cases, possessives, non-ASCII letters
/// and punctuation, numbers, empty tokens, clause breaks, and words at the very end of the
/// bytes (where eight bytes cannot be read from a short word's start).
@Suite struct PhraseViewFastPathTests {
  static func randomTokens(_ g: inout WordTableTests.Generator) -> (bytes: [UInt8], tokens: [Token]) {
    var bytes: [UInt8] = []
    var tokens: [Token] = []
    func add(_ text: String, _ kind: Token.Kind) {
      let start = bytes.count
      bytes += Array(text.utf8)
      tokens.append(Token(range: SourceRange(start: start, end: bytes.count), kind: kind))
    }
    let separators = [" ", " ", " ", ", ", "; ", " – ", " (", ") ", ": ", " — ", "\u{A0}"]
    let special = ["but", "While", "THOUGH", "whereas", "although", "Although's", "buts", "the", "The", "in",
                   "it's", "Its", "s'", "ss'", "sss'", "'s", "x's", "abcde's", "abcdefgh", "ABCDEFGH's",
                   "county’s", "Zu\u{308}rich", "é", "a\u{7F}b", "@[`{", "0"]
    for _ in 0..<Int.random(in: 0...30, using: &g) {
      switch Int.random(in: 0..<10, using: &g) {
      case 0: add(String(Int.random(in: 0...99_999, using: &g)), .number)
      case 1: add(special.randomElement(using: &g)!, .word)
      case 2: add("", .word)
      default: add(WordTableTests.randomWord(&g), .word)
      }
      // Mostly a separator after a word; none after the last, so it ends the bytes.
      if Int.random(in: 0..<8, using: &g) > 0 {
        let sep = separators.randomElement(using: &g)!
        for piece in sep.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
          if piece.offset > 0 { add(" ", .space) }
          if !piece.element.isEmpty { add(String(piece.element), piece.element == "\u{A0}" ? .space : .punctuation) }
        }
      }
    }
    return (bytes, tokens)
  }

  @Test func inlineLookupsAgreeWithNormalisedID() {
    var g = WordTableTests.Generator(state: 0x5EED_00A5)
    let samples = (0..<600).map { _ in Self.randomTokens(&g) }
    // Every third word of the samples (normalised) is in the vocabulary, and the clause words.
    var vocabulary: [String: Int32] = [:]
    var k = 0
    for sample in samples {
      for token in sample.tokens where token.kind == .word || token.kind == .number {
        k += 1
        guard k % 3 == 0 else { continue }
        let word = PhraseView.normalise(String(decoding: sample.bytes[token.range.start..<token.range.end], as: UTF8.self))
        _ = Vocabulary.id(of: word, in: &vocabulary)
      }
    }
    for w in ["but", "while", "in", "the", "county"] { _ = Vocabulary.id(of: w, in: &vocabulary) }
    let table = WordTable(vocabulary)
    var words = 0
    var found = 0
    for sample in samples {
      let document = Document(text: String(decoding: sample.bytes, as: UTF8.self))
      // Only valid UTF-8 round-trips to the same bytes (the pieces are all valid).
      #expect(document.utf8 == sample.bytes)
      let view = PhraseView(document: document, range: SourceRange(start: 0, end: sample.bytes.count),
                            tokens: sample.tokens, expressions: [], vocabulary: table)
      var i = 0
      var clause = 0
      for token in sample.tokens {
        if token.kind == .punctuation, PhraseView.isClauseBreak(sample.bytes, token.range) { clause += 1 }
        guard token.kind == .word || token.kind == .number else { continue }
        let (id, clauseWord) = PhraseView.normalisedID(sample.bytes, token.range, table)
        if clauseWord { clause += 1 }
        guard i < view.ids.count else { break }
        #expect(view.wordRanges[i] == token.range)
        #expect(view.ids[i] == id, "\(String(decoding: sample.bytes[token.range.start..<token.range.end], as: UTF8.self).debugDescription)")
        #expect(view.clause[i] == clause)
        if id != Vocabulary.unknown { found += 1 }
        i += 1
        words += 1
      }
      #expect(i == view.ids.count)
    }
    #expect(words > 5_000 && found > 1_000, "the samples should hold many words, many in the vocabulary")
  }

  /// The short lookup itself, on every length of word at every offset near the end of a buffer,
  /// with clause words in the vocabulary and one ("but") only in the table.
  @Test func shortLookupAtTheEndOfTheBytes() {
    var vocabulary: [String: Int32] = [:]
    let known = ["a", "in", "the", "rate", "while", "though", "whereas", "although", "county", "offenders",
                 "northumbria", "abcdefghijklmnop", "council"]
    for w in known { _ = Vocabulary.id(of: w, in: &vocabulary) }
    let table = WordTable(vocabulary)
    for w in known + ["A", "IN", "The", "County's", "Rates'", "although's", "whereas'", "b", "thee", "abcdefgh", "but", "BUT", "buts",
                             "OFFENDERS", "offenders'", "Offenders's", "Northumbria's", "council's", "councils'",
                             "abcdefghijklmnop's", "abcdefghijklmnopq", "abcdefghijklmno", "whereas's", "althoughs'"] {
      for padding in 0...17 {
        let bytes = Array("x \(w)".utf8) + Array(repeating: UInt8(ascii: " "), count: padding)
        let range = SourceRange(start: 2, end: 2 + w.utf8.count)
        let expected = PhraseView.normalisedID(bytes, range, table)
        let short = bytes.withUnsafeBufferPointer { PhraseView.shortWordID($0, range, table) }
        if range.start + 8 <= bytes.count, w.utf8.count <= 8 {
          #expect(short?.id == expected.id && short?.clauseWord == expected.clauseWord, "\(w) +\(padding)")
        } else {
          #expect(short == nil, "\(w) +\(padding): over eight bytes, or fewer than eight to read")
        }
        let medium = bytes.withUnsafeBufferPointer { PhraseView.mediumWordID($0, range, table) }
        if range.start + 16 <= bytes.count, w.utf8.count > 8, w.utf8.count <= 16 {
          #expect(medium?.id == expected.id && medium?.clauseWord == expected.clauseWord, "\(w) +\(padding)")
        } else {
          #expect(medium == nil, "\(w) +\(padding): not nine to sixteen bytes, or fewer than sixteen to read")
        }
      }
    }
  }
}
