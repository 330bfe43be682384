import Testing

@testable import FactCheckCore

/// `Gazetteer.key` reads ASCII names on bytes; the Character reading is the reference.
@Suite struct GazetteerKeyTests {
  static let pieces = [
    "Essex", " ", "  ", "\t", "\r\n", "\n", "Avon and Somerset", "ST. HELENS", "é", "Ynys Môn",
    "\u{A0}", "x", "-", "\u{301}", "O'Neil",
  ]

  @Test func bytesReadAsCharactersDo() {
    var names = Self.pieces
    for a in Self.pieces { for b in Self.pieces { names += [a + b, a + " " + b, " " + a + "\t" + b + " "] } }
    for name in names {
      #expect(Gazetteer.key(name) == Gazetteer.keyCharacters(name), "\(name.debugDescription)")
    }
  }
}

/// `CompiledRules.words(ofAreaName:)` reads ASCII names on bytes; the Character reading is
/// the reference.
@Suite struct AreaNameWordsTests {
  static let pieces = [
    "Essex", " ", "-", "--", "Avon and Somerset", "King's", "Lynn's", "Sus'", "SS'", "It's",
    "é", "Ynys Môn", "\r\n", "\r\n's", "&", "2019", "St.", "a'S", "Bristol's'", "O'",
  ]

  @Test func bytesReadAsCharactersDo() {
    var names = Self.pieces
    for a in Self.pieces { for b in Self.pieces { names += [a + b, a + " " + b, a + "-" + b] } }
    for name in names {
      #expect(
        CompiledRules.words(ofAreaName: name) == CompiledRules.wordsByCharacters(ofAreaName: name),
        "\(name.debugDescription)")
    }
  }
}
