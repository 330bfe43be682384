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

  /// Of several bad alternatives, the error names the first as written, on both readings (it
  /// had named whichever a per-process-seeded Set yielded first).
  @Test func theFirstBadWordAsWrittenIsNamed() {
    for text in ["rate|x-y|a-b|c-d|e-f", "café|x-y|a-b|c-d|e-f"] {
      for _ in 0..<20 {
        guard case .failure(let error) = Phrase.parse(text) else {
          Issue.record("\(text) parsed")
          continue
        }
        #expect(error.reason.hasPrefix("'x-y' is not a single word"), "\(text): \(error.reason)")
      }
    }
  }
}

