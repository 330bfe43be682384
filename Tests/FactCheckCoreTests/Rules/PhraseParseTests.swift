import Testing

@testable import FactCheckCore

/// `Phrase.parse` reads ASCII patterns on bytes; the Character reading is the reference.
@Suite struct PhraseParseTests {
  static let pieces = [
    "rose", "Rise|ROSE|risen", "fell?", "...", "#", "…", "?", "|", "a||b", "|a", "b|", "sex-offender",
    "o'clock", "don’t", "\r\n", "\t", "x2", "2019", "é", "É|e", "  ", "per cent", "Z?", "##", "....",
  ]

  @Test func bytesReadAsCharactersDo() {
    var texts: [String] = Self.pieces
    for a in Self.pieces { for b in Self.pieces { texts += [a + " " + b, a + b, "the " + a + " " + b + " #"] } }
    for text in texts {
      #expect(Phrase.parse(text) == Phrase.parseCharacters(text), "\(text.debugDescription)")
    }
  }

  @Test func errorsReadAlike() {
    #expect(Phrase.parse("Rate ... # per 1,000") == Phrase.parseCharacters("Rate ... # per 1,000"))
    #expect(Phrase.parse("A? ... b|C") == Phrase.parseCharacters("A? ... b|C"))
  }
}
