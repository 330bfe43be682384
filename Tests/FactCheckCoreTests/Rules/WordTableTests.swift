import Testing

@testable import FactCheckCore

/// The chunked word table and the chunked reading of a sentence's words agree with the plain
/// String path (`PhraseView.normalise` looked up in the vocabulary dictionary) on random words:
/// short and long, upper and lower case, possessives, non-ASCII, and at every position in the
/// buffer (a word near its end cannot be read eight bytes at a time).
@Suite struct WordTableTests {
  /// A small deterministic generator, so a failure repeats.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state ^ (state >> 31)
    }
  }

  static func randomWord(_ g: inout Generator) -> String {
    let pieces = ["a", "B", "z", "Z", "s", "'", "’", "é", "É", "1", "-", "@", "[", "`", "{", "ü", "\u{308}", "x"]
    let length: Int
    switch Int.random(in: 0..<4, using: &g) {
    case 0: length = Int.random(in: 1...4, using: &g)
    case 1: length = Int.random(in: 5...9, using: &g)
    case 2: length = Int.random(in: 10...24, using: &g)
    default: length = Int.random(in: 25...60, using: &g)
    }
    var word = ""
    for _ in 0..<length {
      // Mostly letters: a non-ASCII piece sends the whole word down the String path.
      word += Int.random(in: 0..<10, using: &g) < 8
        ? String(UnicodeScalar(UInt8.random(in: 0x61...0x7A, using: &g) ^ (Bool.random(using: &g) ? 0x20 : 0)))
        : pieces.randomElement(using: &g)!
    }
    if Bool.random(using: &g) { word += ["'s", "s'", "'S", "S'", "’s"].randomElement(using: &g)! }
    return word
  }

  @Test func chunkedLookupsAgreeWithTheDictionary() {
    var g = Generator(state: 7)
    let words = (0..<3000).map { _ in Self.randomWord(&g) }
      + ["but", "While", "THOUGH", "whereas", "although", "although's", "whereas'", "buts", "", "a", "abcdefgh",
         "abcdefghi", "abcdefgh's", "abcdefghs'", String(repeating: "q", count: 48), String(repeating: "q", count: 49)]
    var vocabulary: [String: Int32] = [:]
    // Every other word (normalised) is in the vocabulary, and so are some near misses: the same
    // word one letter shorter or longer, which share its first chunk.
    for (i, w) in words.enumerated() where i % 2 == 0 {
      let n = PhraseView.normalise(w)
      _ = Vocabulary.id(of: n, in: &vocabulary)
      if i % 4 == 0, !n.isEmpty { _ = Vocabulary.id(of: String(n.dropLast()), in: &vocabulary) }
      if i % 8 == 2 { _ = Vocabulary.id(of: n + "x", in: &vocabulary) }
    }
    let table = WordTable(vocabulary)
    for w in vocabulary.keys where w.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes = Array(w.utf8)
      #expect(bytes.withUnsafeBufferPointer { table.id(ascii: $0) } == vocabulary[w], "\(w)")
      bytes.append(0x71)
      let longer = String(decoding: bytes, as: UTF8.self)
      #expect(bytes.withUnsafeBufferPointer { table.id(ascii: $0) } == vocabulary[longer] ?? Vocabulary.unknown)
    }
    for w in words {
      let expected = vocabulary[PhraseView.normalise(w)] ?? Vocabulary.unknown
      let clause = PhraseView.isClauseWord(PhraseView.normalise(w))
      let word = Array(w.utf8)
      // Alone, at the start and the end of a sentence, and in its middle.
      for (before, after) in [("", ""), ("", " rose by 40%"), ("In ", ""), ("In ", " it rose")] {
        let bytes = Array(before.utf8) + word + Array(after.utf8)
        let range = SourceRange(start: before.utf8.count, end: before.utf8.count + word.count)
        let (id, clauseWord) = PhraseView.normalisedID(bytes, range, table)
        #expect(id == expected, "\(w.debugDescription) in \((before + w + after).debugDescription)")
        #expect(clauseWord == clause, "\(w.debugDescription)")
      }
    }
  }
}
